package org.tsunagu.aid.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Set;
import org.tsunagu.platform.text.JapaneseDateFormatException;
import org.tsunagu.platform.text.JapaneseDates;
import org.tsunagu.platform.web.Problems;

/** Field checks the module's inputs share; each adds its problem under the field's name. */
public final class AidChecks {

  private AidChecks() {}

  public static Integer range(Problems p, String field, Integer value, int min, int max) {
    if (value == null) {
      p.add(field, "validation.required");
      return null;
    }
    if (value < min || value > max) {
      p.add(field, "aid.validation.range", min, max);
      return null;
    }
    return value;
  }

  public static Integer optionalRange(Problems p, String field, Integer value, int min, int max) {
    return value == null ? null : range(p, field, value, min, max);
  }

  public static String text(Problems p, String field, String value, int max, boolean required) {
    if (value == null || value.isBlank()) {
      if (required) {
        p.add(field, "validation.required");
      }
      return null;
    }
    if (value.length() > max) {
      p.add(field, "validation.tooLong", max);
      return null;
    }
    return value.strip();
  }

  public static LocalTime time(Problems p, String field, String value) {
    if (value == null || value.isBlank()) {
      p.add(field, "validation.required");
      return null;
    }
    try {
      return LocalTime.parse(value.strip());
    } catch (DateTimeParseException e) {
      p.add(field, "aid.validation.time");
      return null;
    }
  }

  public static LocalDate date(Problems p, String field, String value, boolean required) {
    if (value == null || value.isBlank()) {
      if (required) {
        p.add(field, "validation.required");
      }
      return null;
    }
    try {
      return JapaneseDates.parse(value);
    } catch (JapaneseDateFormatException e) {
      p.add(field, "validation.date." + e.reason().name());
      return null;
    }
  }

  public static String choice(Problems p, String field, String value, Set<String> allowed) {
    if (value == null || !allowed.contains(value)) {
      p.add(field, value == null ? "validation.required" : "aid.validation.choice");
      return null;
    }
    return value;
  }

  public static <E extends Enum<E>> E choice(
      Problems p, String field, String value, Class<E> type) {
    if (value != null) {
      for (E e : type.getEnumConstants()) {
        if (e.name().equals(value)) {
          return e;
        }
      }
    }
    p.add(field, value == null ? "validation.required" : "aid.validation.choice");
    return null;
  }
}
