package org.tsunagu.platform.audit;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.tsunagu.platform.web.InputLimits;
import org.tsunagu.platform.web.Problems;

/**
 * What the audit screen, its exports and the API search for: a person (住民No.), a user (login id or
 * part of the name), an organisation, an action, an object type and a period (the last 30 days by
 * default). Blank means any.
 */
record AuditFilter(
    Long person,
    String user,
    Long organization,
    String action,
    String objectType,
    String objectId,
    LocalDate from,
    LocalDate to) {

  private static final int MAX_TEXT = 100;

  /** Reads the filters as typed; each bad value adds a problem naming its field. */
  static AuditFilter parse(
      String person,
      String user,
      String organization,
      String action,
      String objectType,
      String objectId,
      String from,
      String to,
      LocalDate today,
      Problems problems) {
    LocalDate f = date(from, "from", problems);
    LocalDate t = date(to, "to", problems);
    f = f == null ? today.minusDays(30) : f;
    t = t == null ? today : t;
    if (f.isAfter(t)) {
      problems.add("from", "audit.filter.fromAfterTo");
    }
    String a = blankToEmpty(action);
    if (!a.isEmpty() && !isAction(a)) {
      problems.add("action", "audit.filter.unknownAction");
    }
    String type = blankToEmpty(objectType);
    if (!type.matches("[a-z_]{0,50}")) {
      problems.add("objectType", "audit.filter.unknownType");
    }
    String u = blankToEmpty(user);
    String o = blankToEmpty(objectId);
    if (u.length() > MAX_TEXT || o.length() > MAX_TEXT) {
      problems.add(u.length() > MAX_TEXT ? "user" : "objectId", "audit.filter.tooLong", MAX_TEXT);
    }
    return new AuditFilter(
        number(person, "person", problems),
        u,
        number(organization, "organization", problems),
        a,
        type,
        o,
        f,
        t);
  }

  private static boolean isAction(String a) {
    for (AuditAction action : AuditAction.values()) {
      if (action.name().equals(a)) {
        return true;
      }
    }
    return false;
  }

  private static String blankToEmpty(String s) {
    return s == null ? "" : s.strip();
  }

  private static Long number(String s, String field, Problems problems) {
    String v = blankToEmpty(s);
    if (v.isEmpty()) {
      return null;
    }
    if (!v.matches("[0-9]{1,18}")) {
      problems.add(field, "audit.filter.notANumber");
      return null;
    }
    return Long.parseLong(v);
  }

  private static LocalDate date(String s, String field, Problems problems) {
    String v = blankToEmpty(s);
    if (v.isEmpty()) {
      return null;
    }
    try {
      LocalDate d = LocalDate.parse(v);
      if (InputLimits.isSaneDate(d)) {
        return d;
      }
      problems.add(
          field,
          "validation.date.outOfRange",
          InputLimits.EARLIEST_DATE.toString(),
          InputLimits.LATEST_DATE.toString());
    } catch (DateTimeParseException e) {
      problems.add(field, "audit.filter.notADate");
    }
    return null;
  }
}
