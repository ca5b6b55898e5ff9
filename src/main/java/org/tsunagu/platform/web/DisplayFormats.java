package org.tsunagu.platform.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.tsunagu.platform.text.JapaneseDates;

/**
 * Dates and times as Japanese readers expect (2026年11月23日(月), 令和8年), used from templates as
 * {@code @fmt.date(...)}.
 */
@Component("fmt")
public class DisplayFormats {

  public static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

  private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("HH:mm");

  public String date(LocalDate date) {
    return date == null ? "" : JapaneseDates.format(date, LocaleContextHolder.getLocale());
  }

  public String wareki(LocalDate date) {
    if (date == null) {
      return "";
    }
    return isJapanese() ? JapaneseDates.formatWareki(date) : date.toString();
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

  private static boolean isJapanese() {
    return "ja".equals(LocaleContextHolder.getLocale().getLanguage());
  }
}
