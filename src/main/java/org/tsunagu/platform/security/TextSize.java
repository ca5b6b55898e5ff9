package org.tsunagu.platform.security;

import java.util.Optional;

/** How large a user reads the screens: 標準 (100 %), 大 (150 %) or 特大 (200 %). */
public enum TextSize {
  STANDARD(""),
  LARGE("text-large"),
  EXTRA_LARGE("text-extra-large");

  private final String cssClass;

  TextSize(String cssClass) {
    this.cssClass = cssClass;
  }

  /** The class the layout puts on {@code <html>}; empty for the standard size. */
  public String cssClass() {
    return cssClass;
  }

  /** The size a form sent, or empty when the value names none. */
  public static Optional<TextSize> parse(String value) {
    for (TextSize size : values()) {
      if (size.name().equals(value)) {
        return Optional.of(size);
      }
    }
    return Optional.empty();
  }
}
