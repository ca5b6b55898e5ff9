package org.tsunagu.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.tsunagu.consultation.internal.casework.CaseBases;
import org.tsunagu.consultation.internal.casework.PlanReviews;
import org.tsunagu.consultation.internal.casework.Plans;
import org.tsunagu.people.internal.organization.Organizations;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.support.ConsultationData;
import org.tsunagu.support.IntegrationTest;
import org.tsunagu.support.TestData;

/**
 * The case page taken in at once: a head with who, what, who leads, the review date, the open
 * referrals and the bases in force; sections as tabs chosen by {@code ?tab=}; forms closed until
 * opened; and no stored code anywhere a person reads.
 */
@IntegrationTest
class CasePageTest {

  /** Codes the application stores; none may reach the text a person reads. */
  static final Pattern RAW_CODE =
      Pattern.compile(
          "\\b[A-Z]{2,}(?:_[A-Z]+)+\\b|\\b(?:CONSENT|consent|intake|PENDING|DECLINED|ACCEPTED"
              + "|COMPLETED|SUCCESSFUL|UNSUCCESSFUL|EMERGENCY|OTHER|OPEN|DONE|SENT|OPENED)\\b");

  @Autowired TestData data;
  @Autowired ConsultationData consultation;
  @Autowired Organizations organizations;
  @Autowired CaseBases bases;
  @Autowired Plans plans;
  @Autowired PlanReviews planReviews;
  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  CaseScene scene;

  @BeforeEach
  void setUp() {
    scene = new CaseScene(data, consultation, organizations, bases, plans, planReviews);
  }

  private String page(CurrentUser as, String path) throws Exception {
    return mvc.perform(get(path).with(user(as)))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  /** What a person reads: the text between tags, attributes and scripts left out. */
  static String visibleText(String html) {
    return html.replaceAll("(?s)<script.*?</script>", " ").replaceAll("<[^>]+>", " ");
  }

  static void assertNoRawCodes(String html, String where) {
    Matcher m = RAW_CODE.matcher(visibleText(html));
    boolean found = m.find();
    assertThat(found).as(where + " shows the code " + (found ? m.group() : "")).isFalse();
  }

  @Test
  void shouldSummariseTheCaseInItsHead() throws Exception {
    String html = page(scene.coordinator, "/cases/" + scene.caseId);
    String head = html.substring(html.indexOf("case-head"), html.indexOf("id=\"tabs\""));
    assertThat(head)
        .contains(scene.family + " ハル")
        .contains("生活困窮・債務")
        .contains("主担当（機関・担当者）")
        .contains("受付")
        .contains("次の見直し日")
        .contains("進行中のつなぎ")
        .contains("回答待ち")
        .contains("有効な共有の根拠")
        .contains("本人の同意");
    // Each open referral is named in the head with its state.
    assertThat(head.split("回答待ち", -1)).hasSize(3);
  }

  @Test
  void shouldShowOneSectionAtATimeChosenByTab() throws Exception {
    String first = page(scene.coordinator, "/cases/" + scene.caseId);
    assertThat(first)
        .contains("id=\"timeline\"")
        .doesNotContain("id=\"plan\"")
        .contains("aria-current=\"page\"")
        .contains("?tab=plan#tabs")
        .contains("支援プラン（2）");
    String plan = page(scene.coordinator, "/cases/" + scene.caseId + "?tab=plan");
    assertThat(plan)
        .contains("id=\"plan\"")
        .doesNotContain("id=\"timeline\"")
        .contains("家計の状況を一緒に整理する")
        .contains("<details class=\"panel\"")
        .contains("<summary>目標を追加する</summary>");
    // An unknown tab opens the timeline rather than failing.
    assertThat(page(scene.coordinator, "/cases/" + scene.caseId + "?tab=%3Cx%3E"))
        .contains("id=\"timeline\"");
  }

  @Test
  void shouldReturnToTheTabOfTheFormAfterSaving() throws Exception {
    mvc.perform(
            post("/cases/" + scene.caseId + "/goals")
                .with(user(scene.coordinator))
                .with(csrf())
                .param("goal", "通院を続ける"))
        .andExpect(redirectedUrl("/cases/" + scene.caseId + "?tab=plan#tabs"));
    // A refused form shows its tab with the form open and the error at the field.
    String refused =
        mvc.perform(
                post("/cases/" + scene.caseId + "/goals")
                    .with(user(scene.coordinator))
                    .with(csrf())
                    .param("goal", ""))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(refused).contains("id=\"plan\"").contains("open=\"open\"");
    long action =
        jdbc.sql("SELECT id FROM consultation.plan_action WHERE case_id = ?")
            .param(scene.caseId)
            .query(Long.class)
            .single();
    mvc.perform(
            post("/plan-actions/" + action + "/status")
                .with(user(scene.coordinator))
                .with(csrf())
                .param("caseId", String.valueOf(scene.caseId))
                .param("status", "DONE"))
        .andExpect(redirectedUrl("/cases/" + scene.caseId + "?tab=plan#tabs"));
  }

  @Test
  void shouldShowNoStoredCodeOnAnyTabOrReferral() throws Exception {
    mvc.perform(
            post("/referrals/" + scene.toNpo + "/decline")
                .with(user(scene.npoWorker))
                .with(csrf())
                .param("declineReason", "NO_CAPACITY")
                .param("declineNote", "今月は受け入れられません"))
        .andExpect(redirectedUrl("/referrals/" + scene.toNpo));
    for (String tab : new String[] {"timeline", "plan", "referrals", "bases", "conferences"}) {
      String html = page(scene.coordinator, "/cases/" + scene.caseId + "?tab=" + tab);
      assertNoRawCodes(html, "tab " + tab);
    }
    String bases = page(scene.coordinator, "/cases/" + scene.caseId + "?tab=bases");
    assertThat(visibleText(bases)).contains("ケースで本人の同意を記録");
    String referrals = page(scene.coordinator, "/cases/" + scene.caseId + "?tab=referrals");
    assertThat(visibleText(referrals)).contains("受入枠がない").contains("今月は受け入れられません");
    // The basis cell names the basis, not its column's heading again.
    assertThat(referrals).contains("<td>本人の同意</td>").doesNotContain("<td>共有の根拠</td>");
    assertNoRawCodes(page(scene.coordinator, "/referrals/" + scene.toNpo), "referrer's referral");
    assertNoRawCodes(page(scene.npoWorker, "/referrals/" + scene.toNpo), "receiver's referral");
  }

  @Test
  void shouldShowNoStoredCodeOnTheConsultationLists() throws Exception {
    for (String path : new String[] {"/cases", "/referrals?box=sent", "/intakes", "/conferences"}) {
      assertNoRawCodes(page(scene.coordinator, path), path);
    }
    assertNoRawCodes(page(scene.npoWorker, "/referrals"), "received referrals");
  }
}
