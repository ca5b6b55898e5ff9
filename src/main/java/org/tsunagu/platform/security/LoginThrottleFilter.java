package org.tsunagu.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a sign-in the {@link LoginThrottle} does not allow before the password is checked, with
 * the same answer for every login name.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

  private final LoginThrottle throttle;

  LoginThrottleFilter(LoginThrottle throttle) {
    this.throttle = throttle;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !("POST".equals(request.getMethod())
        && "/login".equals(request.getServletPath() + pathInfo(request)));
  }

  private static String pathInfo(HttpServletRequest request) {
    return request.getPathInfo() == null ? "" : request.getPathInfo();
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (throttle.allows(request.getParameter("username"), request.getRemoteAddr())) {
      chain.doFilter(request, response);
    } else {
      response.sendRedirect(request.getContextPath() + "/login?error=throttled");
    }
  }
}
