package org.tsunagu.platform.text;

/** Thrown when a date typed by a user cannot be read as a real date. */
public class JapaneseDateFormatException extends IllegalArgumentException {

  /** Why the input was rejected, for choosing a localised message. */
  public enum Reason {
    /** The text is not in any accepted date format. */
    UNRECOGNISED_FORMAT,
    /** The format is right but there is no such day, e.g. 2026-02-30 or month 13. */
    IMPOSSIBLE_DATE,
    /** The day exists but not in the given era, e.g. 平成31年5月1日, or is before 明治6年. */
    OUTSIDE_ERA
  }

  private final Reason reason;
  private final String input;

  public JapaneseDateFormatException(Reason reason, String input) {
    super(reason + ": " + input);
    this.reason = reason;
    this.input = input;
  }

  public Reason reason() {
    return reason;
  }

  public String input() {
    return input;
  }
}
