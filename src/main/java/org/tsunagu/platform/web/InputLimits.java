package org.tsunagu.platform.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/** Bounds every API input must keep, in one place (ADR 0008). */
public final class InputLimits {

  /** Any text unless a field sets a tighter limit. */
  public static final int MAX_TEXT = 10_000;

  /** A page number of any paged list (50 a page: half a billion rows is far enough). */
  public static final int MAX_PAGE = 10_000_000;

  public static final int MAX_IDEMPOTENCY_KEY = 200;

  /** Any query parameter or checked header value. */
  public static final int MAX_PARAMETER = 1_000;

  public static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);
  public static final LocalDate LATEST_DATE = LocalDate.of(2100, 12, 31);

  private InputLimits() {}

  /** The message key of what is wrong with a text, if anything. */
  public static Optional<String> textProblem(String s, int max) {
    if (s == null) {
      return Optional.empty();
    }
    if (s.length() > max) {
      return Optional.of("validation.tooLong");
    }
    for (int i = 0; i < s.length(); i++) {
      if (isForbidden(s.charAt(i))) {
        return Optional.of("validation.controlCharacter");
      }
    }
    return Optional.empty();
  }

  /** Control characters other than tab, CR and LF, and the non-characters U+FFFE/U+FFFF. */
  static boolean isForbidden(char c) {
    if (c == '\t' || c == '\n' || c == '\r') {
      return false;
    }
    return Character.getType(c) == Character.CONTROL || c == '\uFFFE' || c == '\uFFFF';
  }

  public static boolean isSaneDate(LocalDate d) {
    return d == null || (!d.isBefore(EARLIEST_DATE) && !d.isAfter(LATEST_DATE));
  }

  public static boolean isSaneInstant(Instant t) {
    return t == null
        || (!t.isBefore(EARLIEST_DATE.atStartOfDay().toInstant(ZoneOffset.UTC))
            && t.isBefore(LATEST_DATE.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)));
  }

  /** An idempotency key: at most 200 printable ASCII characters, or 400 naming the field. */
  public static void requireIdempotencyKey(String key, String field) {
    if (key == null) {
      return;
    }
    boolean printable = key.chars().allMatch(c -> c >= 0x20 && c < 0x7f);
    if (key.length() > MAX_IDEMPOTENCY_KEY || !printable) {
      Problems p = new Problems();
      p.add(field, "validation.idempotencyKey", MAX_IDEMPOTENCY_KEY);
      p.throwIfAny();
    }
  }
}
