package org.tsunagu.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Query parameters and the Idempotency-Key header of every API call: no control characters, no text
 * longer than {@link InputLimits#MAX_PARAMETER}; a key at most 200 printable ASCII characters.
 */
class ApiParameterCheck implements HandlerInterceptor {

  static final String IDEMPOTENCY_KEY = "Idempotency-Key";

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object h) {
    Problems problems = new Problems();
    for (Map.Entry<String, String[]> e : request.getParameterMap().entrySet()) {
      String name = e.getKey();
      for (String value : e.getValue()) {
        InputLimits.textProblem(value, InputLimits.MAX_PARAMETER)
            .ifPresent(key -> problems.add(safeName(name), key, InputLimits.MAX_PARAMETER));
      }
    }
    problems.throwIfAny();
    InputLimits.requireIdempotencyKey(request.getHeader(IDEMPOTENCY_KEY), IDEMPOTENCY_KEY);
    return true;
  }

  /** A parameter's name is echoed in the problem: only a short, printable one. */
  private static String safeName(String name) {
    return InputLimits.textProblem(name, 100).isPresent() ? "?" : name;
  }
}
