package org.tsunagu.aid.internal;

/** Numbers as typed into forms: blank is none, and what is not a number falls outside any range. */
public final class AidForms {

  private AidForms() {}

  public static Integer integer(String typed) {
    if (typed == null || typed.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(typed.strip());
    } catch (NumberFormatException e) {
      return Integer.MIN_VALUE;
    }
  }

  public static Long id(String typed) {
    if (typed == null || typed.isBlank()) {
      return null;
    }
    try {
      return Long.valueOf(typed.strip());
    } catch (NumberFormatException e) {
      return -1L;
    }
  }
}
