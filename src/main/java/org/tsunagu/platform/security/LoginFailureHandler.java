package org.tsunagu.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/** Sends the user back to the login page with the reason (bad credentials, locked, disabled). */
class LoginFailureHandler implements AuthenticationFailureHandler {

  @Override
  public void onAuthenticationFailure(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws IOException {
    String reason =
        e instanceof LockedException
            ? "locked"
            : e instanceof DisabledException ? "disabled" : "bad";
    response.sendRedirect(request.getContextPath() + "/login?error=" + reason);
  }
}
