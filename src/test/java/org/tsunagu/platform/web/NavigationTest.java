package org.tsunagu.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.DateStyle;
import org.tsunagu.platform.security.Role;
import org.tsunagu.platform.security.TextSize;

class NavigationTest {

  private static List<String> paths(Role role) {
    CurrentUser user =
        new CurrentUser(
            1, "u", "u", 1, role, "ja", TextSize.STANDARD, DateStyle.SEIREKI, true, null);
    return Navigation.linksFor(user).stream().map(Navigation.Link::path).toList();
  }

  @Test
  void shouldShowEveryoneTheirWorkListFirstAndSettingsLast() {
    for (Role role : Role.values()) {
      assertThat(paths(role)).first().isEqualTo("/");
      assertThat(paths(role)).last().isEqualTo("/settings");
    }
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
      CurrentUser user =
          new CurrentUser(
              1, "u", "u", 1, role, "ja", TextSize.STANDARD, DateStyle.SEIREKI, true, null);
      boolean card =
          user.may(org.tsunagu.platform.security.Permission.INTAKE_RECORD)
              && !user.may(org.tsunagu.platform.security.Permission.CASE_WORK);
      assertThat(paths(role).contains("/card")).isEqualTo(card);
      assertThat(paths(role).contains("/cases"))
          .isEqualTo(user.may(org.tsunagu.platform.security.Permission.CASE_WORK));
    }
  }
}
