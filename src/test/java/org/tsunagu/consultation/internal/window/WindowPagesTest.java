package org.tsunagu.consultation.internal.window;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tsunagu.people.OrganizationType;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.Role;
import org.tsunagu.support.IntegrationTest;
import org.tsunagu.support.TestData;

@IntegrationTest
class WindowPagesTest {

  @Autowired MockMvc mvc;
  @Autowired TestData data;
  @Autowired JdbcClient jdbc;

  long shakyo;
  long salonGroup;
  CurrentUser coordinator;

  @BeforeEach
  void setUp() {
    shakyo = data.organization(OrganizationType.SHAKYO);
    salonGroup = data.organization(OrganizationType.VOLUNTEER_GROUP);
    coordinator = data.user(shakyo, Role.COORDINATOR);
  }

  private MockHttpServletRequestBuilder windowForm(
      CurrentUser as, String name, long runBy, long receiving) {
    return windowForm(as, name, "SALON", runBy, receiving, "");
  }

  private MockHttpServletRequestBuilder windowForm(
      CurrentUser as, String name, String kind, long runBy, long receiving, String areaId) {
    return post("/windows")
        .with(user(as))
        .with(csrf())
        .param("name", name)
        .param("kind", kind)
        .param("organizationId", String.valueOf(runBy))
        .param("receivingOrgId", String.valueOf(receiving))
        .param("areaId", areaId)
        .param("place", "本町公民館");
  }

  private long windowNamed(String name) {
    return jdbc.sql("SELECT id FROM consultation.consultation_window WHERE name = ?")
        .param(name)
        .query(Long.class)
        .single();
  }

  @Test
  void shouldCreateSalonWindowAndListItWithTheCommunityWindowFlag() throws Exception {
    String name = TestData.unique("ふれあいサロン");
    long town = data.town("窓口テスト町");

    mvc.perform(windowForm(coordinator, name, "SALON", salonGroup, shakyo, String.valueOf(town)))
        .andExpect(redirectedUrl("/windows"))
        .andExpect(flash().attribute("notice", "window.created"));

    mvc.perform(get("/windows").with(user(coordinator)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(name)))
        .andExpect(content().string(containsString("地域の福祉相談窓口")))
        .andExpect(content().string(containsString("テスト市 › 窓口テスト町")))
        .andExpect(content().string(containsString("本町公民館")))
        .andExpect(content().string(containsString("受付中")));
  }

  @Test
  void shouldStopAndResumeWindowAndRenderOnlyTheTableForHtmx() throws Exception {
    String name = TestData.unique("電話相談");
    mvc.perform(windowForm(coordinator, name, "PHONE", shakyo, shakyo, ""))
        .andExpect(redirectedUrl("/windows"));
    long id = windowNamed(name);

    mvc.perform(
            post("/windows/" + id + "/active")
                .with(user(coordinator))
                .with(csrf())
                .param("active", "false"))
        .andExpect(redirectedUrl("/windows"))
        .andExpect(flash().attribute("notice", "window.deactivated"));
    assertThat(data.count("consultation.consultation_window WHERE id = " + id + " AND active"))
        .isZero();

    mvc.perform(get("/windows").with(user(coordinator)).header("HX-Request", "true"))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("<html"))))
        .andExpect(content().string(containsString("id=\"windows\"")))
        .andExpect(content().string(containsString(name)))
        .andExpect(content().string(containsString("停止中")))
        .andExpect(content().string(containsString("受付を再開する")));

    mvc.perform(
            post("/windows/" + id + "/active")
                .with(user(coordinator))
                .with(csrf())
                .param("active", "true"))
        .andExpect(redirectedUrl("/windows"))
        .andExpect(flash().attribute("notice", "window.activated"));
    assertThat(data.count("consultation.consultation_window WHERE id = " + id + " AND active"))
        .isEqualTo(1);
  }

  @Test
  void shouldRefuseCoordinatorWindowReceivingToAnotherOrganisationKeepingInput() throws Exception {
    String name = TestData.unique("よそのサロン");
    long otherShakyo = data.organization(OrganizationType.SHAKYO);

    mvc.perform(windowForm(coordinator, name, salonGroup, otherShakyo))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("つなぐ先には自分の機関を選んでください。")))
        .andExpect(content().string(containsString("id=\"receivingOrgId-error\"")))
        .andExpect(content().string(containsString("value=\"" + name + "\"")));
    assertThat(data.count("consultation.consultation_window WHERE name = '" + name + "'")).isZero();
  }

  @Test
  void shouldTieUnknownAreaErrorToAreaField() throws Exception {
    String name = TestData.unique("地区不明のサロン");
    mvc.perform(windowForm(coordinator, name, "SALON", salonGroup, shakyo, "999999999"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"areaId-error\"")))
        .andExpect(content().string(containsString("指定された地区は登録されていません。")));
  }

  @Test
  void shouldShowAdministratorEveryWindowAndCoordinatorOnlyTheirOrganisations() throws Exception {
    String name = TestData.unique("ほかの社協の窓口");
    CurrentUser otherCoordinator =
        data.user(data.organization(OrganizationType.SHAKYO), Role.COORDINATOR);
    mvc.perform(
            windowForm(
                otherCoordinator,
                name,
                otherCoordinator.organizationId(),
                otherCoordinator.organizationId()))
        .andExpect(redirectedUrl("/windows"));
    CurrentUser admin = data.user(data.organization(OrganizationType.MUNICIPALITY), Role.ADMIN);

    mvc.perform(get("/windows").with(user(admin)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(name)));
    mvc.perform(get("/windows").with(user(coordinator)))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString(name))));
  }

  @Test
  void shouldForbidWindowsToRolesThatDoNotManageThem() throws Exception {
    CurrentUser host = data.user(shakyo, Role.SALON_HOST);
    mvc.perform(get("/windows").with(user(host))).andExpect(status().isForbidden());

    String name = TestData.unique("社協の窓口");
    mvc.perform(windowForm(coordinator, name, shakyo, shakyo)).andExpect(redirectedUrl("/windows"));
    CurrentUser evaluator = data.user(shakyo, Role.EVALUATOR);
    mvc.perform(
            post("/windows/" + windowNamed(name) + "/active")
                .with(user(evaluator))
                .with(csrf())
                .param("active", "false"))
        .andExpect(status().isForbidden());
    assertThat(
            data.count(
                "consultation.consultation_window WHERE id = " + windowNamed(name) + " AND active"))
        .isEqualTo(1);
  }
}
