package org.tsunagu.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.tsunagu.consultation.internal.referral.ReferralAnswers;
import org.tsunagu.consultation.internal.referral.ReferralSending;
import org.tsunagu.consultation.internal.referral.ReferrerFollowUp;
import org.tsunagu.people.OrganizationType;
import org.tsunagu.people.PeopleApi;
import org.tsunagu.people.SupportDomain;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.Role;
import org.tsunagu.platform.web.UserFacingException;
import org.tsunagu.support.ConsultationData;
import org.tsunagu.support.IntegrationTest;
import org.tsunagu.support.TestData;

/** The closed loop: send, read, answer, work, complete; only on a basis is anything shared. */
@IntegrationTest
class ReferralLoopTest {

  @Autowired TestData data;
  @Autowired ConsultationData consultation;
  @Autowired MockMvc mvc;
  @Autowired PeopleApi people;
  @Autowired ReferralSending sending;
  @Autowired ReferralAnswers answers;
  @Autowired ReferrerFollowUp followUp;
  @Autowired JdbcClient jdbc;

  CurrentUser coordinator;
  CurrentUser agencyA;
  CurrentUser agencyA2;
  CurrentUser agencyB;
  long orgA;
  long orgB;
  long personId;
  long caseId;

  @BeforeEach
  void setUp() {
    coordinator = data.user(data.organization(OrganizationType.SHAKYO), Role.COORDINATOR);
    orgA = data.organization(OrganizationType.COMMUNITY_CARE_CENTER);
    orgB = data.organization(OrganizationType.SELF_RELIANCE_SUPPORT);
    agencyA = data.user(orgA, Role.AGENCY_WORKER);
    agencyA2 = data.user(orgA, Role.AGENCY_WORKER);
    agencyB = data.user(orgB, Role.AGENCY_WORKER);
    personId = data.register(coordinator, TestData.person("借入", "正男", "かりいれ", "まさお", "1968-05-05"));
    caseId = consultation.openCase(coordinator, personId, Set.of(SupportDomain.POVERTY_DEBT));
  }

  private String stateOf(long referralId) {
    return jdbc.sql("SELECT status FROM consultation.referral WHERE id = ?")
        .param(referralId)
        .query(String.class)
        .single();
  }

  private long events(long referralId) {
    return jdbc.sql("SELECT count(*) FROM consultation.referral_event WHERE referral_id = ?")
        .param(referralId)
        .query(Long.class)
        .single();
  }

  @Test
  void shouldReferToTwoAtOnceThenDeclineReturnsToReferrerAndTheOtherCompletes() throws Exception {
    String body =
        "{\"toOrganizationIds\":["
            + orgA
            + ","
            + orgB
            + "],\"summary\":\"60代男性。借金を繰り返している。\",\"details\":\"詳しい事情：家賃を3か月滞納\","
            + "\"domains\":[\"POVERTY_DEBT\"],"
            + "\"urgency\":\"HIGH\"}";
    String ids =
        mvc.perform(
                post("/api/v1/cases/" + caseId + "/referrals")
                    .with(user(coordinator))
                    .with(csrf())
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(body))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    long toA = Long.parseLong(ids.replaceAll(".*\\[(\\d+),(\\d+)].*", "$1"));
    long toB = Long.parseLong(ids.replaceAll(".*\\[(\\d+),(\\d+)].*", "$2"));

    // Nobody has to phone to ask: the referrer sees when the receiver first opened it (既読).
    mvc.perform(get("/api/v1/referrals/" + toA).with(user(coordinator)))
        .andExpect(jsonPath("$.firstOpenedAt").doesNotExist());
    mvc.perform(get("/api/v1/referrals/" + toA).with(user(agencyA)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.person").doesNotExist())
        .andExpect(jsonPath("$.details").doesNotExist())
        .andExpect(jsonPath("$.summary").value("60代男性。借金を繰り返している。"));
    mvc.perform(get("/api/v1/referrals/" + toA).with(user(coordinator)))
        .andExpect(jsonPath("$.firstOpenedAt").exists())
        .andExpect(jsonPath("$.events[1].kind").value("OPENED"));

    mvc.perform(
            post("/api/v1/referrals/" + toA + "/decline")
                .with(user(agencyA))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\":\"OUT_OF_AREA\",\"note\":\"担当地区外のため\"}"))
        .andExpect(status().isOk());
    // Declined never means nowhere: it is on the referrer's work list, with new suggestions.
    mvc.perform(get("/api/v1/worklist").with(user(coordinator)))
        .andExpect(content().string(Matchers.containsString("が辞退しました")));
    mvc.perform(get("/api/v1/cases/" + caseId + "/referral-suggestions").with(user(coordinator)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[*].organization.id", Matchers.not(Matchers.hasItem((int) orgA))));

    long basis = consultation.supportMeetingBasis(coordinator, caseId);
    mvc.perform(
            post("/api/v1/referrals/" + toB + "/basis")
                .with(user(coordinator))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"basisId\":" + basis + "}"))
        .andExpect(status().isOk());
    mvc.perform(get("/api/v1/referrals/" + toB).with(user(agencyB)))
        .andExpect(jsonPath("$.person.familyName").value("借入"))
        .andExpect(jsonPath("$.details").value("詳しい事情：家賃を3か月滞納"));

    for (String step : new String[] {"accept", "start"}) {
      mvc.perform(post("/api/v1/referrals/" + toB + "/" + step).with(user(agencyB)).with(csrf()))
          .andExpect(status().isOk());
    }
    mvc.perform(
            post("/api/v1/referrals/" + toB + "/complete")
                .with(user(agencyB))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"outcome\":\"SUCCESSFUL\",\"note\":\"家計改善支援につないだ\"}"))
        .andExpect(status().isOk());
    mvc.perform(get("/api/v1/referrals/" + toB).with(user(coordinator)))
        .andExpect(jsonPath("$.status").value("COMPLETED"))
        .andExpect(jsonPath("$.outcome").value("SUCCESSFUL"))
        .andExpect(
            jsonPath("$.events[*].kind")
                .value(
                    Matchers.contains(
                        "SENT", "BASIS_ADDED", "OPENED", "ACCEPTED", "STARTED", "COMPLETED")));
    int version =
        jdbc.sql("SELECT version FROM consultation.support_case WHERE id = ?")
            .param(caseId)
            .query(Integer.class)
            .single();
    mvc.perform(
            post("/api/v1/cases/" + caseId + "/close")
                .with(user(coordinator))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\":" + version + ",\"reason\":\"RESOLVED\"}"))
        .andExpect(status().isOk());
    mvc.perform(get("/api/v1/cases/" + caseId).with(user(coordinator)))
        .andExpect(jsonPath("$.supportCase.status").value("CLOSED"));
  }

