package org.tsunagu.watch.internal.agreement;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import org.tsunagu.platform.web.Problems;

/** The field checks of an agreement as entered: texts, desk hours (HH:mm), the signing date. */
final class AgreementFields {

  private AgreementFields() {}

  static void text(Problems p, String field, String value, int max) {
    if (value == null || value.isBlank()) {
      p.add(field, "validation.required");
    } else if (value.length() > max) {
      p.add(field, "validation.tooLong", max);
    }
  }

  static LocalTime time(Problems p, String field, String value, LocalTime fallback) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return LocalTime.parse(value.strip());
    } catch (DateTimeParseException e) {
      p.add(field, "watch.validation.time");
      return null;
    }
  }

  static LocalDate date(Problems p, String field, String value) {
    if (value == null || value.isBlank()) {
      p.add(field, "validation.required");
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      p.add(field, "validation.date.UNRECOGNISED_FORMAT");
      return null;
    }
  }
}
