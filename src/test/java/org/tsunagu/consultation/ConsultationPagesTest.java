package org.tsunagu.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.tsunagu.consultation.internal.window.WindowOpening;
import org.tsunagu.people.OrganizationType;
import org.tsunagu.people.SupportDomain;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.Role;
import org.tsunagu.support.ConsultationData;
import org.tsunagu.support.IntegrationTest;
import org.tsunagu.support.TestData;

/** The consultation screens render, keep input on errors, and never leak across organisations. */
@IntegrationTest
class ConsultationPagesTest {

  @Autowired TestData data;
  @Autowired ConsultationData consultation;
  @Autowired WindowOpening windowOpening;
  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  CurrentUser coordinator;
  CurrentUser host;
  CurrentUser agency;
  long salonWindow;

  @BeforeEach
  void setUp() {
    long shakyo = data.organization(OrganizationType.SHAKYO);
    long salonGroup = data.organization(OrganizationType.VOLUNTEER_GROUP);
    coordinator = data.user(shakyo, Role.COORDINATOR);
    host = data.user(salonGroup, Role.SALON_HOST);
    agency =
        data.user(data.organization(OrganizationType.COMMUNITY_CARE_CENTER), Role.AGENCY_WORKER);
    salonWindow =
        TestData.asUser(
            coordinator,
            () ->
                windowOpening.create(
                    coordinator,
                    new WindowOpening.WindowInput(
                        TestData.unique("ふれあいサロン"), "SALON", salonGroup, shakyo, null, null)));
  }

  @Test
  void shouldTakeACardFromASalonHostOnceEvenWhenSentTwice() throws Exception {
    mvc.perform(get("/card").with(user(host)))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("孤立・ひきこもり")));
    var send =
        post("/card")
            .with(user(host))
            .with(csrf())
            .param("idempotencyKey", "card-key-" + salonWindow)
            .param("windowId", String.valueOf(salonWindow))
            .param("domains", "ISOLATION", "HOARDING")
            .param("urgency", "HIGH")
            .param("mayContact", "true")
            .param("shareAgreed", "false")
            .param("subjectDescription", "角の家の男性")
            .param("ownWords", "ごみが庭にあふれていて、最近姿を見ない");
    mvc.perform(send).andExpect(status().is3xxRedirection());
    mvc.perform(send).andExpect(status().is3xxRedirection());
    assertThat(
            jdbc.sql("SELECT count(*) FROM consultation.intake WHERE window_id = ?")
                .param(salonWindow)
                .query(Long.class)
                .single())
        .isEqualTo(1);
    mvc.perform(get("/").with(user(coordinator)))
        .andExpect(content().string(Matchers.containsString("で受付")));
    mvc.perform(get("/intakes").with(user(coordinator)))
        .andExpect(content().string(Matchers.containsString("角の家の男性")));
    // The host's organisation sees nothing of the cases; another organisation not even the intake.
    long intake =
        jdbc.sql("SELECT id FROM consultation.intake WHERE window_id = ?")
            .param(salonWindow)
            .query(Long.class)
            .single();
    mvc.perform(get("/intakes/" + intake).with(user(agency))).andExpect(status().isNotFound());
    mvc.perform(get("/intakes/" + intake).with(user(coordinator)))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("ごみが庭にあふれていて")));
    mvc.perform(
            post("/intakes/" + intake + "/case")
                .with(user(coordinator))
                .with(csrf())
                .param("title", "ため込みと孤立"))
        .andExpect(redirectedUrlPattern("/cases/*"));
  }

  @Test
  void shouldKeepWhatWasTypedWhenTheCardIsIncomplete() throws Exception {
    mvc.perform(
            post("/card")
                .with(user(host))
                .with(csrf())
                .param("windowId", String.valueOf(salonWindow))
                .param("ownWords", "息子さんのお酒のことで困っている")
                .param("urgency", "NORMAL"))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("息子さんのお酒のことで困っている")))
        .andExpect(content().string(Matchers.containsString("分野を1つ以上選んでください")));
  }

  @Test
  void shouldTranslateTheCodesOfSystemEntriesInTheTimeline() throws Exception {
    long personId =
        data.register(coordinator, TestData.person("記録", "花子", "きろく", "はなこ", "1948-02-02"));
    long caseId = consultation.openCase(coordinator, personId, Set.of(SupportDomain.ELDERLY_CARE));
    consultation.supportMeetingBasis(coordinator, caseId);
    mvc.perform(get("/cases/" + caseId).with(user(coordinator)))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("共有の根拠を記録しました（支援会議（社会福祉法第106条の6））")));
    mvc.perform(get("/cases/" + caseId).param("lang", "en").with(user(coordinator)))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    Matchers.containsString(
                        "Sharing basis recorded (Support meeting (Social Welfare Act art. 106-6))")));
  }

  @Test
  void shouldRenderCaseReferralAndListPagesForBothSides() throws Exception {
    long personId =
        data.register(coordinator, TestData.person("孤立", "一郎", "こりつ", "いちろう", "1950-01-01"));
    long caseId = consultation.openCase(coordinator, personId, Set.of(SupportDomain.ISOLATION));
    mvc.perform(get("/cases/" + caseId).with(user(coordinator)))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("孤立 一郎")))
        .andExpect(content().string(Matchers.containsString("相談受付（")));
    mvc.perform(get("/cases/" + caseId + "/referrals/new").with(user(coordinator)))
        .andExpect(status().isOk());
    mvc.perform(get("/cases").with(user(coordinator)))
        .andExpect(content().string(Matchers.containsString("生活の立て直し")));
    long referral = consultation.refer(coordinator, caseId, null, agency.organizationId()).get(0);
    mvc.perform(get("/referrals").with(user(agency)))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("高齢の方。生活費と住まいの相談。")));
    mvc.perform(get("/referrals?box=sent").with(user(coordinator))).andExpect(status().isOk());
    mvc.perform(get("/referrals/" + referral).with(user(agency)))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("個人を特定する情報は表示されません")));
    mvc.perform(get("/referrals/" + referral).with(user(coordinator))).andExpect(status().isOk());
    mvc.perform(
            post("/cases/" + caseId + "/entries")
                .with(user(coordinator))
                .with(csrf())
                .param("kind", "VISIT")
                .param("occurredAt", "2020-01-01T10:00")
                .param("summary", "自宅を訪問した"))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("ケース開始より前の日時です")))
        .andExpect(content().string(Matchers.containsString("自宅を訪問した")));
    mvc.perform(get("/cases/" + caseId + "/consent/new").with(user(coordinator)))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("同意の範囲（機関の種類）")));
    mvc.perform(
            get("/cases/" + caseId + "/actions/new")
                .with(user(coordinator))
                .header("HX-Request", "true"))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.not(Matchers.containsString("<html"))));
    mvc.perform(
            post("/cases/" + caseId + "/actions")
                .with(user(coordinator))
                .with(csrf())
                .param("description", "週1回の訪問")
                .param("responsibleOrgId", String.valueOf(coordinator.organizationId())))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("週1回の訪問")))
        .andExpect(content().string(Matchers.containsString("入力してください")));
    mvc.perform(get("/cases/" + caseId + "/consent/new").with(user(agency)))
        .andExpect(status().isNotFound());
    mvc.perform(get("/cases/" + caseId).with(user(agency))).andExpect(status().isNotFound());
    mvc.perform(get("/").with(user(agency)))
        .andExpect(content().string(Matchers.containsString("届いたつなぎ")));
  }
}
