package org.tsunagu.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.tsunagu.consultation.internal.conference.ConferenceConvening;
import org.tsunagu.consultation.internal.conference.ConferenceOutcomes;
import org.tsunagu.consultation.internal.conference.Conferences;
import org.tsunagu.consultation.internal.conference.ConfidentialityAcknowledgements;
import org.tsunagu.people.OrganizationType;
import org.tsunagu.people.PeopleApi;
import org.tsunagu.people.SupportDomain;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.Role;
import org.tsunagu.platform.web.NotFoundException;
import org.tsunagu.support.ConsultationData;
import org.tsunagu.support.IntegrationTest;
import org.tsunagu.support.TestData;

/**
 * Taking part in a 支援会議 lets an organisation read a case, never write to it; confidentiality is
 * acknowledged by the participant organisation's own people only, and binds before the minutes and
 * decisions are shown.
 */
@IntegrationTest
class RolesNarrowTest {

  @Autowired TestData data;
  @Autowired ConsultationData consultation;
  @Autowired ConferenceConvening convening;
  @Autowired ConfidentialityAcknowledgements acknowledgements;
  @Autowired ConferenceOutcomes outcomes;
  @Autowired MockMvc mvc;
  @Autowired PeopleApi people;
  @Autowired JdbcClient jdbc;

  CurrentUser coordinator;
  CurrentUser officer;
  CurrentUser agency;
  long cityOrg;
  long coopOrg;
  long personId;
  long caseId;
  long conferenceId;
  long entriesBefore;

  @BeforeEach
  void setUp() {
    coordinator = data.user(data.organization(OrganizationType.SHAKYO), Role.COORDINATOR);
    cityOrg = data.organization(OrganizationType.MUNICIPALITY);
    officer = data.user(cityOrg, Role.MUNICIPAL_OFFICER);
    long centre = data.organization(OrganizationType.COMMUNITY_CARE_CENTER);
    agency = data.user(centre, Role.AGENCY_WORKER);
    coopOrg = data.organization(OrganizationType.COOP);
    personId = data.register(coordinator, TestData.person("守秘", "花", "しゅひ", "はな", "1944-07-07"));
    caseId = consultation.openCase(coordinator, personId, Set.of(SupportDomain.ABUSE_DV));
    conferenceId =
        TestData.asUser(
            coordinator,
            () ->
                convening.convene(
                    coordinator,
                    new ConferenceConvening.NewConference(
                        Conferences.Kind.SUPPORT_MEETING,
                        "虐待事案の支援会議",
                        TestData.today(),
                        null,
                        List.of(caseId),
                        List.of(
                            new ConferenceConvening.Participant(cityOrg, "市 職員"),
                            new ConferenceConvening.Participant(centre, "包括 職員"),
                            new ConferenceConvening.Participant(coopOrg, "生協 職員")))));
    TestData.asUser(
        coordinator,
        () -> {
          outcomes.recordMinutes(coordinator, conferenceId, 0, "議事録：見守りの分担を決めた");
          return outcomes.decide(coordinator, conferenceId, caseId, "週1回訪問する", null);
        });
    entriesBefore = entries();
  }

