package org.tsunagu.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.tsunagu.people.OrganizationType;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.DateStyle;
import org.tsunagu.platform.security.Role;
import org.tsunagu.platform.security.TextSize;
import org.tsunagu.platform.security.Users;
import org.tsunagu.support.IntegrationTest;
import org.tsunagu.support.TestData;

/**
 * A user's text size and calendar of dates: saved per user, shown on every page, refused when bad.
 */
@IntegrationTest
class DisplayPreferencesTest {

  @Autowired MockMvc mvc;
  @Autowired TestData data;
  @Autowired Users users;

  CurrentUser coordinator;
  long person;

  @BeforeEach
  void setUp() {
    coordinator = data.user(data.organization(OrganizationType.SHAKYO), Role.COORDINATOR);
    person = data.register(coordinator, TestData.person("暦", "花子", "コヨミ", "ハナコ", "1940-04-01"));
  }

  private CurrentUser reloaded() {
    return users.findById(coordinator.id()).orElseThrow();
  }

  @Test
  void shouldSaveTextSizeAndDateStyleAndShowThemOnTheNextPage() throws Exception {
    mvc.perform(
            post("/settings/preferences")
                .with(user(coordinator))
                .with(csrf())
                .param("locale", "ja")
                .param("textSize", "EXTRA_LARGE")
                .param("dateStyle", "WAREKI"))
        .andExpect(redirectedUrl("/settings"));
    CurrentUser saved = reloaded();
    assertThat(saved.textSize()).isEqualTo(TextSize.EXTRA_LARGE);
    assertThat(saved.dateStyle()).isEqualTo(DateStyle.WAREKI);

    mvc.perform(get("/settings").with(user(saved)))
        .andExpect(content().string(containsString("text-extra-large")))
        .andExpect(
            content()
                .string(
                    containsString(
                        "value=\"WAREKI\" aria-describedby=\"dateStyle-help\" checked")));
  }

  @Test
  void shouldShowDatesInTheChosenCalendarWithTheOtherBesideTheBirthDate() throws Exception {
    users.savePreferences(coordinator.id(), "ja", TextSize.STANDARD, DateStyle.SEIREKI);
    mvc.perform(get("/persons/" + person).with(user(reloaded())))
        .andExpect(content().string(containsString("1940年4月1日(月)")))
        .andExpect(content().string(containsString("（昭和15年4月1日生まれ・")))
        .andExpect(content().string(not(containsString("昭和15年4月1日(月)"))));

    users.savePreferences(coordinator.id(), "ja", TextSize.STANDARD, DateStyle.WAREKI);
    mvc.perform(get("/persons/" + person).with(user(reloaded())))
        .andExpect(content().string(containsString("昭和15年4月1日(月)")))
        .andExpect(content().string(containsString("（1940年生まれ・")))
        .andExpect(content().string(not(containsString("1940年4月1日(月)"))));
  }

  @ParameterizedTest
  @ValueSource(strings = {"HUGE", "large", " ", "1"})
  void shouldRefuseAnUnknownTextSizeWithAClearMessageAndSaveNothing(String size) throws Exception {
    mvc.perform(
            post("/settings/preferences")
                .with(user(coordinator))
                .with(csrf())
                .param("textSize", size)
                .param("dateStyle", "WAREKI"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("文字サイズは「標準」「大」「特大」から選んでください。")));
    mvc.perform(
            post("/settings/text-size").with(user(coordinator)).with(csrf()).param("size", size))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("文字サイズは「標準」「大」「特大」から選んでください。")));
    assertThat(reloaded().textSize()).isEqualTo(TextSize.STANDARD);
    assertThat(reloaded().dateStyle()).isEqualTo(DateStyle.SEIREKI);
  }

  @Test
  void shouldRefuseAnUnknownDateStyleWithAClearMessage() throws Exception {
    mvc.perform(
            post("/settings/preferences")
                .with(user(coordinator))
                .with(csrf())
                .param("textSize", "LARGE")
                .param("dateStyle", "HEISEI"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("日付の表示は「西暦」か「和暦」から選んでください。")));
    assertThat(reloaded().textSize()).isEqualTo(TextSize.STANDARD);
  }

  @Test
  void shouldReturnFromTheHeaderButtonsToThePageOnThisSiteOnly() throws Exception {
    mvc.perform(
            post("/settings/text-size")
                .with(user(coordinator))
                .with(csrf())
                .param("size", "LARGE")
                .param("back", "/persons?page=2"))
        .andExpect(redirectedUrl("/persons?page=2"));
    assertThat(reloaded().textSize()).isEqualTo(TextSize.LARGE);
    for (String elsewhere :
        new String[] {"//evil.example/x", "https://evil.example/", "/\\evil.example", "/a{b}"}) {
      mvc.perform(
              post("/settings/text-size")
                  .with(user(coordinator))
                  .with(csrf())
                  .param("size", "STANDARD")
                  .param("back", elsewhere))
          .andExpect(redirectedUrl("/"));
    }
  }

  @Test
  void shouldAskForSignInBeforeChangingTheTextSize() throws Exception {
    mvc.perform(post("/settings/text-size").with(csrf()).param("size", "LARGE"))
        .andExpect(redirectedUrl("/login"));
  }

  @Test
  void shouldOfferTheTextSizeButtonsToAMemberAndNoApiTokens() throws Exception {
    CurrentUser member = data.user(data.organization(OrganizationType.COOP), Role.MEMBER);
    mvc.perform(get("/settings").with(user(member)))
        .andExpect(content().string(containsString("action=\"/settings/text-size\"")))
        .andExpect(content().string(containsString("aria-pressed=\"true\"")))
        .andExpect(content().string(not(containsString("APIトークン"))));
    mvc.perform(get("/settings").with(user(coordinator)))
        .andExpect(content().string(not(containsString("action=\"/settings/text-size\""))))
        .andExpect(content().string(containsString("APIトークン")));
  }
}
