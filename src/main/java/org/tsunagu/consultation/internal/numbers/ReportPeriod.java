package org.tsunagu.consultation.internal.numbers;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.tsunagu.platform.web.DisplayFormats;
import org.tsunagu.platform.web.FieldErrorsException;
import org.tsunagu.platform.web.FieldErrorsException.FieldProblem;

/** A period of business dates in Asia/Tokyo, both ends included. */
public record ReportPeriod(LocalDate from, LocalDate to) {

  private static final int FIRST_YEAR = 1900;

  /** April 1 that opens the Japanese fiscal year (年度) of the day. */
  static LocalDate fiscalYearStart(LocalDate day) {
    int year = day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1;
    return LocalDate.of(year, 4, 1);
  }

  /**
   * Reads YYYY-MM-DD dates (full-width digits allowed). A missing end is today, a missing start the
   * April 1 that opens the end's fiscal year. Problems are reported per field.
   */
  static ReportPeriod parse(String fromText, String toText, LocalDate today) {
    List<FieldProblem> problems = new ArrayList<>();
    LocalDate from = isBlank(fromText) ? null : date(fromText, "from", problems);
    LocalDate to = isBlank(toText) ? today : date(toText, "to", problems);
    if (isBlank(fromText) && to != null) {
      from = fiscalYearStart(to);
    }
    if (from != null && to != null && from.isAfter(to)) {
      problems.add(new FieldProblem("to", "numbers.error.toBeforeFrom"));
    }
    if (!problems.isEmpty()) {
      throw new FieldErrorsException(problems);
    }
    return new ReportPeriod(from, to);
  }

  private static LocalDate date(String text, String field, List<FieldProblem> problems) {
    String s = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
    if (s.matches("\\d{4}-\\d{2}-\\d{2}")) {
      try {
        LocalDate d = LocalDate.parse(s);
        if (d.getYear() >= FIRST_YEAR) {
          return d;
        }
      } catch (DateTimeParseException e) {
        // reported below, as every other unreadable date
      }
    }
    problems.add(new FieldProblem(field, "numbers.error.date"));
    return null;
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }

  /** The first instant of the period: midnight in Tokyo starting {@code from}. */
  OffsetDateTime start() {
    return from.atStartOfDay(DisplayFormats.TOKYO).toOffsetDateTime();
  }

  /** The first instant after the period: midnight in Tokyo after {@code to}. */
  OffsetDateTime endExclusive() {
    return to.plusDays(1).atStartOfDay(DisplayFormats.TOKYO).toOffsetDateTime();
  }
}
