package org.tsunagu.platform.web;

import tools.jackson.core.JacksonException;

/** The field a JSON reading error is about, as {@code a.b[0].c}; null when none. */
final class JsonPaths {

  private JsonPaths() {}

  static String of(Throwable cause) {
    if (!(cause instanceof JacksonException e) || e.getPath().isEmpty()) {
      return null;
    }
    StringBuilder b = new StringBuilder();
    for (JacksonException.Reference r : e.getPath()) {
      if (r.getPropertyName() != null) {
        String name = r.getPropertyName();
        if (InputLimits.textProblem(name, 100).isPresent()) {
          return null;
        }
        b.append(b.isEmpty() ? "" : ".").append(name);
      } else if (r.getIndex() >= 0) {
        b.append('[').append(r.getIndex()).append(']');
      }
    }
    return b.isEmpty() ? null : b.toString();
  }
}
