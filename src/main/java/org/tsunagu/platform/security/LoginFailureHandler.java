package org.tsunagu.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Sends the user back to the login page. A wrong name or password is counted by the throttle and
 * answered alike for names that exist and names that do not; "disabled" is only said after the
 * right password (see {@link SecurityConfig#authenticationProvider}).
 */
class LoginFailureHandler implements AuthenticationFailureHandler {

  private final LoginThrottle throttle;

  LoginFailureHandler(LoginThrottle throttle) {
    this.throttle = throttle;
  }

  @Override
  public void onAuthenticationFailure(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws IOException {
    if (e instanceof BadCredentialsException) {
      throttle.recordFailure(request.getParameter("username"), request.getRemoteAddr());
    }
    String reason = e instanceof DisabledException ? "disabled" : "bad";
    response.sendRedirect(request.getContextPath() + "/login?error=" + reason);
  }
}
