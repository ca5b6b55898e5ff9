package org.tsunagu.platform.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Errors of the JSON API as RFC 9457 problem details in the caller's language. */
@RestControllerAdvice(annotations = ApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

  private final MessageSource messages;

  ApiExceptionHandler(MessageSource messages) {
    this.messages = messages;
  }

  @ExceptionHandler(FieldErrorsException.class)
  ResponseEntity<ProblemDetail> fields(FieldErrorsException e, Locale locale) {
    ProblemDetail p = problem(400, "error.validation", locale);
    p.setProperty(
        "errors",
        e.problems().stream()
            .map(
                f ->
                    Map.of(
                        "field",
                        f.field(),
                        "message",
                        messages.getMessage(f.messageKey(), f.args(), f.messageKey(), locale)))
            .toList());
    return ResponseEntity.badRequest().body(p);
  }

  @ExceptionHandler(MethodArgumentNotValidException.class)
  ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException e, Locale locale) {
    ProblemDetail p = problem(400, "error.validation", locale);
    List<Map<String, String>> errors =
        e.getBindingResult().getFieldErrors().stream()
            .map(f -> Map.of("field", f.getField(), "message", messages.getMessage(f, locale)))
            .toList();
    p.setProperty("errors", errors);
    return ResponseEntity.badRequest().body(p);
  }

  @ExceptionHandler(UserFacingException.class)
  ResponseEntity<ProblemDetail> userFacing(UserFacingException e, Locale locale) {
    ProblemDetail p = problem(e.status(), e.messageKey(), locale, e.args());
    return ResponseEntity.status(e.status()).body(p);
  }

  @ExceptionHandler({AccessDeniedException.class, AuthorizationDeniedException.class})
  ResponseEntity<ProblemDetail> denied(Exception e, Locale locale) {
    return ResponseEntity.status(403).body(problem(403, "error.forbidden", locale));
  }

  @ExceptionHandler(OptimisticLockingFailureException.class)
  ResponseEntity<ProblemDetail> conflict(Exception e, Locale locale) {
    return ResponseEntity.status(409).body(problem(409, "error.conflict", locale));
  }

  @ExceptionHandler({
    HttpMessageNotReadableException.class,
    MethodArgumentTypeMismatchException.class,
    org.springframework.web.bind.MissingServletRequestParameterException.class,
    org.springframework.web.multipart.support.MissingServletRequestPartException.class
  })
  ResponseEntity<ProblemDetail> unreadable(Exception e, Locale locale) {
    return ResponseEntity.badRequest().body(problem(400, "error.badRequest", locale));
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ResponseEntity<ProblemDetail> tooLarge(Exception e, Locale locale) {
    return ResponseEntity.status(413).body(problem(413, "error.fileTooLarge", locale));
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  ResponseEntity<ProblemDetail> method(Exception e, Locale locale) {
    return ResponseEntity.status(405).body(problem(405, "error.methodNotAllowed", locale));
  }

  @ExceptionHandler(NoResourceFoundException.class)
  ResponseEntity<ProblemDetail> noResource(Exception e, Locale locale) {
    return ResponseEntity.status(404).body(problem(404, "error.notFound", locale));
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception e, Locale locale) {
    log.error("Unexpected error in API call: {}", SafeLog.describe(e));
    return ResponseEntity.status(500).body(problem(500, "error.unexpected", locale));
  }

  private ProblemDetail problem(int status, String key, Locale locale, Object... args) {
    ProblemDetail p = ProblemDetail.forStatus(HttpStatus.valueOf(status));
    p.setType(URI.create("https://tsunagu.example/problems/" + key));
    p.setTitle(messages.getMessage(key, args, key, locale));
    p.setDetail(messages.getMessage(key + ".detail", args, p.getTitle(), locale));
    return p;
  }
}
