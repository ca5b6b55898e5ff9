package org.tsunagu.platform.web;

import static org.tsunagu.platform.security.DateStyle.WAREKI;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.CurrentUsers;
import org.tsunagu.platform.security.DateStyle;
import org.tsunagu.platform.text.JapaneseDates;

/**
 * Dates and times as Japanese readers expect (2026年11月23日(月), 令和8年), used from templates as
 * {@code @fmt.date(...)}. Every date on a screen goes through {@link #date}: it shows the calendar
 * the signed-in user chose (西暦 or 和暦, {@link DateStyle}) in their language.
 */
@Component("fmt")
public class DisplayFormats {

  public static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

  private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("HH:mm");

  public String date(LocalDate date) {
    return date(date, LocaleContextHolder.getLocale());
  }

  /** {@link #date(LocalDate)} in a given language, for text built in Java (work-list titles). */
  public static String date(LocalDate date, Locale locale) {
    return date == null ? "" : JapaneseDates.format(date, locale, dateStyle() == WAREKI);
  }

  /** Always 和暦 (令和8年11月23日), as official Japanese forms and prints want it. */
  public String wareki(LocalDate date) {
    if (date == null) {
      return "";
    }
    return isJapanese() && !date.isBefore(JapaneseDates.FIRST_WAREKI_DAY)
        ? JapaneseDates.formatWareki(date)
        : date.toString();
  }

  /** The date in the calendar the user did not choose, to show beside {@link #date}. */
  public String otherCalendar(LocalDate date) {
    if (date == null) {
      return "";
    }
    if (dateStyle() == WAREKI) {
      return isJapanese() ? date.getYear() + "年" : String.valueOf(date.getYear());
    }
    return wareki(date);
  }

  public String dateTime(Instant instant) {
    if (instant == null) {
      return "";
    }
    var local = instant.atZone(TOKYO);
    return date(local.toLocalDate()) + " " + HOURS_MINUTES.format(local);
  }

  public String dateTime(java.time.OffsetDateTime at) {
    return at == null ? "" : dateTime(at.toInstant());
  }

  public String yen(long amount) {
    return String.format(Locale.JAPAN, "%,d", amount) + (isJapanese() ? "円" : " yen");
  }

  private static DateStyle dateStyle() {
    return CurrentUsers.current().map(CurrentUser::dateStyle).orElse(DateStyle.SEIREKI);
  }

  private static boolean isJapanese() {
    return "ja".equals(LocaleContextHolder.getLocale().getLanguage());
  }
}
