package org.tsunagu.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/** Errors on screens: a page in the user's language with what to do, never a stack trace. */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(PageExceptionHandler.class);

  @ExceptionHandler(UserFacingException.class)
  ModelAndView userFacing(UserFacingException e, HttpServletResponse response) {
    return page(response, e.status(), e.messageKey(), e.args());
  }

  @ExceptionHandler({AccessDeniedException.class, AuthorizationDeniedException.class})
  ModelAndView denied(HttpServletResponse response) {
    return page(response, 403, "error.forbidden");
  }

  @ExceptionHandler(OptimisticLockingFailureException.class)
  ModelAndView conflict(HttpServletResponse response) {
    return page(response, 409, "error.conflict");
  }

  /** Every download thread and queue place is taken (DownloadThreads). */
  @ExceptionHandler(TaskRejectedException.class)
  ModelAndView busy(HttpServletResponse response) {
    return page(response, 503, "error.busy");
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ModelAndView tooLarge(HttpServletResponse response) {
    return page(response, 413, "error.fileTooLarge");
  }

  /**
   * A form field no form sends: a word for a number, or a row far past the form's (the binder grows
   * a list only so far, and then refuses the property rather than a value).
   */
  @ExceptionHandler({
    MethodArgumentTypeMismatchException.class,
    org.springframework.beans.InvalidPropertyException.class
  })
  ModelAndView badRequest(HttpServletResponse response) {
    return page(response, 400, "error.badRequest");
  }

  @ExceptionHandler(org.springframework.web.servlet.resource.NoResourceFoundException.class)
  ModelAndView notFound(HttpServletResponse response) {
    return page(response, 404, "error.notFound");
  }

  /** A database constraint that still fires is a bug to turn into a field check; not a 500. */
  @ExceptionHandler(DataIntegrityViolationException.class)
  ModelAndView unprocessable(DataIntegrityViolationException e, HttpServletResponse response) {
    log.warn("Constraint refused input on a page: {}", SafeLog.describe(e));
    return page(response, 422, "error.unprocessable");
  }

  @ExceptionHandler(Exception.class)
  ModelAndView unexpected(Exception e, HttpServletResponse response) {
    // Spring's own refusals (a missing parameter, a wrong method or media type, a parameter out
    // of its bounds) carry their 4xx status.
    if (e instanceof ErrorResponse refusal && refusal.getStatusCode().is4xxClientError()) {
      int status = refusal.getStatusCode().value();
      return page(response, status, ApiProblems.keyFor(status));
    }
    log.error("Unexpected error on a page: {}", SafeLog.describe(e));
    return page(response, 500, "error.unexpected");
  }

  private static ModelAndView page(
      HttpServletResponse response, int status, String key, Object... args) {
    response.setStatus(status);
    ModelAndView mv = new ModelAndView("error");
    mv.addObject("status", status);
    mv.addObject("messageKey", key);
    mv.addObject("messageArgs", args);
    return mv;
  }
}
