package org.tsunagu.platform.security;

import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
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
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.tsunagu.platform.web.ApiProblems;
import org.tsunagu.platform.web.PublicPaths;

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
      ApiProblems problems,
      ApiRateLimit rateLimit,
      LoginThrottle loginThrottle,
      List<PublicPaths> publicPaths)
      throws Exception {
    String[] linkPages =
        publicPaths.stream()
            .flatMap(p -> p.publicPaths().stream())
            .peek(
                path -> {
                  if (path.startsWith("/api/")) {
                    throw new IllegalStateException("a public path outside the API: " + path);
                  }
                })
            .toArray(String[]::new);
    RequestMatcher linkPage =
        linkPages.length == 0
            ? request -> false
            : new OrRequestMatcher(
                java.util.Arrays.stream(linkPages)
                    .map(
                        path ->
                            (RequestMatcher) PathPatternRequestMatcher.withDefaults().matcher(path))
                    .toList());
    RequestMatcher api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
    AuthenticationEntryPoint problem =
        (req, res, e) -> problems.write(req, res, 401, "error.unauthenticated");
    AuthenticationEntryPoint login = new LoginUrlAuthenticationEntryPoint("/login");
    AccessDeniedHandler denied = (req, res, e) -> problems.write(req, res, 403, "error.forbidden");
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
                    .requestMatchers(linkPage)
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
            new ApiTokenFilter(tokens, problem, rateLimit, problems),
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
}
