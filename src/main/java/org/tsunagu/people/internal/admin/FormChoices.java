package org.tsunagu.people.internal.admin;

/** A choice posted by a form: its value, or null when it names none (the service then says so). */
final class FormChoices {

  private FormChoices() {}

  static <E extends Enum<E>> E parse(Class<E> type, String value) {
    try {
      return value == null ? null : Enum.valueOf(type, value);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
