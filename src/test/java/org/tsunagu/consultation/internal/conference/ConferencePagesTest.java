package org.tsunagu.consultation.internal.conference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesRegex;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Set;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tsunagu.consultation.internal.casework.CaseAccess;
import org.tsunagu.people.OrganizationType;
import org.tsunagu.people.PeopleApi;
import org.tsunagu.people.SupportDomain;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.Role;
import org.tsunagu.support.ConsultationData;
import org.tsunagu.support.IntegrationTest;
import org.tsunagu.support.TestData;

@IntegrationTest
class ConferencePagesTest {

  @Autowired MockMvc mvc;
  @Autowired TestData data;
  @Autowired ConsultationData consultation;
  @Autowired PeopleApi people;
  @Autowired JdbcClient jdbc;

  long shakyo;
  long centre;
  CurrentUser coordinator;
  CurrentUser centreWorker;
  CurrentUser outsider;
  long personId;
  long caseId;
  String caseReference;

  @BeforeEach
  void setUp() {
    shakyo = data.organization(OrganizationType.SHAKYO);
    centre = data.organization(OrganizationType.COMMUNITY_CARE_CENTER);
    coordinator = data.user(shakyo, Role.COORDINATOR);
    centreWorker = data.user(centre, Role.AGENCY_WORKER);
    outsider = data.user(data.organization(OrganizationType.NPO), Role.COORDINATOR);
    personId = data.register(coordinator, TestData.person("会議", "和子", "かいぎ", "かずこ", "1941-03-03"));
    caseId = consultation.openCase(coordinator, personId, Set.of(SupportDomain.ELDERLY_CARE));
    caseReference =
        jdbc.sql("SELECT reference FROM consultation.support_case WHERE id = ?")
            .param(caseId)
            .query(String.class)
            .single();
  }

  private MockHttpServletRequestBuilder conveneForm(String kind, String title) {
    LocalDate day = TestData.today().plusDays(7);
    return post("/conferences")
        .with(user(coordinator))
        .with(csrf())
        .param("kind", kind)
        .param("title", title)
        .param("heldYear", String.valueOf(day.getYear()))
        .param("heldMonth", String.valueOf(day.getMonthValue()))
        .param("heldDay", String.valueOf(day.getDayOfMonth()))
        .param("place", "市役所 会議室3")
        .param("caseIds", String.valueOf(caseId))
        .param("participants[0].organizationId", String.valueOf(centre))
        .param("participants[0].name", "包括 太郎")
        .param("participants[1].organizationId", "")
        .param("participants[1].name", "");
  }

  private long convene(String kind, String title) throws Exception {
    String location =
        mvc.perform(conveneForm(kind, title))
            .andExpect(status().is3xxRedirection())
            .andExpect(flash().attribute("notice", "conference.convened"))
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    assertThat(location).matches("/conferences/\\d+");
    return Long.parseLong(location.substring("/conferences/".length()));
  }

  /** The page has the input of this id, checked. */
  private static Matcher<String> checked(String inputId) {
    return matchesRegex("(?s).*<input [^>]*id=\"" + inputId + "\"[^>]*checked=\"checked\".*");
  }

  private long participantOf(long conferenceId, long organizationId) {
    return jdbc.sql(
            "SELECT id FROM consultation.conference_participant WHERE conference_id = ? AND"
                + " organization_id = ?")
        .params(conferenceId, organizationId)
        .query(Long.class)
        .single();
  }

  @Test
  void shouldOfferLedCaseOnConveneFormPreselectedFromCasePage() throws Exception {
    mvc.perform(
            get("/conferences/new").param("caseId", String.valueOf(caseId)).with(user(coordinator)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(caseReference)))
        .andExpect(content().string(containsString("生活の立て直し")))
        .andExpect(content().string(checked("case-" + caseId)))
        .andExpect(content().string(containsString("社会福祉法第106条の6")))
        .andExpect(content().string(not(containsString("会議 和子"))));
  }

