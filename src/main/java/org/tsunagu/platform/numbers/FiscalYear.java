package org.tsunagu.platform.numbers;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.chrono.JapaneseDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.springframework.context.MessageSource;

/**
 * A Japanese fiscal year (年度), April to March, named by its first year: 令和8年度 is April 2026 to
 * March 2027. The era is the one in force on April 1 (so April 2019 opens 平成31年度).
 */
public record FiscalYear(int startYear) {

  private static final DateTimeFormatter JAPANESE_ERA_YEAR =
      DateTimeFormatter.ofPattern("GGGGy", Locale.JAPANESE);

  /** The 年度 the day falls in. */
  public static FiscalYear of(LocalDate day) {
    return new FiscalYear(day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1);
  }

  public LocalDate start() {
    return LocalDate.of(startYear, 4, 1);
  }

  public LocalDate end() {
    return LocalDate.of(startYear + 1, 3, 31);
  }

  public FiscalYear previous() {
    return new FiscalYear(startYear - 1);
  }

  /** April to March. */
  public List<YearMonth> months() {
    return IntStream.range(0, 12).mapToObj(i -> YearMonth.of(startYear, 4).plusMonths(i)).toList();
  }

  /** The era and year that open it: 令和8, or 令和元 in an era's first year. */
  public String eraYear() {
    return JAPANESE_ERA_YEAR.format(JapaneseDate.from(start())).replaceFirst("^(\\D+)1$", "$1元");
  }

  /** 令和8年度 in Japanese, FY2026 in English (message {@code fiscalYear.name}). */
  public String name(MessageSource messages, Locale locale) {
    return messages.getMessage(
        "fiscalYear.name", new Object[] {eraYear(), String.valueOf(startYear)}, locale);
  }

  /** The month as a reader names it: 4月, Apr. */
  public static String monthName(int month, Locale locale) {
    return java.time.Month.of(month).getDisplayName(TextStyle.SHORT, locale);
  }
}
