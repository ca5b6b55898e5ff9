package org.tsunagu.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

/**
 * CSRF tokens in the session for browsers; none stored for API-token calls, which are stateless and
 * must never create a session (a page rendered for them would otherwise open one per call).
 */
class StatelessForBearerCsrfTokens implements CsrfTokenRepository {

  private final HttpSessionCsrfTokenRepository sessions = new HttpSessionCsrfTokenRepository();

  @Override
  public CsrfToken generateToken(HttpServletRequest request) {
    return sessions.generateToken(request);
  }

  @Override
  public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
    if (!ApiTokenFilter.hasBearer(request)) {
      sessions.saveToken(token, request, response);
    }
  }

  @Override
  public CsrfToken loadToken(HttpServletRequest request) {
    return ApiTokenFilter.hasBearer(request) ? null : sessions.loadToken(request);
  }
}
