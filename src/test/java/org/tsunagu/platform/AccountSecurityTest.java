package org.tsunagu.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.tsunagu.people.OrganizationType;
import org.tsunagu.platform.security.ApiTokens;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.Role;
import org.tsunagu.platform.security.Users;
import org.tsunagu.support.IntegrationTest;
import org.tsunagu.support.TestData;
import tools.jackson.databind.ObjectMapper;

@IntegrationTest
class AccountSecurityTest {

  @Autowired MockMvc mvc;
  @Autowired TestData data;
  @Autowired ApiTokens tokens;
  @Autowired Users users;
  @Autowired ObjectMapper json;

  @Value("${tsunagu.api.requests-per-minute:600}")
  int requestsPerMinute;

  @Test
  void shouldSignInWithFormAndStoreTheSessionInTheDatabase() throws Exception {
    CurrentUser u = data.user(data.organization(OrganizationType.SHAKYO), Role.COORDINATOR);
    mvc.perform(
            post("/login")
                .with(csrf())
                .param("username", u.getUsername())
                .param("password", TestData.PASSWORD))
        .andExpect(redirectedUrl("/"));
    assertThat(
            data.count("platform.spring_session WHERE principal_name = '" + u.getUsername() + "'"))
        .isEqualTo(1);
  }

  /** A sign-in from a client address; MockMvc's default address is shared by every test. */
  private String signIn(String address, String username, String password) throws Exception {
    return mvc.perform(
            post("/login")
                .with(csrf())
                .with(
                    r -> {
                      r.setRemoteAddr(address);
                      return r;
                    })
                .param("username", username)
                .param("password", password))
        .andReturn()
        .getResponse()
        .getRedirectedUrl();
  }

  @Test
  void shouldNotLetWrongPasswordsFromOneAddressStopTheOwnerAtAnother() throws Exception {
    CurrentUser u = data.user(data.organization(OrganizationType.SHAKYO), Role.COORDINATOR);
    for (int i = 0; i < 5; i++) {
      assertThat(signIn("10.8.1.1", u.getUsername(), "wrong-password"))
          .isEqualTo("/login?error=bad");
    }
    assertThat(signIn("10.8.1.1", u.getUsername(), "wrong-password"))
        .isEqualTo("/login?error=throttled");
    assertThat(signIn("10.8.1.1", u.getUsername(), TestData.PASSWORD))
        .isEqualTo("/login?error=throttled");

    assertThat(signIn("10.8.1.2", u.getUsername(), TestData.PASSWORD)).isEqualTo("/");
    mvc.perform(get("/login").param("error", "throttled"))
        .andExpect(content().string(containsString("ログインの試行が多すぎます")));
  }

  @Test
  void shouldRefuseManyAttemptsFromOneAddressWhateverTheName() throws Exception {
    CurrentUser u = data.user(data.organization(OrganizationType.SHAKYO), Role.COORDINATOR);
    List<String> answers = new ArrayList<>();
    for (int i = 0; i < 31; i++) {
      answers.add(signIn("10.8.2.1", TestData.unique("guess"), "wrong-password"));
    }
    assertThat(answers.subList(0, 30)).containsOnly("/login?error=bad");
    assertThat(answers.get(30)).isEqualTo("/login?error=throttled");
    assertThat(signIn("10.8.2.1", u.getUsername(), TestData.PASSWORD))
        .isEqualTo("/login?error=throttled");
    assertThat(signIn("10.8.2.2", u.getUsername(), TestData.PASSWORD)).isEqualTo("/");
  }

