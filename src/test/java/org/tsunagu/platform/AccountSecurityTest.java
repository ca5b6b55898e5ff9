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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.tsunagu.people.OrganizationType;
import org.tsunagu.platform.security.ApiTokens;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.Role;
import org.tsunagu.support.IntegrationTest;
import org.tsunagu.support.TestData;

@IntegrationTest
class AccountSecurityTest {

  @Autowired MockMvc mvc;
  @Autowired TestData data;
  @Autowired ApiTokens tokens;

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

  @Test
  void shouldLockAfterFiveFailuresAndUnlockOnAdministratorReset() throws Exception {
    long org = data.organization(OrganizationType.SHAKYO);
    CurrentUser u = data.user(org, Role.COORDINATOR);
    for (int i = 0; i < 5; i++) {
      mvc.perform(
              post("/login")
                  .with(csrf())
                  .param("username", u.getUsername())
                  .param("password", "wrong-password"))
          .andExpect(redirectedUrl("/login?error=bad"));
    }
    mvc.perform(
            post("/login")
                .with(csrf())
                .param("username", u.getUsername())
                .param("password", TestData.PASSWORD))
        .andExpect(redirectedUrl("/login?error=locked"));
    mvc.perform(get("/login").param("error", "locked"))
        .andExpect(content().string(containsString("15分間ロックされています")));

    CurrentUser admin = data.user(org, Role.ADMIN);
    mvc.perform(
            post("/admin/users/" + u.id() + "/password")
                .with(user(admin))
                .with(csrf())
                .param("password", "new-password-123"))
        .andExpect(status().is3xxRedirection());
    mvc.perform(
            post("/login")
                .with(csrf())
                .param("username", u.getUsername())
                .param("password", "new-password-123"))
        .andExpect(redirectedUrl("/"));
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
