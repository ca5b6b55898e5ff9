package org.tsunagu.consultation.internal.numbers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.tsunagu.platform.web.FieldErrorsException;

class ReportPeriodTest {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  @Test
  void shouldDefaultToTheFiscalYearSoFar() {
    assertThat(ReportPeriod.parse(null, "", TODAY))
        .isEqualTo(new ReportPeriod(LocalDate.of(2026, 4, 1), TODAY));
  }

  @Test
  void shouldStartTheFiscalYearInTheCalendarYearBeforeForJanuaryToMarch() {
    assertThat(ReportPeriod.parse(null, null, LocalDate.of(2027, 3, 31)))
        .isEqualTo(new ReportPeriod(LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31)));
    assertThat(ReportPeriod.parse(null, "2026-02-10", TODAY).from())
        .isEqualTo(LocalDate.of(2025, 4, 1));
  }

  @Test
  void shouldReadFullWidthDigits() {
    assertThat(ReportPeriod.parse("２０２６－０４－０１", "2026-05-31", TODAY))
        .isEqualTo(new ReportPeriod(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 5, 31)));
  }

  @Test
  void shouldReportEachUnreadableDateOnItsField() {
    assertThatThrownBy(() -> ReportPeriod.parse("2026-02-30", "26/5/1", TODAY))
        .isInstanceOfSatisfying(
            FieldErrorsException.class,
            e ->
                assertThat(e.problems())
                    .extracting(FieldErrorsException.FieldProblem::field)
                    .containsExactly("from", "to"));
    assertThatThrownBy(() -> ReportPeriod.parse("1899-12-31", null, TODAY))
        .isInstanceOf(FieldErrorsException.class);
    assertThatThrownBy(() -> ReportPeriod.parse("+12026-01-01", null, TODAY))
        .isInstanceOf(FieldErrorsException.class);
  }

  @Test
  void shouldRefuseAnEndBeforeTheStart() {
    assertThatThrownBy(() -> ReportPeriod.parse("2026-05-01", "2026-04-30", TODAY))
        .isInstanceOfSatisfying(
            FieldErrorsException.class,
            e ->
                assertThat(e.problems())
                    .singleElement()
                    .satisfies(
                        p -> {
                          assertThat(p.field()).isEqualTo("to");
                          assertThat(p.messageKey()).isEqualTo("numbers.error.toBeforeFrom");
                        }));
  }

  @Test
  void shouldCoverWholeTokyoDays() {
    ReportPeriod p = new ReportPeriod(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30));
    assertThat(p.start()).isEqualTo(OffsetDateTime.parse("2026-04-01T00:00+09:00"));
    assertThat(p.endExclusive()).isEqualTo(OffsetDateTime.parse("2026-05-01T00:00+09:00"));
  }
}
