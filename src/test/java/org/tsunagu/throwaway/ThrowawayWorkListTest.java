package org.tsunagu.throwaway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.tsunagu.people.OrganizationType;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.Role;
import org.tsunagu.platform.worklist.HomeActions;
import org.tsunagu.platform.worklist.WorkFilter;
import org.tsunagu.platform.worklist.WorkKind;
import org.tsunagu.platform.worklist.WorkList;
import org.tsunagu.support.IntegrationTest;
import org.tsunagu.support.TestData;

/**
 * A module the platform has never heard of adds a work-list section and a home action by declaring
 * two beans, with no platform file changed: they appear on the work list (page and API, counted by
 * kind) and as a large button on a field role's home.
 */
@IntegrationTest
class ThrowawayWorkListTest {

  @Autowired TestData data;
  @Autowired WorkList workList;
  @Autowired HomeActions homeActions;
  @Autowired MockMvc mvc;

  @Test
  void itsSectionAppearsOnTheWorkListCountedByKind() throws Exception {
    long org = data.organization(OrganizationType.OTHER);
    ThrowawayWorkItems.enrol(org);
    CurrentUser coordinator = data.user(org, Role.COORDINATOR);

    var list =
        workList.listFor(
            coordinator, new WorkFilter(WorkFilter.Scope.ORGANIZATION, null, null, null));
    assertThat(list.groups())
        .first()
        .extracting(g -> g.section().id())
        .isEqualTo("throwaway.chores");
    assertThat(list.counts().get(WorkKind.NEW)).isEqualTo(1);
    assertThat(list.counts().get(WorkKind.REVIEW)).isEqualTo(1);

    mvc.perform(get("/api/v1/worklist").param("kind", "review").with(user(coordinator)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.sections[0].id").value("throwaway.chores"))
        .andExpect(jsonPath("$.sections[0].items.length()").value(1))
        .andExpect(jsonPath("$.sections[0].items[0].href").value("/throwaway/chores/2"));
    mvc.perform(get("/").with(user(coordinator)))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    Matchers.allOf(
                        Matchers.containsString("id=\"ws-throwaway.chores\""),
                        Matchers.containsString("href=\"/throwaway/chores/1\""),
                        Matchers.containsString("3日前"))));
  }

  @Test
  void itsHomeActionIsALargeButtonOnlyForWhomItIsMeant() throws Exception {
    long org = data.organization(OrganizationType.OTHER);
    ThrowawayWorkItems.enrol(org);
    CurrentUser member = data.user(org, Role.MEMBER);
    CurrentUser elsewhere = data.user(data.organization(OrganizationType.OTHER), Role.MEMBER);

    assertThat(homeActions.forUser(member))
        .extracting(a -> a.path())
        .containsExactly("/throwaway/chores");
    assertThat(homeActions.forUser(elsewhere)).isEmpty();
    mvc.perform(get("/").with(user(member)))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    Matchers.containsString(
                        "class=\"button primary big\" href=\"/throwaway/chores\"")));
  }
}
