package org.tsunagu.platform.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.HttpMediaTypeException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.async.AsyncRequestTimeoutException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.tsunagu.platform.web.FieldErrorsException.FieldProblem;

/**
 * Errors of the JSON API as RFC 9457 problem details in the caller's language, always as {@code
 * application/problem+json} whatever the caller accepts. What reaches {@code /error} instead is
 * answered by {@link ApiErrorController}.
 */
@RestControllerAdvice(annotations = ApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

  private final ApiProblems problems;

  ApiExceptionHandler(ApiProblems problems) {
    this.problems = problems;
  }

  @ExceptionHandler(FieldErrorsException.class)
  ResponseEntity<ProblemDetail> fields(FieldErrorsException e, Locale locale) {
    return fieldProblems(e.status(), e.problems(), locale);
  }

  @ExceptionHandler(MethodArgumentNotValidException.class)
  ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException e, Locale locale) {
    return fieldProblems(
        400,
        e.getBindingResult().getFieldErrors().stream()
            .map(f -> new FieldProblem(f.getField(), "validation.outOfRange"))
            .toList(),
        locale);
  }

  /** A constraint on a parameter ({@code @Min(0) int page}): each parameter by its name. */
  @ExceptionHandler(HandlerMethodValidationException.class)
  ResponseEntity<ProblemDetail> invalidParameters(
      HandlerMethodValidationException e, Locale locale) {
    return fieldProblems(
        400,
        e.getParameterValidationResults().stream()
            .map(
                r ->
                    new FieldProblem(
                        r.getMethodParameter().getParameterName(), "validation.outOfRange"))
            .toList(),
        locale);
  }

  /** Unreadable JSON; when a field's value is of the wrong type, that field is named. */
  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e, Locale locale) {
    String field = JsonPaths.of(e.getCause());
    if (field == null) {
      return send(400, "error.badRequest", locale);
    }
    return fieldProblems(400, List.of(new FieldProblem(field, "validation.type")), locale);
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<ProblemDetail> mismatch(MethodArgumentTypeMismatchException e, Locale locale) {
    return fieldProblems(400, List.of(new FieldProblem(e.getName(), "validation.type")), locale);
  }

  @ExceptionHandler(UserFacingException.class)
  ResponseEntity<ProblemDetail> userFacing(UserFacingException e, Locale locale) {
    return send(e.status(), e.messageKey(), locale, e.args());
  }

  @ExceptionHandler({AccessDeniedException.class, AuthorizationDeniedException.class})
  ResponseEntity<ProblemDetail> denied(Exception e, Locale locale) {
    return send(403, "error.forbidden", locale);
  }

  /**
   * A streamed download (an export) that had not sent its first byte when the request timed out
   * (spring.mvc.async.request-timeout): the server gave up, which is not an error in the code.
   */
  @ExceptionHandler(AsyncRequestTimeoutException.class)
  ResponseEntity<ProblemDetail> timedOut(Exception e, Locale locale) {
    log.warn("A streamed response timed out before its first byte");
    return send(503, "error.timeout", locale);
  }

  /** Every download thread and queue place is taken (DownloadThreads). */
  @ExceptionHandler(TaskRejectedException.class)
  ResponseEntity<ProblemDetail> busy(Exception e, Locale locale) {
    log.warn("A download was refused: every download thread is busy");
    return send(503, "error.busy", locale);
  }

  @ExceptionHandler(OptimisticLockingFailureException.class)
  ResponseEntity<ProblemDetail> conflict(Exception e, Locale locale) {
    return send(409, "error.conflict", locale);
  }

  /** A reference to a row that does not exist, or a row that would exist twice. */
  @ExceptionHandler(DataIntegrityViolationException.class)
  ResponseEntity<ProblemDetail> integrity(DataIntegrityViolationException e, Locale locale) {
    log.warn("Refused by a database constraint at {}: {}", SafeLog.origin(e), SafeLog.describe(e));
    return send(422, "error.unprocessable", locale);
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ResponseEntity<ProblemDetail> tooLarge(Exception e, Locale locale) {
    return send(413, "error.fileTooLarge", locale);
  }

  /** Spring's own refusals (405, 406, 415, missing parameter or header, …) by their status. */
  @ExceptionHandler({
    HttpRequestMethodNotSupportedException.class,
    HttpMediaTypeException.class,
    ServletRequestBindingException.class,
    MissingServletRequestPartException.class,
    ErrorResponseException.class
  })
  ResponseEntity<ProblemDetail> framework(Exception e, Locale locale) {
    int status = ((ErrorResponse) e).getStatusCode().value();
    if (status >= 500) {
      return unexpected(e, locale);
    }
    return send(status, ApiProblems.keyFor(status), locale);
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception e, Locale locale) {
    log.error("Unexpected error in API call: {}", SafeLog.describe(e));
    return send(500, "error.unexpected", locale);
  }

  private ResponseEntity<ProblemDetail> send(
      int status, String key, Locale locale, Object... args) {
    return answer(problems.problem(status, key, locale, args));
  }

  private ResponseEntity<ProblemDetail> fieldProblems(
      int status, List<FieldProblem> fields, Locale locale) {
    ProblemDetail p = problems.problem(status, "error.validation", locale);
    p.setProperty(
        "errors",
        fields.stream()
            .map(
                f ->
                    Map.of(
                        "field",
                        f.field(),
                        "message",
                        problems.message(f.messageKey(), f.args(), locale)))
            .toList());
    return answer(p);
  }

  /** Preset as problem JSON: also answers a caller that asked for text/html only. */
  private static ResponseEntity<ProblemDetail> answer(ProblemDetail p) {
    return ResponseEntity.status(p.getStatus())
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(p);
  }
}
