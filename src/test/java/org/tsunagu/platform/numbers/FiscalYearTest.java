package org.tsunagu.platform.numbers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

class FiscalYearTest {

  private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

  {
    messages.setBasename("messages");
    messages.setDefaultEncoding("UTF-8");
    messages.setFallbackToSystemLocale(false);
  }

  @Test
  void shouldRunFromAprilToMarchAndBeNamedInTheEraOfItsFirstDay() {
    FiscalYear year = FiscalYear.of(LocalDate.of(2027, 3, 31));
    assertThat(year).isEqualTo(new FiscalYear(2026));
    assertThat(FiscalYear.of(LocalDate.of(2026, 4, 1))).isEqualTo(year);
    assertThat(year.start()).isEqualTo(LocalDate.of(2026, 4, 1));
    assertThat(year.end()).isEqualTo(LocalDate.of(2027, 3, 31));
    assertThat(year.months()).startsWith(YearMonth.of(2026, 4)).endsWith(YearMonth.of(2027, 3));
    assertThat(year.months()).hasSize(12);
    assertThat(year.name(messages, Locale.JAPANESE)).isEqualTo("令和8年度");
    assertThat(year.previous().name(messages, Locale.JAPANESE)).isEqualTo("令和7年度");
    assertThat(year.name(messages, Locale.ENGLISH)).isEqualTo("FY2026");
    assertThat(new FiscalYear(2019).eraYear()).isEqualTo("平成31");
    assertThat(new FiscalYear(2020).eraYear()).isEqualTo("令和2");
    assertThat(new FiscalYear(1989).eraYear()).isEqualTo("平成元");
    assertThat(new FiscalYear(1988).eraYear()).isEqualTo("昭和63");
    assertThat(FiscalYear.monthName(4, Locale.JAPANESE)).isEqualTo("4月");
  }

  @Test
  void shouldRefuseAChartWhoseSeriesDoNotFitItsCategories() {
    assertThatThrownBy(
            () ->
                new Chart(
                    "c",
                    Chart.Kind.BAR,
                    "t",
                    List.of(),
                    "h",
                    List.of("a", "b"),
                    List.of(new Chart.Series("x", List.of(1L)))))
        .isInstanceOf(IllegalArgumentException.class);
    Chart.Series withGap = new Chart.Series("x", java.util.Arrays.asList(1L, null, 2L));
    assertThat(withGap.total()).isEqualTo(3);
  }
}
