package org.tsunagu.throwaway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.tsunagu.people.OrganizationType;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.Role;
import org.tsunagu.platform.security.RolePermissions;
import org.tsunagu.support.IntegrationTest;
import org.tsunagu.support.TestData;

/**
 * A module that exists only in the test sources plugs in with no platform file naming it: its
 * permission reaches the role it grants (and the administrator), its header link and numbers page
 * appear for that role only, its messages are found, and its write refuses everyone else.
 */
@IntegrationTest
@ActiveProfiles("throwaway")
class ThrowawayModuleTest {

  @Autowired MockMvc mvc;
  @Autowired TestData data;
  @Autowired RolePermissions permissions;
  @Autowired MessageSource messages;

  CurrentUser watcher;
  CurrentUser coordinator;

  @BeforeEach
  void setUp() {
    long org = data.organization(OrganizationType.SHAKYO);
    watcher = data.user(org, Role.WATCHER);
    coordinator = data.user(org, Role.COORDINATOR);
  }

  @Test
  void shouldGrantItsPermissionToTheRoleItNamesAndTheAdministratorOnly() {
    for (Role role : Role.values()) {
      assertThat(permissions.of(role).contains(ThrowawayPermissions.THROWAWAY_USE))
          .as(role.name())
          .isEqualTo(role == Role.WATCHER || role == Role.ADMIN);
    }
    assertThat(watcher.may(ThrowawayPermissions.THROWAWAY_USE)).isTrue();
    assertThat(coordinator.may(ThrowawayPermissions.THROWAWAY_USE)).isFalse();
  }

  @Test
  void shouldShowItsHeaderLinkToTheGrantedRoleOnly() throws Exception {
    mvc.perform(get("/").with(user(watcher)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("href=\"/throwaway/numbers\">お試し</a>")));
    mvc.perform(get("/").with(user(coordinator)))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("/throwaway/"))));
  }

  @Test
  void shouldListItsNumbersPageForTheGrantedRoleOnly() throws Exception {
    mvc.perform(get("/numbers").with(user(watcher)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("href=\"/throwaway/numbers\"")))
        .andExpect(content().string(containsString("お試しの実績")))
        .andExpect(content().string(not(containsString("/consultation/numbers"))));
    mvc.perform(get("/numbers").with(user(coordinator)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("/consultation/numbers")))
        .andExpect(content().string(not(containsString("/throwaway/numbers"))));
  }

  @Test
  void shouldFindItsMessagesInBothLanguages() {
    assertThat(messages.getMessage("throwaway.nav", null, Locale.JAPANESE)).isEqualTo("お試し");
    assertThat(messages.getMessage("throwaway.nav", null, Locale.ENGLISH)).isEqualTo("Try-out");
  }

  @Test
  void shouldLetOnlyTheHoldersOfItsPermissionWrite() throws Exception {
    mvc.perform(post("/api/v1/throwaway/pings").with(user(watcher)).with(csrf()))
        .andExpect(status().isNoContent());
    mvc.perform(post("/api/v1/throwaway/pings").with(user(coordinator)).with(csrf()))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/api/v1/throwaway/pings")
                .with(user(data.user(data.organization(OrganizationType.NPO), Role.SALON_HOST)))
                .with(csrf()))
        .andExpect(status().isForbidden());
  }
}
