package org.tsunagu.platform.web;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Describes an exception for the log by its types and code locations only: messages of database and
 * validation errors can quote personal data, so they are never logged.
 */
public final class SafeLog {

  private SafeLog() {}

  public static String describe(Throwable e) {
    StringBuilder b = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      b.append(t.getClass().getName())
          .append(" at ")
          .append(
              Arrays.stream(t.getStackTrace())
                  .limit(6)
                  .map(StackTraceElement::toString)
                  .collect(Collectors.joining(" < ")))
          .append("; ");
      if (t.getCause() == t) {
        break;
      }
    }
    return b.toString();
  }

  /** The first frame of Tsunagu's own code: where an error from a library was caused. */
  public static String origin(Throwable e) {
    return Arrays.stream(e.getStackTrace())
        .filter(f -> f.getClassName().startsWith("org.tsunagu."))
        .findFirst()
        .map(StackTraceElement::toString)
        .orElse("?");
  }
}
