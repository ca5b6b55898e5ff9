package org.tsunagu.consultation.internal.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import org.tsunagu.platform.web.DisplayFormats;
import org.tsunagu.platform.web.Problems;

/** Dates and times typed into the case page's forms, read or refused at their field. */
final class CaseFormDates {

  private CaseFormDates() {}

  static Instant parseDateTime(String s) {
    try {
      return LocalDateTime.parse(s).atZone(DisplayFormats.TOKYO).toInstant();
    } catch (DateTimeParseException e) {
      Problems p = new Problems();
      p.add("occurredAt", "validation.date.UNRECOGNISED_FORMAT");
      p.throwIfAny();
      return null;
    }
  }

  static LocalDate parseDate(String field, String s) {
    try {
      return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      Problems p = new Problems();
      p.add(field, s.isBlank() ? "validation.required" : "validation.date.UNRECOGNISED_FORMAT");
      p.throwIfAny();
      return null;
    }
  }
}
