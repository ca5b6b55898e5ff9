package org.tsunagu.consultation.internal.conference;

import java.time.LocalDate;
import org.tsunagu.platform.text.JapaneseDateFormatException;
import org.tsunagu.platform.text.JapaneseDates;

/** A date typed as separate 年/月/日 fields: the date, or why it cannot be read. */
record DayFields(LocalDate date, String problemKey) {

  static DayFields of(String year, String month, String day) {
    if (blank(year) && blank(month) && blank(day)) {
      return new DayFields(null, null);
    }
    try {
      return new DayFields(JapaneseDates.parse(nz(year) + "/" + nz(month) + "/" + nz(day)), null);
    } catch (JapaneseDateFormatException e) {
      return new DayFields(null, "validation.date." + e.reason().name());
    }
  }

  boolean typed() {
    return date != null || problemKey != null;
  }

  static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static String nz(String s) {
    return s == null ? "" : s.strip();
  }
}