  @Test
  void shouldConveneSupportMeetingFromFormAndListItForConvenerAndParticipant() throws Exception {
    String title = TestData.unique("支援会議");
    long id = convene("SUPPORT_MEETING", title);

    mvc.perform(get("/conferences").with(user(coordinator)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(title)))
        .andExpect(content().string(containsString("/conferences/" + id)));
    mvc.perform(get("/conferences").with(user(centreWorker)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(title)));
    mvc.perform(get("/conferences").with(user(outsider)))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString(title))));
    mvc.perform(get("/conferences/" + id).with(user(coordinator)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("市役所 会議室3")))
        .andExpect(content().string(containsString("包括 太郎")))
        .andExpect(content().string(containsString("予定")))
        .andExpect(content().string(containsString("href=\"/cases/" + caseId + "\"")));
  }

  @Test
  void shouldLetParticipantOrganisationSeePersonOnceItAcknowledgesConfidentiality()
      throws Exception {
    long id = convene("SUPPORT_MEETING", TestData.unique("支援会議"));
    long participant = participantOf(id, centre);
    assertThat(people.visibleTo(personId, centre, CaseAccess.PURPOSE)).isFalse();

    mvc.perform(get("/conferences/" + id).with(user(centreWorker)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("社会福祉法第106条の6第5項")))
        .andExpect(content().string(containsString("守秘義務を確認しました")))
        .andExpect(content().string(containsString("未確認")))
        .andExpect(
            content()
                .string(containsString("/conference-participants/" + participant + "/acknowledge")))
        .andExpect(content().string(containsString(caseReference)))
        .andExpect(content().string(not(containsString("href=\"/cases/" + caseId + "\""))))
        .andExpect(content().string(not(containsString("生活の立て直し"))));

    mvc.perform(
            post("/conference-participants/" + participant + "/acknowledge")
                .with(user(centreWorker))
                .with(csrf()))
        .andExpect(redirectedUrl("/conferences/" + id))
        .andExpect(flash().attribute("notice", "conference.acknowledged"));

    assertThat(people.visibleTo(personId, centre, CaseAccess.PURPOSE)).isTrue();
    mvc.perform(get("/conferences/" + id).with(user(centreWorker)))
        .andExpect(content().string(containsString("確認済み")))
        .andExpect(content().string(containsString("href=\"/cases/" + caseId + "\"")))
        .andExpect(content().string(containsString("生活の立て直し")));
  }

  @Test
  void shouldRecordMinutesMarkConferenceHeldAndReportConflictKeepingText() throws Exception {
    long id = convene("MULTI_AGENCY", TestData.unique("重層的支援会議"));

    mvc.perform(
            post("/conferences/" + id + "/minutes")
                .with(user(coordinator))
                .with(csrf())
                .param("version", "0")
                .param("minutes", "包括が訪問して状況を確認する。"))
        .andExpect(redirectedUrl("/conferences/" + id))
        .andExpect(flash().attribute("notice", "conference.minutesRecorded"));
    // A participant reads the minutes only once bound by the duty of confidentiality.
    mvc.perform(get("/conferences/" + id).with(user(centreWorker)))
        .andExpect(content().string(not(containsString("包括が訪問して状況を確認する。"))))
        .andExpect(content().string(containsString("守秘義務を確認した後に表示されます")));
    mvc.perform(
            post("/conference-participants/" + participantOf(id, centre) + "/acknowledge")
                .with(user(centreWorker))
                .with(csrf()))
        .andExpect(redirectedUrl("/conferences/" + id));
    mvc.perform(get("/conferences/" + id).with(user(centreWorker)))
        .andExpect(content().string(containsString("包括が訪問して状況を確認する。")))
        .andExpect(content().string(containsString("開催済み")));

    mvc.perform(
            post("/conferences/" + id + "/minutes")
                .with(user(coordinator))
                .with(csrf())
                .param("version", "0")
                .param("minutes", "古い版に書き足した議事録"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("他の人が先に更新しました")))
        .andExpect(content().string(containsString("古い版に書き足した議事録")));
    assertThat(
            jdbc.sql("SELECT minutes FROM consultation.case_conference WHERE id = ?")
                .param(id)
                .query(String.class)
                .single())
        .isEqualTo("包括が訪問して状況を確認する。");
  }

  @Test
  void shouldTurnDecisionWithActionIntoPlanActionOnTheCase() throws Exception {
    long id = convene("SUPPORT_MEETING", TestData.unique("支援会議"));
    LocalDate due = TestData.today().plusDays(14);

    mvc.perform(
            post("/conferences/" + id + "/decisions")
                .with(user(coordinator))
                .with(csrf())
                .param("caseId", String.valueOf(caseId))
                .param("text", "包括が2週間以内に訪問する")
                .param("description", "自宅を訪問して生活の様子を確認する")
                .param("responsibleOrgId", String.valueOf(centre))
                .param("dueYear", String.valueOf(due.getYear()))
                .param("dueMonth", String.valueOf(due.getMonthValue()))
                .param("dueDay", String.valueOf(due.getDayOfMonth())))
        .andExpect(redirectedUrl("/conferences/" + id))
        .andExpect(flash().attribute("notice", "conference.decided"));

    assertThat(
            data.count(
                "consultation.plan_action WHERE case_id = "
                    + caseId
                    + " AND conference_id = "
                    + id
                    + " AND responsible_org_id = "
                    + centre
                    + " AND due_on = '"
                    + due
                    + "' AND description = '自宅を訪問して生活の様子を確認する'"))
        .isEqualTo(1);
    assertThat(
            data.count(
                "consultation.conference_decision WHERE conference_id = "
                    + id
                    + " AND plan_action_id IS NOT NULL"))
        .isEqualTo(1);
    mvc.perform(get("/conferences/" + id).with(user(coordinator)))
        .andExpect(content().string(containsString("包括が2週間以内に訪問する")))
        .andExpect(content().string(containsString("取り組みに登録済み")));
  }

  @Test
  void shouldRecordDecisionWithoutActionWhenActionFieldsAreLeftEmpty() throws Exception {
    long id = convene("MULTI_AGENCY", TestData.unique("重層的支援会議"));

    mvc.perform(
            post("/conferences/" + id + "/decisions")
                .with(user(coordinator))
                .with(csrf())
                .param("caseId", String.valueOf(caseId))
                .param("text", "次回の会議で経過を確認する")
                .param("description", "")
                .param("responsibleOrgId", "")
                .param("dueYear", ""))
        .andExpect(redirectedUrl("/conferences/" + id));

    assertThat(
            data.count(
                "consultation.conference_decision WHERE conference_id = "
                    + id
                    + " AND plan_action_id IS NULL"))
        .isEqualTo(1);
  }

  @Test
  void shouldTieIncompleteActionErrorsToTheirFieldsAndKeepTheDecision() throws Exception {
    long id = convene("SUPPORT_MEETING", TestData.unique("支援会議"));

    mvc.perform(
            post("/conferences/" + id + "/decisions")
                .with(user(coordinator))
                .with(csrf())
                .param("caseId", String.valueOf(caseId))
                .param("text", "期限を決めて訪問する")
                .param("description", "訪問する")
                .param("dueYear", "2026")
                .param("dueMonth", "2")
                .param("dueDay", "30"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("存在しない日付です")))
        .andExpect(content().string(containsString("id=\"responsibleOrgId-error\"")))
        .andExpect(content().string(containsString("期限を決めて訪問する")))
        .andExpect(content().string(containsString("value=\"訪問する\"")));
    assertThat(data.count("consultation.conference_decision WHERE conference_id = " + id)).isZero();
  }

  @Test
  void shouldKeepWhatWasTypedAndTieErrorsToFieldsWhenConveningFails() throws Exception {
    long before = data.count("consultation.case_conference");

    mvc.perform(
            post("/conferences")
                .with(user(coordinator))
                .with(csrf())
                .param("kind", "SUPPORT_MEETING")
                .param("title", "入力を保つ会議")
                .param("heldYear", "2026")
                .param("heldMonth", "2")
                .param("heldDay", "30")
                .param("place", "社協2階")
                .param("participants[0].organizationId", "")
                .param("participants[0].name", "名前だけの参加者"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("入力内容に誤りがあります")))
        .andExpect(content().string(containsString("value=\"入力を保つ会議\"")))
        .andExpect(content().string(containsString("value=\"社協2階\"")))
        .andExpect(content().string(containsString("value=\"名前だけの参加者\"")))
        .andExpect(content().string(containsString("name=\"heldDay\" value=\"30\"")))
        .andExpect(content().string(containsString("存在しない日付です")))
        .andExpect(content().string(containsString("id=\"caseIds-error\"")))
        .andExpect(content().string(containsString("id=\"participants-error\"")))
        .andExpect(content().string(containsString("aria-invalid=\"true\"")))
        .andExpect(content().string(checked("kind-SUPPORT_MEETING")));
    assertThat(data.count("consultation.case_conference")).isEqualTo(before);
  }

  @Test
  void shouldAnswerNotFoundToOrganisationNotTakingPart() throws Exception {
    long id = convene("SUPPORT_MEETING", TestData.unique("支援会議"));

    mvc.perform(get("/conferences/" + id).with(user(outsider))).andExpect(status().isNotFound());
    mvc.perform(
            post("/conference-participants/" + participantOf(id, centre) + "/acknowledge")
                .with(user(outsider))
                .with(csrf()))
        .andExpect(status().isNotFound());
    assertThat(people.visibleTo(personId, centre, CaseAccess.PURPOSE)).isFalse();
  }

  @Test
  void shouldShowMinutesAndDecisionFormsOnlyToConvener() throws Exception {
    long id = convene("SUPPORT_MEETING", TestData.unique("支援会議"));

    mvc.perform(get("/conferences/" + id).with(user(centreWorker)))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("id=\"decision-form\""))))
        .andExpect(content().string(not(containsString("name=\"minutes\""))));
    mvc.perform(
            post("/conferences/" + id + "/minutes")
                .with(user(centreWorker))
                .with(csrf())
                .param("version", "0")
                .param("minutes", "参加者が書いた議事録"))
        .andExpect(status().isForbidden())
        .andExpect(content().string(containsString("招集した機関だけ")));
    mvc.perform(get("/conferences/" + id).with(user(coordinator)))
        .andExpect(content().string(containsString("id=\"decision-form\"")))
        .andExpect(content().string(containsString("name=\"minutes\"")));
  }

  @Test
  void shouldForbidConferenceScreensWithoutConferencePermission() throws Exception {
    CurrentUser host = data.user(shakyo, Role.SALON_HOST);
    mvc.perform(get("/conferences").with(user(host))).andExpect(status().isForbidden());
    mvc.perform(get("/conferences/new").with(user(host))).andExpect(status().isForbidden());
  }
}