  @Test
  void aMunicipalOfficerReadsTheCaseOfItsConferenceButWritesNothing() throws Exception {
    acknowledge(officer);
    mvc.perform(get("/api/v1/cases/" + caseId).with(user(officer))).andExpect(status().isOk());
    // The page offers no form the officer could not use.
    mvc.perform(get("/cases/" + caseId).with(user(officer)))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("/cases/" + caseId + "/entries"))))
        .andExpect(content().string(not(containsString("/cases/" + caseId + "/actions/new"))));
    mvc.perform(
            post("/api/v1/cases/" + caseId + "/entries")
                .with(user(officer))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"kind\":\"NOTE\",\"summary\":\"市のメモ\"}"))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/api/v1/cases/" + caseId + "/actions")
                .with(user(officer))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"description\":\"訪問\",\"responsibleOrgId\":"
                        + cityOrg
                        + ",\"dueOn\":\"2030-01-01\"}"))
        .andExpect(status().isForbidden());
    assertThat(entries()).isEqualTo(entriesBefore);
  }

  @Test
  void theCityWorksACaseEscalatedToItAndWritesToThatOne() throws Exception {
    long basis = consultation.supportMeetingBasis(coordinator, caseId);
    long referral = consultation.refer(coordinator, caseId, basis, cityOrg).get(0);
    mvc.perform(post("/api/v1/referrals/" + referral + "/accept").with(user(officer)).with(csrf()))
        .andExpect(status().isOk());
    mvc.perform(
            post("/api/v1/cases/" + caseId + "/entries")
                .with(user(officer))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"kind\":\"VISIT\",\"summary\":\"市の職員が訪問して安全を確認した\"}"))
        .andExpect(status().isCreated());
    assertThat(entries()).isGreaterThan(entriesBefore);
  }

  @Test
  void aParticipantThatDoesNotWorkTheCaseCannotWriteToIt() throws Exception {
    acknowledge(agency);
    mvc.perform(get("/api/v1/cases/" + caseId).with(user(agency))).andExpect(status().isOk());
    mvc.perform(
            post("/api/v1/cases/" + caseId + "/entries")
                .with(user(agency))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"kind\":\"NOTE\",\"summary\":\"包括のメモ\"}"))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/api/v1/cases/" + caseId + "/actions")
                .with(user(agency))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"description\":\"訪問\",\"responsibleOrgId\":"
                        + agency.organizationId()
                        + ",\"dueOn\":\"2030-01-01\",\"conferenceId\":"
                        + conferenceId
                        + "}"))
        .andExpect(status().isForbidden());
    assertThat(entries()).isEqualTo(entriesBefore);
  }

  @Test
  void theConvenerCannotAcknowledgeForAnotherOrganisation() throws Exception {
    long coopParticipant = participant(coopOrg);
    assertThatThrownBy(
            () ->
                TestData.asUser(
                    coordinator, () -> acknowledgements.acknowledge(coordinator, coopParticipant)))
        .isInstanceOf(NotFoundException.class);
    mvc.perform(
            post("/conference-participants/" + coopParticipant + "/acknowledge")
                .with(user(coordinator))
                .with(csrf()))
        .andExpect(status().isNotFound());
    mvc.perform(
            post("/api/v1/conference-participants/" + coopParticipant + "/acknowledge")
                .with(user(coordinator))
                .with(csrf()))
        .andExpect(status().isNotFound());
    assertThat(people.visibleTo(personId, coopOrg, null)).isFalse();
    mvc.perform(get("/conferences/" + conferenceId).with(user(coordinator)))
        .andExpect(
            content()
                .string(
                    not(
                        containsString(
                            "/conference-participants/" + coopParticipant + "/acknowledge"))));
  }

  @Test
  void aParticipantSeesMinutesAndDecisionsOnlyAfterAcknowledging() throws Exception {
    mvc.perform(get("/api/v1/conferences/" + conferenceId).with(user(agency)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.minutes").doesNotExist())
        .andExpect(jsonPath("$.decisions").isEmpty())
        .andExpect(jsonPath("$.recordShown").value(false));
    mvc.perform(get("/conferences/" + conferenceId).with(user(agency)))
        .andExpect(content().string(not(containsString("見守りの分担"))))
        .andExpect(content().string(not(containsString("週1回訪問する"))))
        .andExpect(content().string(containsString("守秘義務を確認した後に表示されます")));

    acknowledge(agency);
    mvc.perform(get("/api/v1/conferences/" + conferenceId).with(user(agency)))
        .andExpect(jsonPath("$.minutes").value("議事録：見守りの分担を決めた"))
        .andExpect(jsonPath("$.decisions[0].text").value("週1回訪問する"));
  }

  private void acknowledge(CurrentUser who) {
    long participant = participant(who.organizationId());
    TestData.asUser(who, () -> acknowledgements.acknowledge(who, participant));
  }

  private long participant(long organizationId) {
    return jdbc.sql(
            "SELECT id FROM consultation.conference_participant WHERE conference_id = ? AND"
                + " organization_id = ?")
        .params(conferenceId, organizationId)
        .query(Long.class)
        .single();
  }

  private long entries() {
    return jdbc.sql("SELECT count(*) FROM consultation.case_entry WHERE case_id = ?")
        .param(caseId)
        .query(Long.class)
        .single();
  }
}
