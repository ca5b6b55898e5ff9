package org.tsunagu.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;
import org.tsunagu.platform.web.ApiProblems;

/**
 * Authenticates {@code Authorization: Bearer tsu_…} on the JSON API, statelessly, and answers a
 * token over its rate with 429 and {@code Retry-After}.
 */
class ApiTokenFilter extends OncePerRequestFilter {

  private final ApiTokens tokens;
  private final AuthenticationEntryPoint entryPoint;
  private final ApiRateLimit rateLimit;
  private final ApiProblems problems;

  ApiTokenFilter(
      ApiTokens tokens,
      AuthenticationEntryPoint entryPoint,
      ApiRateLimit rateLimit,
      ApiProblems problems) {
    this.tokens = tokens;
    this.entryPoint = entryPoint;
    this.rateLimit = rateLimit;
    this.problems = problems;
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
    Optional<ApiTokens.TokenUser> found = tokens.authenticate(token);
    if (found.isEmpty()) {
      SecurityContextHolder.clearContext();
      entryPoint.commence(request, response, new BadCredentialsException("invalid token"));
      return;
    }
    Optional<Duration> wait = rateLimit.refusal(token);
    if (wait.isPresent()) {
      long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
      response.setHeader("Retry-After", Long.toString(seconds));
      problems.write(request, response, 429, "error.tooManyRequests");
      return;
    }
    CurrentUser user = found.get().user();
    var auth = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
    auth.setDetails(new ApiTokens.TokenDetails(found.get().tokenId()));
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
