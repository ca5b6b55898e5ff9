package org.tsunagu.consultation.internal.numbers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodFormTest {

  @Test
  void shouldPreferTheTypedFieldsOverTheLinkParameters() {
    PeriodForm f = new PeriodForm();
    f.setFrom("2020-01-01");
    f.setFromYear("２０２６");
    f.setFromMonth("4");
    f.setFromDay("1");
    assertThat(f.fromText()).isEqualTo("2026-04-01");
    assertThat(f.toText()).isNull();
  }

  @Test
  void shouldLeaveIncompleteFieldsUnreadable() {
    PeriodForm f = new PeriodForm();
    f.setToYear("2026");
    f.setToDay("1");
    assertThat(f.toText()).doesNotMatch("\\d{4}-\\d{2}-\\d{2}");
  }

  @Test
  void shouldShowThePeriodInTheFields() {
    PeriodForm f = new PeriodForm();
    f.show(new ReportPeriod(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 11, 23)));
    assertThat(f.getFromYear()).isEqualTo("2026");
    assertThat(f.getFromMonth()).isEqualTo("4");
    assertThat(f.getToDay()).isEqualTo("23");
  }
}
