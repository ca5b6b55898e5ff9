package org.tsunagu.platform.web;

import java.util.List;

/** Field errors for templates: {@code errors.has('familyName')}, {@code errors.first(...)}. */
public record FormErrors(List<FieldErrorsException.FieldProblem> problems) {

  public static FormErrors none() {
    return new FormErrors(List.of());
  }

  public static FormErrors of(FieldErrorsException e) {
    return new FormErrors(e.problems());
  }

  public boolean has(String field) {
    return problems.stream().anyMatch(p -> p.field().equals(field));
  }

  public FieldErrorsException.FieldProblem first(String field) {
    return problems.stream().filter(p -> p.field().equals(field)).findFirst().orElse(null);
  }

  public boolean any() {
    return !problems.isEmpty();
  }
}