  @Test
  void shouldShareOnlyOnABasisAndAuditEveryView() throws Exception {
    long referral = consultation.refer(coordinator, caseId, null, orgB).get(0);

    mvc.perform(get("/referrals/" + referral).with(user(agencyB)))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.not(Matchers.containsString("借入"))))
        .andExpect(content().string(Matchers.not(Matchers.containsString("家賃を3か月滞納"))));
    mvc.perform(get("/api/v1/referrals/" + referral).with(user(agencyB)))
        .andExpect(jsonPath("$.person").doesNotExist());
    mvc.perform(get("/cases/" + caseId).with(user(agencyB))).andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/cases/" + caseId).with(user(agencyB)))
        .andExpect(status().isNotFound());
    mvc.perform(get("/persons/" + personId).with(user(agencyB))).andExpect(status().isNotFound());
    assertThat(data.auditCount("READ_REDACTED", "referral", referral)).isEqualTo(2);

    TestData.asUser(
        agencyB,
        () -> {
          answers.accept(agencyB, referral);
          return null;
        });
    // Accepted without a basis: still nothing identifying, and the agency does not serve them.
    assertThat(people.visibleTo(personId, orgB, "CONSULTATION")).isFalse();

    long basis = consultation.supportMeetingBasis(coordinator, caseId);
    TestData.asUser(
        coordinator,
        () -> {
          followUp.attachBasis(coordinator, referral, basis);
          return null;
        });
    assertThat(people.visibleTo(personId, orgB, "CONSULTATION")).isTrue();
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM people.relationship WHERE person_id = ? AND"
                        + " organization_id = ? AND kind = 'REFERRAL' AND ended_at IS NULL")
                .params(personId, orgB)
                .query(Long.class)
                .single())
        .isEqualTo(1);
    mvc.perform(get("/referrals/" + referral).with(user(agencyB)))
        .andExpect(content().string(Matchers.containsString("借入")));
    mvc.perform(get("/cases/" + caseId).with(user(agencyB))).andExpect(status().isOk());
    assertThat(data.auditCount("READ", "referral", referral)).isEqualTo(1);
    assertThat(data.auditCount("READ", "support_case", caseId)).isEqualTo(1);
  }

  @Test
  void shouldRefuseInvalidTransitionsAndChangeNothing() throws Exception {
    long referral = consultation.refer(coordinator, caseId, null, orgA).get(0);
    mvc.perform(
            post("/api/v1/referrals/" + referral + "/complete")
                .with(user(agencyA))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"outcome\":\"SUCCESSFUL\"}"))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.title").value("「回答待ち」のつなぎは完了できません。"));
    assertThat(stateOf(referral)).isEqualTo("PENDING");

    mvc.perform(
            post("/api/v1/referrals/" + referral + "/withdraw")
                .with(user(coordinator))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\":\"本人が転居\"}"))
        .andExpect(status().isOk());
    long before = events(referral);
    mvc.perform(post("/api/v1/referrals/" + referral + "/accept").with(user(agencyA)).with(csrf()))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.title").value("「取り下げ」のつなぎは受理できません。"));
    assertThat(stateOf(referral)).isEqualTo("WITHDRAWN");
    assertThat(events(referral)).isEqualTo(before);

    // The receiver cannot withdraw; the referrer cannot accept.
    long second = consultation.refer(coordinator, caseId, null, orgA).get(0);
    mvc.perform(
            post("/api/v1/referrals/" + second + "/accept").with(user(coordinator)).with(csrf()))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/api/v1/referrals/" + second + "/decline")
                .with(user(agencyA))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"note\":\"理由を選ばずに\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("declineReason"));
    assertThat(stateOf(second)).isEqualTo("PENDING");
  }

  @Test
  void shouldEndWithOneAnswerWhenTwoWorkersAnswerAtOnce() throws Exception {
    long referral = consultation.refer(coordinator, caseId, null, orgA).get(0);
    CyclicBarrier together = new CyclicBarrier(2);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Callable<String> accept =
          () ->
              TestData.asUser(
                  agencyA,
                  () -> {
                    await(together);
                    try {
                      answers.accept(agencyA, referral);
                      return "ok";
                    } catch (UserFacingException e) {
                      return e.messageKey();
                    }
                  });
      Callable<String> decline =
          () ->
              TestData.asUser(
                  agencyA2,
                  () -> {
                    await(together);
                    try {
                      answers.decline(agencyA2, referral, DeclineReason.NO_CAPACITY, null);
                      return "ok";
                    } catch (UserFacingException e) {
                      return e.messageKey();
                    }
                  });
      Future<String> a = pool.submit(accept);
      Future<String> b = pool.submit(decline);
      assertThat(java.util.List.of(a.get(), b.get()))
          .containsExactlyInAnyOrder("ok", "referral.error.transition");
    } finally {
      pool.shutdown();
    }
    assertThat(stateOf(referral)).isIn("ACCEPTED", "DECLINED");
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM consultation.referral_event WHERE referral_id = ? AND"
                        + " kind IN ('ACCEPTED','DECLINED')")
                .param(referral)
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  private static void await(CyclicBarrier barrier) {
    try {
      barrier.await();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void shouldFlagAReferralNotAnsweredInTimeToBothSides() throws Exception {
    long referral = consultation.refer(coordinator, caseId, null, orgA).get(0);
    jdbc.sql(
            "UPDATE consultation.referral SET respond_by = (now() AT TIME ZONE 'Asia/Tokyo')::date - 1 WHERE id = ?")
        .param(referral)
        .update();
    mvc.perform(get("/api/v1/worklist").with(user(agencyA)))
        .andExpect(jsonPath("$.sections[0].id").value("consultation.referralsReceived"))
        .andExpect(jsonPath("$.sections[0].items[0].kind").value("OVERDUE"))
        .andExpect(jsonPath("$.sections[0].items[0].overdue").value(true));
    mvc.perform(get("/api/v1/worklist").with(user(coordinator)))
        .andExpect(
            jsonPath(
                "$.sections[?(@.id == 'consultation.referralsSent')].items[*].kind",
                Matchers.hasItem("OVERDUE")));
  }

  @Test
  void shouldSetTheAnswerDeadlineInWorkingDays() {
    long referral = consultation.refer(coordinator, caseId, null, orgA).get(0);
    java.time.LocalDate due =
        jdbc.sql("SELECT respond_by FROM consultation.referral WHERE id = ?")
            .param(referral)
            .query(java.time.LocalDate.class)
            .single();
    var days = org.tsunagu.platform.time.WorkingDays.fromClasspath();
    assertThat(due).isEqualTo(days.plusWorkingDays(TestData.today(), 3));
  }

  @Test
  void shouldRefuseASummaryThatNamesThePerson() {
    assertThatThrownBy(
            () ->
                TestData.asUser(
                    coordinator,
                    () ->
                        sending.send(
                            coordinator,
                            caseId,
                            new ReferralSending.SendInput(
                                java.util.List.of(orgA),
                                "借入さんの件です",
                                null,
                                Set.of(SupportDomain.POVERTY_DEBT),
                                Urgency.NORMAL,
                                null))))
        .isInstanceOf(org.tsunagu.platform.web.FieldErrorsException.class);
    assertThat(
            jdbc.sql("SELECT count(*) FROM consultation.referral WHERE case_id = ?")
                .param(caseId)
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void shouldRefuseToCloseACaseWithAnActiveReferral() throws Exception {
    consultation.refer(coordinator, caseId, null, orgA);
    mvc.perform(
            post("/api/v1/cases/" + caseId + "/close")
                .with(user(coordinator))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\":0,\"reason\":\"RESOLVED\"}"))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.title", Matchers.containsString("進行中のつなぎが1件")));
  }
}
