package org.tsunagu.platform.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Every body the API reads is checked before its handler runs, field by field, all at once: the
 * Bean Validation constraints of its record ({@code @NotNull}, {@code @Size}, …) and {@link
 * ApiInputWalk}'s rules for every text and date (no control characters, the default length limit,
 * dates within {@link InputLimits}). No {@code @Valid} needed.
 */
@ControllerAdvice(annotations = ApiController.class)
class ApiInputCheck extends RequestBodyAdviceAdapter {

  private final Validator validator;

  ApiInputCheck(Validator validator) {
    this.validator = validator;
  }

  @Override
  public boolean supports(
      MethodParameter parameter, Type type, Class<? extends HttpMessageConverter<?>> converter) {
    return true;
  }

  @Override
  public Object afterBodyRead(
      Object body,
      HttpInputMessage message,
      MethodParameter parameter,
      Type type,
      Class<? extends HttpMessageConverter<?>> converter) {
    if (body == null) {
      return null;
    }
    Map<String, FieldErrorsException.FieldProblem> found = new LinkedHashMap<>();
    for (ConstraintViolation<Object> v : validator.validate(body)) {
      String field = v.getPropertyPath().toString();
      found.putIfAbsent(field, problemOf(field, v));
    }
    ApiInputWalk.walk(body, "", found);
    if (!found.isEmpty()) {
      throw new FieldErrorsException(found.values().stream().toList());
    }
    return body;
  }

  private static FieldErrorsException.FieldProblem problemOf(
      String field, ConstraintViolation<Object> v) {
    Annotation a = v.getConstraintDescriptor().getAnnotation();
    if (a instanceof NotNull || a instanceof NotBlank || a instanceof NotEmpty) {
      return new FieldErrorsException.FieldProblem(field, "validation.required");
    }
    if (a instanceof Size size) {
      return new FieldErrorsException.FieldProblem(field, "validation.tooLong", size.max());
    }
    return new FieldErrorsException.FieldProblem(field, "validation.outOfRange");
  }
}
