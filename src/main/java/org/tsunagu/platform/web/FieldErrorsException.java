package org.tsunagu.platform.web;

import java.util.List;

/** Input failed validation; each error names its field and a message key. */
public class FieldErrorsException extends UserFacingException {

  private final transient List<FieldProblem> problems;

  public FieldErrorsException(List<FieldProblem> problems) {
    super("error.validation", 400);
    this.problems = List.copyOf(problems);
  }

  public List<FieldProblem> problems() {
    return problems;
  }

  public record FieldProblem(String field, String messageKey, Object... args) {}
}
