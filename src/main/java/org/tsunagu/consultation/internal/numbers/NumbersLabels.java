package org.tsunagu.consultation.internal.numbers;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Words for the numbers: labels of codes, names (or "no area"), durations and shares, in the
 * request's language. Used by the page as {@code @numbersLabels} and by the exports.
 */
@Component("numbersLabels")
public class NumbersLabels {

  /** Below two days a duration reads best in hours, from then on in days. */
  private static final double HOURS_SHOWN_AS_HOURS = 48;

  private final MessageSource messages;

  NumbersLabels(MessageSource messages) {
    this.messages = messages;
  }

  /**
   * The label of a code of a family: domain and orgType use the registry's labels, the others
   * (channel, intakeStatus, caseStatus, closedReason, referralStatus, outcome, unsuccessfulReason)
   * this module's; an unknown code shows as itself.
   */
  public String code(String family, String code) {
    return code(family, code, LocaleContextHolder.getLocale());
  }

  String code(String family, String code, Locale locale) {
    if (code == null) {
      return text("numbers.noValue", locale);
    }
    String prefix =
        switch (family) {
          case "domain", "orgType" -> family + ".";
          default -> "numbers." + family + ".";
        };
    return messages.getMessage(prefix + code, null, code, locale);
  }

  /** A window's, area's or organisation's name; areas may be missing. */
  public String name(String name) {
    return name(name, LocaleContextHolder.getLocale());
  }

  String name(String name, Locale locale) {
    return name == null ? text("numbers.noArea", locale) : name;
  }

  /** 26.5時間 below two days, 3.2日 from then on; a dash when nothing happened. */
  public String duration(Double hours) {
    Locale locale = LocaleContextHolder.getLocale();
    if (hours == null) {
      return text("numbers.noValue", locale);
    }
    return hours < HOURS_SHOWN_AS_HOURS
        ? text("numbers.duration.hours", locale, decimal(hours, locale))
        : text("numbers.duration.days", locale, decimal(hours / 24, locale));
  }

  public String percent(Double percent) {
    Locale locale = LocaleContextHolder.getLocale();
    return percent == null
        ? text("numbers.noValue", locale)
        : text("numbers.percent", locale, decimal(percent, locale));
  }

  String text(String key, Locale locale, Object... args) {
    return messages.getMessage(key, args, key, locale);
  }

  private static String decimal(double value, Locale locale) {
    return new DecimalFormat("#,##0.#", DecimalFormatSymbols.getInstance(locale)).format(value);
  }
}
