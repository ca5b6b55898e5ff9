package org.tsunagu.platform.web;

import java.util.ArrayList;
import java.util.List;
import org.tsunagu.platform.web.FieldErrorsException.FieldProblem;

/** Collects what is wrong with an input, field by field. */
public final class Problems {

  private final List<FieldProblem> list = new ArrayList<>();

  public void add(String field, String messageKey, Object... args) {
    list.add(new FieldProblem(field, messageKey, args));
  }

  public boolean isEmpty() {
    return list.isEmpty();
  }

  public List<FieldProblem> list() {
    return list;
  }

  public void throwIfAny() {
    if (!list.isEmpty()) {
      throw new FieldErrorsException(list);
    }
  }
}
