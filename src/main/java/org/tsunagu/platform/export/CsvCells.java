package org.tsunagu.platform.export;

import java.util.regex.Pattern;

/**
 * Keeps a CSV cell from opening as a formula in a spreadsheet (OWASP "CSV Injection"): text
 * starting with {@code = + - @}, a tab or a carriage return gets a leading {@code '}. Numbers, and
 * text that is a plain number such as {@code -12} or {@code -3.5}, are left alone: a spreadsheet
 * reads them as numbers, never as formulas, and a quote would turn a figure into text.
 */
public final class CsvCells {

  /** Full-width signs too, which Japanese Excel may take for formula signs; no name starts so. */
  private static final String TRIGGERS = "=+-@\t\r＝＋－＠";

  private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?");

  private CsvCells() {}

  /** The value as it may be written to a CSV cell. */
  public static Object neutralised(Object value) {
    if (value instanceof Number || value == null) {
      return value;
    }
    String text = value.toString();
    if (text.isEmpty()
        || TRIGGERS.indexOf(text.charAt(0)) < 0
        || PLAIN_NUMBER.matcher(text).matches()) {
      return value;
    }
    return "'" + text;
  }
}
