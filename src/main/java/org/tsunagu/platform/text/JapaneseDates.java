package org.tsunagu.platform.text;

import com.ibm.icu.text.Normalizer2;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.JapaneseChronology;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tsunagu.platform.text.JapaneseDateFormatException.Reason;

/** Strict parsing and display of dates in the Gregorian and Japanese (和暦) calendars. */
public final class JapaneseDates {

  private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();

  private static final Pattern GREGORIAN_NUMERIC =
      Pattern.compile("(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})");
  private static final Pattern GREGORIAN_KANJI = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日");
  private static final Pattern ERA_LETTER =
      Pattern.compile("([MTSHRmtshr])(元|\\d{1,2})([-/.])(\\d{1,2})\\3(\\d{1,2})");
  private static final Pattern ERA_KANJI =
      Pattern.compile("(明治|大正|昭和|平成|令和)(元|\\d{1,2})年(\\d{1,2})月(\\d{1,2})日");

  private static final Map<String, JapaneseEra> ERAS_BY_NAME =
      Map.of(
          "M", JapaneseEra.MEIJI,
          "T", JapaneseEra.TAISHO,
          "S", JapaneseEra.SHOWA,
          "H", JapaneseEra.HEISEI,
          "R", JapaneseEra.REIWA,
          "明治", JapaneseEra.MEIJI,
          "大正", JapaneseEra.TAISHO,
          "昭和", JapaneseEra.SHOWA,
          "平成", JapaneseEra.HEISEI,
          "令和", JapaneseEra.REIWA);

  private static final Map<JapaneseEra, String> ERA_KANJI_NAMES =
      Map.of(
          JapaneseEra.MEIJI, "明治",
          JapaneseEra.TAISHO, "大正",
          JapaneseEra.SHOWA, "昭和",
          JapaneseEra.HEISEI, "平成",
          JapaneseEra.REIWA, "令和");

  private static final Map<JapaneseEra, Integer> ERA_FIRST_GREGORIAN_YEAR =
      Map.of(
          JapaneseEra.MEIJI, 1868,
          JapaneseEra.TAISHO, 1912,
          JapaneseEra.SHOWA, 1926,
          JapaneseEra.HEISEI, 1989,
          JapaneseEra.REIWA, 2019);

  private static final DateTimeFormatter JAPANESE_FORMAT =
      DateTimeFormatter.ofPattern("uuuu年M月d日(E)", Locale.JAPANESE);
  private static final DateTimeFormatter ENGLISH_FORMAT =
      DateTimeFormatter.ofPattern("EEE, d MMM uuuu", Locale.ENGLISH);
  private static final DateTimeFormatter JAPANESE_WEEKDAY =
      DateTimeFormatter.ofPattern("(E)", Locale.JAPANESE);
  private static final DateTimeFormatter ENGLISH_WAREKI_FORMAT =
      DateTimeFormatter.ofPattern("EEE, d MMM G y", Locale.ENGLISH)
          .withChronology(JapaneseChronology.INSTANCE);

  /** The first day {@link #formatWareki} can show: 明治6年1月1日, when Japan took the calendar. */
  public static final LocalDate FIRST_WAREKI_DAY = LocalDate.of(1873, 1, 1);

  private JapaneseDates() {}

  /**
   * Parses a date as typed by a user: ISO or slashed Gregorian dates, 2026年11月23日, or 和暦 such as
   * S15.4.1 or 令和元年5月1日. Full-width digits and spaces are accepted.
   *
   * @throws JapaneseDateFormatException if the input is not a real date in the stated era
   */
  public static LocalDate parse(String s) {
    if (s == null) {
      throw new JapaneseDateFormatException(Reason.UNRECOGNISED_FORMAT, null);
    }
    String text = NFKC.normalize(s).replaceAll("\\s+", "");
    Matcher m;
    if ((m = GREGORIAN_NUMERIC.matcher(text)).matches()) {
      return gregorian(s, m.group(1), m.group(3), m.group(4));
    }
    if ((m = GREGORIAN_KANJI.matcher(text)).matches()) {
      return gregorian(s, m.group(1), m.group(2), m.group(3));
    }
    if ((m = ERA_LETTER.matcher(text)).matches()) {
      return wareki(s, m.group(1).toUpperCase(Locale.ROOT), m.group(2), m.group(4), m.group(5));
    }
    if ((m = ERA_KANJI.matcher(text)).matches()) {
      return wareki(s, m.group(1), m.group(2), m.group(3), m.group(4));
    }
    throw new JapaneseDateFormatException(Reason.UNRECOGNISED_FORMAT, s);
  }

  /** 2026年11月23日(月) for Japanese locales, Mon, 23 Nov 2026 for any other. */
  public static String format(LocalDate d, Locale locale) {
    boolean japanese = locale != null && "ja".equals(locale.getLanguage());
    return (japanese ? JAPANESE_FORMAT : ENGLISH_FORMAT).format(d);
  }

  /**
   * The date in the user's chosen calendar: 令和8年11月23日(月) or Mon, 23 Nov Reiwa 8 in 和暦, as {@link
   * #format(LocalDate, Locale)} in 西暦. Days before 明治6年 are shown in 西暦.
   */
  public static String format(LocalDate d, Locale locale, boolean wareki) {
    if (!wareki || d.isBefore(FIRST_WAREKI_DAY)) {
      return format(d, locale);
    }
    boolean japanese = locale != null && "ja".equals(locale.getLanguage());
    return japanese
        ? formatWareki(d) + JAPANESE_WEEKDAY.format(d)
        : ENGLISH_WAREKI_FORMAT.format(d);
  }

  /**
   * The date in the Japanese calendar, e.g. 令和8年11月23日 or 令和元年5月1日.
   *
   * @throws DateTimeException for dates before 明治6年 (1873-01-01)
   */
  public static String formatWareki(LocalDate d) {
    JapaneseDate date = JapaneseDate.from(d);
    int yearOfEra = date.get(ChronoField.YEAR_OF_ERA);
    return ERA_KANJI_NAMES.get(date.getEra())
        + (yearOfEra == 1 ? "元" : String.valueOf(yearOfEra))
        + "年"
        + date.get(ChronoField.MONTH_OF_YEAR)
        + "月"
        + date.get(ChronoField.DAY_OF_MONTH)
        + "日";
  }

  private static LocalDate gregorian(String input, String year, String month, String day) {
    try {
      return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
    } catch (DateTimeException e) {
      throw new JapaneseDateFormatException(Reason.IMPOSSIBLE_DATE, input);
    }
  }

  private static LocalDate wareki(
      String input, String eraName, String yearOfEra, String month, String day) {
    JapaneseEra era = ERAS_BY_NAME.get(eraName);
    int year = "元".equals(yearOfEra) ? 1 : Integer.parseInt(yearOfEra);
    LocalDate date =
        gregorian(input, String.valueOf(ERA_FIRST_GREGORIAN_YEAR.get(era) + year - 1), month, day);
    // The Gregorian date exists; it must also fall within the era (and JapaneseDate's range).
    try {
      JapaneseDate japanese = JapaneseDate.from(date);
      if (!japanese.getEra().equals(era) || japanese.get(ChronoField.YEAR_OF_ERA) != year) {
        throw new JapaneseDateFormatException(Reason.OUTSIDE_ERA, input);
      }
    } catch (DateTimeException e) {
      throw new JapaneseDateFormatException(Reason.OUTSIDE_ERA, input);
    }
    return date;
  }
}
