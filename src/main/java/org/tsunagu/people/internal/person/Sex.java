package org.tsunagu.people.internal.person;

import java.util.Locale;
import java.util.Optional;

public enum Sex {
  FEMALE,
  MALE,
  OTHER,
  UNKNOWN;

  /** Reads 女/女性/F/female, 男/男性/M/male, その他, 不明 and the enum names. */
  public static Optional<Sex> parse(String s) {
    if (s == null || s.isBlank()) {
      return Optional.of(UNKNOWN);
    }
    String v = s.trim().toUpperCase(Locale.ROOT);
    return switch (v) {
      case "女", "女性", "F", "FEMALE", "2" -> Optional.of(FEMALE);
      case "男", "男性", "M", "MALE", "1" -> Optional.of(MALE);
      case "その他", "OTHER", "9" -> Optional.of(OTHER);
      case "不明", "UNKNOWN", "0" -> Optional.of(UNKNOWN);
      default -> Optional.empty();
    };
  }
}
