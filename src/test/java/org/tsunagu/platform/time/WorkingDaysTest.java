package org.tsunagu.platform.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WorkingDaysTest {

  private static final WorkingDays DAYS = WorkingDays.fromClasspath();

  @Test
  void shouldTreatNationalHolidayOnWeekdayAsNonWorking() {
    // 勤労感謝の日 2026, a Monday
    assertThat(DAYS.isWorkingDay(LocalDate.of(2026, 11, 23))).isFalse();
  }

  @Test
  void shouldTreatOrdinaryWeekdayAsWorking() {
    assertThat(DAYS.isWorkingDay(LocalDate.of(2026, 11, 24))).isTrue();
    assertThat(DAYS.isWorkingDay(LocalDate.of(2026, 12, 28))).isTrue();
    assertThat(DAYS.isWorkingDay(LocalDate.of(2027, 1, 4))).isTrue();
  }

  @Test
  void shouldTreatWeekendsAsNonWorking() {
    assertThat(DAYS.isWorkingDay(LocalDate.of(2026, 11, 21))).isFalse();
    assertThat(DAYS.isWorkingDay(LocalDate.of(2026, 11, 22))).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2025-12-29",
        "2025-12-30",
        "2025-12-31",
        "2026-01-02",
        "2027-01-01",
        "2027-01-03",
        "2060-12-30"
      })
  void shouldTreatYearEndClosureAsNonWorking(LocalDate date) {
    assertThat(DAYS.isWorkingDay(date)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-05-06", "2026-09-22", "2027-03-22"})
  void shouldTreatSubstituteAndCitizensHolidaysAsNonWorking(LocalDate date) {
    assertThat(DAYS.isWorkingDay(date)).isFalse();
  }

  @Test
  void shouldSkipWeekendAndYearEndClosure() {
    // Fri 25 Dec -> Mon 28 Dec, Mon 4 Jan, Tue 5 Jan
    assertThat(DAYS.plusWorkingDays(LocalDate.of(2026, 12, 25), 1)).isEqualTo("2026-12-28");
    assertThat(DAYS.plusWorkingDays(LocalDate.of(2026, 12, 25), 3)).isEqualTo("2027-01-05");
    assertThat(DAYS.plusWorkingDays(LocalDate.of(2026, 12, 28), 1)).isEqualTo("2027-01-04");
  }

  @ParameterizedTest
  @CsvSource({
    "2026-04-28, 1, 2026-04-30",
    "2026-05-01, 1, 2026-05-07",
    "2026-09-18, 1, 2026-09-24",
    "2026-11-20, 1, 2026-11-24",
    "2026-11-24, 5, 2026-12-01"
  })
  void shouldSkipHolidays(LocalDate start, int n, LocalDate expected) {
    assertThat(DAYS.plusWorkingDays(start, n)).isEqualTo(expected);
  }

  @Test
  void shouldReturnStartForZeroDaysWhenStartIsWorkingDay() {
    assertThat(DAYS.plusWorkingDays(LocalDate.of(2026, 11, 24), 0)).isEqualTo("2026-11-24");
  }

  @Test
  void shouldReturnNextWorkingDayForZeroDaysWhenStartIsNotWorkingDay() {
    assertThat(DAYS.plusWorkingDays(LocalDate.of(2026, 11, 21), 0)).isEqualTo("2026-11-24");
    assertThat(DAYS.plusWorkingDays(LocalDate.of(2026, 12, 29), 0)).isEqualTo("2027-01-04");
  }

  @Test
  void shouldRejectNegativeWorkingDays() {
    assertThatThrownBy(() -> DAYS.plusWorkingDays(LocalDate.of(2026, 11, 24), -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shouldCountWorkingDaysExcludingStartIncludingEnd() {
    assertThat(DAYS.workingDaysBetween(LocalDate.of(2026, 12, 25), LocalDate.of(2027, 1, 5)))
        .isEqualTo(3);
    // November 2026: 21 weekdays minus 文化の日 and 勤労感謝の日
    assertThat(DAYS.workingDaysBetween(LocalDate.of(2026, 10, 31), LocalDate.of(2026, 11, 30)))
        .isEqualTo(19);
  }

  @Test
  void shouldCountZeroForEmptyOrReversedRange() {
    LocalDate d = LocalDate.of(2026, 11, 24);
    assertThat(DAYS.workingDaysBetween(d, d)).isZero();
    assertThat(DAYS.workingDaysBetween(d, d.minusDays(10))).isZero();
  }

  @Test
  void shouldAgreeBetweenPlusAndBetween() {
    LocalDate start = LocalDate.of(2026, 4, 24);
    for (int n = 0; n < 60; n++) {
      LocalDate end = DAYS.plusWorkingDays(start, n);
      assertThat(DAYS.isWorkingDay(end)).isTrue();
      assertThat(DAYS.workingDaysBetween(start, end)).isEqualTo(n);
    }
  }

  @Test
  void shouldNameHolidayInJapaneseOrEnglish() {
    LocalDate date = LocalDate.of(2026, 11, 23);
    assertThat(DAYS.holidayName(date, Locale.JAPAN)).contains("勤労感謝の日");
    assertThat(DAYS.holidayName(date, Locale.ENGLISH)).contains("Labor Thanksgiving Day");
    assertThat(DAYS.holidayName(LocalDate.of(2026, 9, 22), Locale.UK))
        .contains("Citizen's Holiday");
    assertThat(DAYS.holidayName(LocalDate.of(2026, 5, 6), Locale.JAPANESE)).contains("こどもの日 振替休日");
  }

  @Test
  void shouldHaveNoHolidayNameForOrdinaryDayOrYearEndClosure() {
    assertThat(DAYS.holidayName(LocalDate.of(2026, 11, 24), Locale.JAPAN)).isEmpty();
    assertThat(DAYS.holidayName(LocalDate.of(2026, 12, 30), Locale.JAPAN)).isEmpty();
  }

  @Test
  void shouldReadQuotedNamesWithCommasFromStream() {
    String csv =
        "date,name,name_en\n"
            + "2030-06-12,\"架空の日, 記念\",\"Imaginary Day, observed\"\n"
            + "2030-06-13,テストの日,Test Day\n";
    WorkingDays days =
        new WorkingDays(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));

    assertThat(days.isWorkingDay(LocalDate.of(2030, 6, 12))).isFalse();
    assertThat(days.holidayName(LocalDate.of(2030, 6, 12), Locale.ENGLISH))
        .contains("Imaginary Day, observed");
    assertThat(days.holidayName(LocalDate.of(2030, 6, 12), Locale.JAPAN)).contains("架空の日, 記念");
    assertThat(days.holidayName(LocalDate.of(2030, 6, 13), Locale.ENGLISH)).contains("Test Day");
    assertThat(days.isWorkingDay(LocalDate.of(2030, 6, 14))).isTrue();
  }

  @Test
  void shouldLoadEveryHolidayOfBundledFile() {
    long holidaysIn2026 =
        LocalDate.of(2026, 1, 1)
            .datesUntil(LocalDate.of(2027, 1, 1))
            .filter(d -> DAYS.holidayName(d, Locale.JAPAN).isPresent())
            .count();
    assertThat(holidaysIn2026).isEqualTo(18);
    assertThat(DAYS.holidayName(LocalDate.of(1970, 1, 1), Locale.JAPAN)).contains("元日");
    assertThat(DAYS.holidayName(LocalDate.of(2050, 11, 23), Locale.JAPAN)).contains("勤労感謝の日");
  }
}
