package org.tsunagu.platform.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tsunagu.platform.text.JapaneseDateFormatException.Reason;

class JapaneseDatesTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2026-11-23|2026-11-23",
        "2026/11/23|2026-11-23",
        "2026/1/3|2026-01-03",
        "2026.1.3|2026-01-03",
        "2026年11月23日|2026-11-23",
        "'  2026-11-23 '|2026-11-23",
        "２０２６／１１／２３|2026-11-23",
        "２０２６年１１月２３日|2026-11-23",
        "2024-02-29|2024-02-29"
      })
  void shouldParseGregorianDates(String input, LocalDate expected) {
    assertThat(JapaneseDates.parse(input)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "S15.4.1|1940-04-01",
        "S15/4/1|1940-04-01",
        "s15.4.1|1940-04-01",
        "S15-4-1|1940-04-01",
        "H1.1.8|1989-01-08",
        "R8.11.23|2026-11-23",
        "r8.11.23|2026-11-23",
        "T15.12.24|1926-12-24",
        "M45.7.29|1912-07-29",
        "M6.1.1|1873-01-01",
        "S64.1.7|1989-01-07",
        "Ｓ１５．４．１|1940-04-01",
        "R元.5.1|2019-05-01"
      })
  void shouldParseWarekiWithEraLetter(String input, LocalDate expected) {
    assertThat(JapaneseDates.parse(input)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "昭和15年4月1日|1940-04-01",
        "令和元年5月1日|2019-05-01",
        "令和1年5月1日|2019-05-01",
        "平成31年4月30日|2019-04-30",
        "平成元年1月8日|1989-01-08",
        "大正元年7月30日|1912-07-30",
        "明治45年7月29日|1912-07-29",
        "昭和 15年 4月 1日|1940-04-01",
        "令和　８年　１１月　２３日|2026-11-23",
        "㍻31年4月30日|2019-04-30"
      })
  void shouldParseWarekiWithKanjiEra(String input, LocalDate expected) {
    assertThat(JapaneseDates.parse(input)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2026-02-30",
        "2025-02-29",
        "2026-13-01",
        "2026/0/10",
        "2026年4月31日",
        "R8.13.1",
        "昭和15年2月30日",
        "2026-11-00"
      })
  void shouldRejectImpossibleDates(String input) {
    assertReason(input, Reason.IMPOSSIBLE_DATE);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "昭和65年1月1日",
        "S64.1.8",
        "平成31年5月1日",
        "H31.5.1",
        "令和1年4月30日",
        "H0.1.1",
        "T15.12.25",
        "M45.7.30",
        "大正元年7月29日",
        "M5.12.31",
        "明治元年9月8日"
      })
  void shouldRejectDatesOutsideTheirEra(String input) {
    assertReason(input, Reason.OUTSIDE_ERA);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "   ",
        "20261123",
        "2026-11/23",
        "26-11-23",
        "11/23/2026",
        "X15.4.1",
        "昭和15.4.1",
        "慶応3年1月1日",
        "2026年11月23",
        "tomorrow",
        "2026-11-23T10:00",
        "S123.4.1"
      })
  void shouldRejectUnrecognisedFormats(String input) {
    assertReason(input, Reason.UNRECOGNISED_FORMAT);
  }

  @Test
  void shouldKeepInputInException() {
    assertThatThrownBy(() -> JapaneseDates.parse("2026-02-30"))
        .isInstanceOfSatisfying(
            JapaneseDateFormatException.class, e -> assertThat(e.input()).isEqualTo("2026-02-30"));
  }

  @Test
  void shouldFormatInJapaneseWithDayOfWeek() {
    assertThat(JapaneseDates.format(LocalDate.of(2026, 11, 23), Locale.JAPAN))
        .isEqualTo("2026年11月23日(月)");
    assertThat(JapaneseDates.format(LocalDate.of(2027, 1, 3), Locale.JAPANESE))
        .isEqualTo("2027年1月3日(日)");
  }

  @Test
  void shouldFormatInEnglishForOtherLocales() {
    LocalDate date = LocalDate.of(2026, 11, 23);
    assertThat(JapaneseDates.format(date, Locale.ENGLISH)).isEqualTo("Mon, 23 Nov 2026");
    assertThat(JapaneseDates.format(date, Locale.FRANCE)).isEqualTo("Mon, 23 Nov 2026");
    assertThat(JapaneseDates.format(LocalDate.of(2027, 1, 3), Locale.UK))
        .isEqualTo("Sun, 3 Jan 2027");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2026-11-23|令和8年11月23日",
        "2019-05-01|令和元年5月1日",
        "2019-04-30|平成31年4月30日",
        "1940-04-01|昭和15年4月1日",
        "1989-01-08|平成元年1月8日",
        "1926-12-25|昭和元年12月25日",
        "1912-07-30|大正元年7月30日",
        "1873-01-01|明治6年1月1日"
      })
  void shouldFormatWareki(LocalDate date, String expected) {
    assertThat(JapaneseDates.formatWareki(date)).isEqualTo(expected);
  }

  @Test
  void shouldRoundTripWareki() {
    for (LocalDate d = LocalDate.of(1873, 1, 1); d.getYear() < 2030; d = d.plusDays(97)) {
      assertThat(JapaneseDates.parse(JapaneseDates.formatWareki(d))).isEqualTo(d);
    }
  }

  @Test
  void shouldRefuseToFormatWarekiBeforeMeiji6() {
    assertThatThrownBy(() -> JapaneseDates.formatWareki(LocalDate.of(1872, 12, 31)))
        .isInstanceOf(DateTimeException.class);
  }

  private static void assertReason(String input, Reason reason) {
    assertThatThrownBy(() -> JapaneseDates.parse(input))
        .isInstanceOfSatisfying(
            JapaneseDateFormatException.class, e -> assertThat(e.reason()).isEqualTo(reason));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2026-11-23|ja|true|令和8年11月23日(月)",
        "2019-05-01|ja|true|令和元年5月1日(水)",
        "1940-04-01|ja|true|昭和15年4月1日(月)",
        "1873-01-01|ja|true|明治6年1月1日(水)",
        "1872-12-31|ja|true|1872年12月31日(火)",
        "2026-11-23|ja|false|2026年11月23日(月)",
        "2026-11-23|en|true|Mon, 23 Nov Reiwa 8",
        "1940-04-01|en|true|Mon, 1 Apr Shōwa 15",
        "2026-11-23|en|false|Mon, 23 Nov 2026"
      })
  void shouldFormatInTheChosenCalendar(
      LocalDate date, String language, boolean wareki, String expected) {
    assertThat(JapaneseDates.format(date, Locale.forLanguageTag(language), wareki))
        .isEqualTo(expected);
  }
}
