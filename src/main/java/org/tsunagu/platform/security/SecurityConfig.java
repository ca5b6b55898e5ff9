package org.tsunagu.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.support.RequestContextUtils;

/** Web security; absent when Tsunagu runs a command without a web server. */
@Configuration
@ConditionalOnWebApplication
@EnableMethodSecurity
class SecurityConfig {

  static final String CSP =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " frame-ancestors 'none'";

  /**
   * No observation around the filter chain and each of its filters: the request metrics stay, and
   * wrapping every filter cost each request more than it told.
   */
  @Bean
  SecurityObservationSettings securityObservations() {
    return SecurityObservationSettings.noObservations();
  }

  /**
   * Passwords are checked before the account's state, so that "disabled" is only ever told to
   * someone who knows the password: to anyone else a disabled account looks like any other.
   */
  @Bean
  DaoAuthenticationProvider authenticationProvider(Users users, PasswordEncoder passwordEncoder) {
    DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
    provider.setPasswordEncoder(passwordEncoder);
    provider.setPreAuthenticationChecks(user -> {});
    provider.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
    return provider;
  }

  @Bean
  SecurityFilterChain web(
      HttpSecurity http,
      ApiTokens tokens,
      ApiRateLimit rateLimit,
      LoginThrottle loginThrottle,
      MessageSource messages)
      throws Exception {
    RequestMatcher api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
    AuthenticationEntryPoint problem = problemEntryPoint(messages, 401, "error.unauthenticated");
    AuthenticationEntryPoint login = new LoginUrlAuthenticationEntryPoint("/login");
    AccessDeniedHandler denied =
        (req, res, e) -> writeProblem(req, res, messages, 403, "error.forbidden");
    http.authorizeHttpRequests(
            a ->
                // A streamed download (an export) finishes in an async dispatch of a request
                // already authorised in its first dispatch; a bearer token is not re-read there.
                a.dispatcherTypeMatchers(jakarta.servlet.DispatcherType.ASYNC)
                    .permitAll()
                    .requestMatchers(
                        "/login",
                        "/css/**",
                        "/js/**",
                        "/webjars/**",
                        "/favicon.ico",
                        "/error",
                        "/actuator/health/**",
                        "/v3/api-docs/**")
                    .permitAll()
                    .anyRequest()
                    .authenticated())
        .formLogin(
            f ->
                f.loginPage("/login")
                    .defaultSuccessUrl("/", false)
                    .failureHandler(new LoginFailureHandler(loginThrottle)))
        .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
        .csrf(
            c ->
                c.csrfTokenRepository(new StatelessForBearerCsrfTokens())
                    .ignoringRequestMatchers(ApiTokenFilter::hasBearer))
        .exceptionHandling(
            e ->
                e.authenticationEntryPoint(
                        (req, res, ex) -> {
                          if (api.matches(req)) {
                            problem.commence(req, res, ex);
                          } else {
                            login.commence(req, res, ex);
                          }
                        })
                    .defaultAccessDeniedHandlerFor(denied, api))
        .addFilterBefore(
            new ApiTokenFilter(tokens, problem, rateLimit, messages),
            UsernamePasswordAuthenticationFilter.class)
        .addFilterBefore(
            new LoginThrottleFilter(loginThrottle), UsernamePasswordAuthenticationFilter.class)
        .headers(
            h ->
                h.contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                    .frameOptions(f -> f.deny())
                    .referrerPolicy(
                        r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                    .permissionsPolicyHeader(
                        p -> p.policy("geolocation=(), camera=(), microphone=()")));
    return http.build();
  }

  private static AuthenticationEntryPoint problemEntryPoint(
      MessageSource messages, int status, String key) {
    return (req, res, e) -> writeProblem(req, res, messages, status, key);
  }

  /** RFC 9457 problem details for the API, in the caller's language. */
  static void writeProblem(
      HttpServletRequest req,
      HttpServletResponse res,
      MessageSource messages,
      int status,
      String key)
      throws java.io.IOException {
    var locale = RequestContextUtils.getLocale(req);
    String title = messages.getMessage(key, null, key, locale);
    res.setStatus(status);
    res.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    res.setCharacterEncoding(StandardCharsets.UTF_8.name());
    res.getWriter()
        .write(
            "{\"type\":\"about:blank\",\"title\":"
                + jsonString(title)
                + ",\"status\":"
                + status
                + ",\"detail\":"
                + jsonString(title)
                + "}");
  }

  private static String jsonString(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        default -> {
          if (c < 0x20) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }
}
