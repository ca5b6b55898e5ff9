package org.tsunagu.platform.web;

import java.util.List;
import org.springframework.ui.Model;

/** Field errors for templates: {@code errors.has('familyName')}, {@code errors.first(...)}. */
public record FormErrors(List<FieldErrorsException.FieldProblem> problems) {

  public static FormErrors none() {
    return new FormErrors(List.of());
  }

  /** A form page's errors: those a failed post left in the model, else none. */
  public static void addUnlessPresent(Model model) {
    if (!model.containsAttribute("errors")) {
      model.addAttribute("errors", none());
    }
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
