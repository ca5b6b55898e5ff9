package org.tsunagu.consultation.internal.numbers;

import java.text.Normalizer;

/**
 * The page's period: each date as separate 年/月/日 fields, or as {@code from}/{@code to} in
 * YYYY-MM-DD (links and bookmarks). Fields typed win over the YYYY-MM-DD parameters.
 */
public class PeriodForm {

  private String from;
  private String to;
  private String fromYear;
  private String fromMonth;
  private String fromDay;
  private String toYear;
  private String toMonth;
  private String toDay;

  String fromText() {
    return compose(fromYear, fromMonth, fromDay, from);
  }

  String toText() {
    return compose(toYear, toMonth, toDay, to);
  }

  /** Shows the period the numbers are for in the fields. */
  void show(ReportPeriod period) {
    fromYear = String.valueOf(period.from().getYear());
    fromMonth = String.valueOf(period.from().getMonthValue());
    fromDay = String.valueOf(period.from().getDayOfMonth());
    toYear = String.valueOf(period.to().getYear());
    toMonth = String.valueOf(period.to().getMonthValue());
    toDay = String.valueOf(period.to().getDayOfMonth());
  }

  /** YYYY-MM-DD from the fields when any is filled in; what cannot be a date stays unreadable. */
  private static String compose(String year, String month, String day, String iso) {
    if (blank(year) && blank(month) && blank(day)) {
      return iso;
    }
    String y = digits(year);
    String m = digits(month);
    String d = digits(day);
    if (y.matches("\\d{4}") && m.matches("\\d{1,2}") && d.matches("\\d{1,2}")) {
      return y + "-" + (m.length() == 1 ? "0" + m : m) + "-" + (d.length() == 1 ? "0" + d : d);
    }
    return y + "/" + m + "/" + d;
  }

  private static String digits(String s) {
    return s == null ? "" : Normalizer.normalize(s, Normalizer.Form.NFKC).strip();
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public String getTo() {
    return to;
  }

  public void setTo(String to) {
    this.to = to;
  }

  public String getFromYear() {
    return fromYear;
  }

  public void setFromYear(String fromYear) {
    this.fromYear = fromYear;
  }

  public String getFromMonth() {
    return fromMonth;
  }

  public void setFromMonth(String fromMonth) {
    this.fromMonth = fromMonth;
  }

  public String getFromDay() {
    return fromDay;
  }

  public void setFromDay(String fromDay) {
    this.fromDay = fromDay;
  }

  public String getToYear() {
    return toYear;
  }

  public void setToYear(String toYear) {
    this.toYear = toYear;
  }

  public String getToMonth() {
    return toMonth;
  }

  public void setToMonth(String toMonth) {
    this.toMonth = toMonth;
  }

  public String getToDay() {
    return toDay;
  }

  public void setToDay(String toDay) {
    this.toDay = toDay;
  }
}
