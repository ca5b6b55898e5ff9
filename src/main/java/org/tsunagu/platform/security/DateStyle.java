package org.tsunagu.platform.security;

import java.util.Optional;

/** Which calendar the screens show dates in: 西暦 (2026年11月23日) or 和暦 (令和8年11月23日). */
public enum DateStyle {
  SEIREKI,
  WAREKI;

  /** The style a form sent, or empty when the value names none. */
  public static Optional<DateStyle> parse(String value) {
    for (DateStyle style : values()) {
      if (style.name().equals(value)) {
        return Optional.of(style);
      }
    }
    return Optional.empty();
  }
}
