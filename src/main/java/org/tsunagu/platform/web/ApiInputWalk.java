package org.tsunagu.platform.web;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import org.tsunagu.platform.web.FieldErrorsException.FieldProblem;

/** Walks an API input (records, collections, maps) and notes every text or date out of bounds. */
final class ApiInputWalk {

  private static final int MAX_DEPTH = 8;

  private ApiInputWalk() {}

  static void walk(Object value, String path, Map<String, FieldProblem> found) {
    walk(value, path, found, 0);
  }

  private static void walk(Object value, String path, Map<String, FieldProblem> found, int depth) {
    if (value == null || depth > MAX_DEPTH) {
      return;
    }
    String field = path.isEmpty() ? "body" : path;
    if (value instanceof String s) {
      InputLimits.textProblem(s, InputLimits.MAX_TEXT)
          .ifPresent(
              key -> found.putIfAbsent(field, new FieldProblem(field, key, InputLimits.MAX_TEXT)));
    } else if (value instanceof LocalDate d) {
      if (!InputLimits.isSaneDate(d)) {
        found.putIfAbsent(field, dateProblem(field));
      }
    } else if (value instanceof Instant t) {
      if (!InputLimits.isSaneInstant(t)) {
        found.putIfAbsent(field, dateProblem(field));
      }
    } else if (value instanceof Collection<?> c) {
      int i = 0;
      for (Object item : c) {
        walk(item, path + "[" + i++ + "]", found, depth + 1);
      }
    } else if (value instanceof Map<?, ?> m) {
      for (Map.Entry<?, ?> e : m.entrySet()) {
        walk(e.getKey(), path + ".key", found, depth + 1);
        walk(e.getValue(), path + "." + e.getKey(), found, depth + 1);
      }
    } else if (value instanceof Record r) {
      for (RecordComponent c : r.getClass().getRecordComponents()) {
        walk(read(c, r), path.isEmpty() ? c.getName() : path + "." + c.getName(), found, depth + 1);
      }
    }
  }

  private static FieldProblem dateProblem(String field) {
    return new FieldProblem(
        field,
        "validation.date.outOfRange",
        InputLimits.EARLIEST_DATE.toString(),
        InputLimits.LATEST_DATE.toString());
  }

  private static Object read(RecordComponent c, Record r) {
    try {
      var accessor = c.getAccessor();
      accessor.setAccessible(true);
      return accessor.invoke(r);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("unreadable record component " + c.getName(), e);
    }
  }
}
