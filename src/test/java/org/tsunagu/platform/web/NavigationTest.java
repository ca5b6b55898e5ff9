package org.tsunagu.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.tsunagu.consultation.ConsultationPermissions;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.DateStyle;
import org.tsunagu.platform.security.Role;
import org.tsunagu.platform.security.RolePermissions;
import org.tsunagu.platform.security.TextSize;
import org.tsunagu.support.IntegrationTest;

/** The header gathered from every module's contributions, per role. */
@IntegrationTest
class NavigationTest {

  @Autowired Navigation navigation;
  @Autowired RolePermissions permissions;
  @Autowired MessageSource messages;

  private CurrentUser user(Role role) {
    return new CurrentUser(
        1,
        "u",
        "u",
        1,
        role,
        permissions.of(role),
        "ja",
        TextSize.STANDARD,
        DateStyle.SEIREKI,
        true,
        null);
  }

  private List<String> paths(Role role) {
    return navigation.linksFor(user(role)).stream().map(Navigation.Link::path).toList();
  }

  @Test
  void shouldShowEveryoneTheirWorkListFirstAndSettingsLast() {
    for (Role role : Role.values()) {
      assertThat(paths(role)).first().isEqualTo("/");
      assertThat(paths(role)).last().isEqualTo("/settings");
    }
  }

  @Test
  void shouldKeepTheModulesLinksInTheirOrder() {
    assertThat(paths(Role.COORDINATOR))
        .containsSubsequence(
            "/",
            "/persons",
            "/intakes",
            "/cases",
            "/referrals",
            "/conferences",
            "/windows",
            "/imports",
            "/numbers",
            "/settings");
    assertThat(paths(Role.ADMIN))
        .containsSubsequence(
            "/admin/users", "/admin/organizations", "/admin/areas", "/admin/audit", "/settings");
  }

  @Test
  void shouldShowAdministrationOnlyToAdministrators() {
    assertThat(paths(Role.ADMIN)).contains("/admin/users", "/admin/audit");
    for (Role role : Role.values()) {
      if (role != Role.ADMIN) {
        assertThat(paths(role)).doesNotContain("/admin/users");
      }
    }
  }

  @Test
  void shouldGiveTheCardToThoseWhoTakeInButWorkNoCases() {
    for (Role role : Role.values()) {
      CurrentUser user = user(role);
      boolean card =
          user.may(ConsultationPermissions.INTAKE_RECORD)
              && !user.may(ConsultationPermissions.CASE_WORK);
      assertThat(paths(role).contains("/card")).as(role.name()).isEqualTo(card);
      assertThat(paths(role).contains("/cases"))
          .isEqualTo(user.may(ConsultationPermissions.CASE_WORK));
    }
  }

  @Test
  void shouldLinkTheNumbersOnlyForThoseWhoMayReadThem() {
    assertThat(paths(Role.EVALUATOR)).containsExactly("/", "/numbers", "/settings");
    assertThat(paths(Role.SALON_HOST)).doesNotContain("/numbers");
  }

  @Test
  void shouldLabelEveryHeaderLinkInJapaneseAndEnglish() {
    for (Role role : Role.values()) {
      for (Navigation.Link link : navigation.linksFor(user(role))) {
        assertThat(messages.getMessage(link.messageKey(), null, Locale.JAPANESE)).isNotBlank();
        assertThat(messages.getMessage(link.messageKey(), null, Locale.ENGLISH)).isNotBlank();
      }
    }
  }
}