  @Test
  void shouldAnswerUnknownAndKnownNamesAlike() throws Exception {
    long org = data.organization(OrganizationType.SHAKYO);
    CurrentUser known = data.user(org, Role.COORDINATOR);
    CurrentUser disabled = data.user(org, Role.COORDINATOR);
    users.setEnabled(disabled.id(), false);
    String unknown = TestData.unique("nobody");
    List<String> forKnown = new ArrayList<>();
    List<String> forDisabled = new ArrayList<>();
    List<String> forUnknown = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      forKnown.add(signIn("10.8.3.1", known.getUsername(), "wrong-password"));
      forDisabled.add(signIn("10.8.3.2", disabled.getUsername(), "wrong-password"));
      forUnknown.add(signIn("10.8.3.3", unknown, "wrong-password"));
    }
    assertThat(forKnown).isEqualTo(forUnknown).isEqualTo(forDisabled).contains("/login?error=bad");
    assertThat(forKnown.get(6)).isEqualTo("/login?error=throttled");
    // Only the right password learns that an account is disabled.
    assertThat(signIn("10.8.3.4", disabled.getUsername(), TestData.PASSWORD))
        .isEqualTo("/login?error=disabled");
  }

  @Test
  void shouldLetAnAdministratorResetAPassword() throws Exception {
    long org = data.organization(OrganizationType.SHAKYO);
    CurrentUser u = data.user(org, Role.COORDINATOR);
    CurrentUser admin = data.user(org, Role.ADMIN);
    mvc.perform(
            post("/admin/users/" + u.id() + "/password")
                .with(user(admin))
                .with(csrf())
                .param("password", "new-password-123"))
        .andExpect(status().is3xxRedirection());
    assertThat(signIn("10.8.4.1", u.getUsername(), "new-password-123")).isEqualTo("/");
  }

  @Test
  void shouldAnswerATokenOverItsRateWithATooManyRequestsProblem() throws Exception {
    CurrentUser u = data.user(data.organization(OrganizationType.SHAKYO), Role.COORDINATOR);
    ApiTokens.IssuedToken t = tokens.issue(u.id(), "busy", Duration.ofDays(1));
    ApiTokens.IssuedToken other = tokens.issue(u.id(), "quiet", Duration.ofDays(1));
    // The bucket refills evenly while the loop runs, so the refusal comes a little after the limit.
    int allowed = 0;
    MvcResult refused = null;
    while (refused == null && allowed <= 2 * requestsPerMinute) {
      MvcResult r =
          mvc.perform(
                  get("/api/v1/persons")
                      .header("Authorization", "Bearer " + t.token())
                      .header("Accept-Language", "ja"))
              .andReturn();
      if (r.getResponse().getStatus() == 429) {
        refused = r;
      } else {
        allowed++;
      }
    }
    assertThat(allowed).isBetween(requestsPerMinute, 2 * requestsPerMinute);
    assertThat(refused.getResponse().getContentType()).startsWith("application/problem+json");
    assertThat(Long.parseLong(refused.getResponse().getHeader("Retry-After"))).isBetween(1L, 60L);
    Map<?, ?> problem = json.readValue(refused.getResponse().getContentAsString(), Map.class);
    assertThat(problem.get("status")).isEqualTo(429);
    assertThat((String) problem.get("title")).contains("リクエストが多すぎます");
    mvc.perform(get("/api/v1/persons").header("Authorization", "Bearer " + other.token()))
        .andExpect(status().isOk());
  }

  @Test
  void shouldNotLetCoordinatorsManageUsers() throws Exception {
    CurrentUser u = data.user(data.organization(OrganizationType.SHAKYO), Role.COORDINATOR);
    mvc.perform(get("/admin/users").with(user(u))).andExpect(status().isForbidden());
  }

  @Test
  void shouldActWithTokenOwnersRightsUntilRevoked() throws Exception {
    CurrentUser u = data.user(data.organization(OrganizationType.SHAKYO), Role.COORDINATOR);
    ApiTokens.IssuedToken t = tokens.issue(u.id(), "test", Duration.ofDays(1));
    assertThat(
            data.count(
                "platform.api_token WHERE token_hash = sha256(convert_to('"
                    + t.token()
                    + "', 'UTF8'))"))
        .isEqualTo(1);
    mvc.perform(
            post("/api/v1/persons/search")
                .header("Authorization", "Bearer " + t.token())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"query\":\"やまだ\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.page").value(0));
    tokens.revoke(u.id(), t.id());
    mvc.perform(
            post("/api/v1/persons/search")
                .header("Authorization", "Bearer " + t.token())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"query\":\"やまだ\"}"))
        .andExpect(status().isUnauthorized())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
  }

  @Test
  void shouldRejectUnknownTokenAndAnonymousApiCallsAsProblems() throws Exception {
    mvc.perform(get("/api/v1/persons").header("Authorization", "Bearer tsu_nope"))
        .andExpect(status().isUnauthorized())
        .andExpect(jsonPath("$.status").value(401));
    mvc.perform(get("/api/v1/persons")).andExpect(status().isUnauthorized());
    mvc.perform(get("/persons"))
        .andExpect(status().is3xxRedirection())
        .andExpect(header().string("Location", containsString("/login")));
  }

  @Test
  void shouldServeTheOpenApiDocument() throws Exception {
    mvc.perform(get("/v3/api-docs"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.openapi").value(org.hamcrest.Matchers.startsWith("3.1")))
        .andExpect(jsonPath("$.paths['/api/v1/persons/search']").exists())
        .andExpect(jsonPath("$.paths['/api/v1/imports/persons']").exists());
  }

  @Test
  void shouldNeverShowAStackTrace() throws Exception {
    CurrentUser u = data.user(data.organization(OrganizationType.SHAKYO), Role.COORDINATOR);
    mvc.perform(get("/persons/not-a-number").with(user(u)))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("リクエストの形式が正しくありません")))
        .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Exception"))));
  }
}
