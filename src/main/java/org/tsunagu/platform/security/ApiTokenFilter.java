package org.tsunagu.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer tsu_…} on the JSON API, statelessly, and answers a
 * token over its rate with 429 and {@code Retry-After}.
 */
class ApiTokenFilter extends OncePerRequestFilter {

  private final ApiTokens tokens;
  private final AuthenticationEntryPoint entryPoint;
  private final ApiRateLimit rateLimit;
  private final MessageSource messages;

  ApiTokenFilter(
      ApiTokens tokens,
      AuthenticationEntryPoint entryPoint,
      ApiRateLimit rateLimit,
      MessageSource messages) {
    this.tokens = tokens;
    this.entryPoint = entryPoint;
    this.rateLimit = rateLimit;
    this.messages = messages;
  }

  static boolean hasBearer(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (!hasBearer(request)) {
      chain.doFilter(request, response);
      return;
    }
    String token = request.getHeader("Authorization").substring(7).trim();
    Optional<CurrentUser> user = tokens.authenticate(token);
    if (user.isEmpty()) {
      SecurityContextHolder.clearContext();
      entryPoint.commence(request, response, new BadCredentialsException("invalid token"));
      return;
    }
    Optional<Duration> wait = rateLimit.refusal(token);
    if (wait.isPresent()) {
      long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
      response.setHeader("Retry-After", Long.toString(seconds));
      SecurityConfig.writeProblem(request, response, messages, 429, "error.tooManyRequests");
      return;
    }
    var auth =
        UsernamePasswordAuthenticationToken.authenticated(
            user.get(), null, user.get().getAuthorities());
    var context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(auth);
    SecurityContextHolder.setContext(context);
    try {
      chain.doFilter(request, response);
    } finally {
      SecurityContextHolder.clearContext();
    }
  }
}
