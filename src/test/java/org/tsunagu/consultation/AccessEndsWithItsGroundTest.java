package org.tsunagu.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.tsunagu.consultation.internal.casework.CaseBases;
import org.tsunagu.consultation.internal.conference.ConferenceConvening;
import org.tsunagu.consultation.internal.conference.ConferenceOutcomes;
import org.tsunagu.consultation.internal.conference.Conferences;
import org.tsunagu.consultation.internal.conference.ConfidentialityAcknowledgements;
import org.tsunagu.consultation.internal.referral.ReferralAnswers;
import org.tsunagu.people.AccessGround;
import org.tsunagu.people.BasisKind;
import org.tsunagu.people.ConsentRequest;
import org.tsunagu.people.OrganizationType;
import org.tsunagu.people.PeopleApi;
import org.tsunagu.people.RelationshipKind;
import org.tsunagu.people.SupportDomain;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.Role;
import org.tsunagu.support.ConsultationData;
import org.tsunagu.support.IntegrationTest;
import org.tsunagu.support.TestData;

/**
 * Every way an organisation is granted access to a person ends that access when its ground ends:
 * the receiving organisation gets 404 at once, on the page and in the API.
 */
@IntegrationTest
class AccessEndsWithItsGroundTest {

  @Autowired TestData data;
  @Autowired ConsultationData consultation;
  @Autowired MockMvc mvc;
  @Autowired PeopleApi people;
  @Autowired ReferralAnswers answers;
  @Autowired CaseBases bases;
  @Autowired ConferenceConvening convening;
  @Autowired ConfidentialityAcknowledgements acknowledgements;
  @Autowired ConferenceOutcomes outcomes;
  @Autowired JdbcClient jdbc;

  CurrentUser coordinator;
  CurrentUser agency;
  long agencyOrg;
  long personId;
  long caseId;

  @BeforeEach
  void setUp() {
    coordinator = data.user(data.organization(OrganizationType.SHAKYO), Role.COORDINATOR);
    agencyOrg = data.organization(OrganizationType.COMMUNITY_CARE_CENTER);
    agency = data.user(agencyOrg, Role.AGENCY_WORKER);
    personId =
        data.register(coordinator, TestData.person("根拠", "終子", "こんきょ", "しゅうこ", "1950-02-03"));
    caseId = consultation.openCase(coordinator, personId, Set.of(SupportDomain.ELDERLY_CARE));
  }

  @Test
  void endingASupportMeetingBasisEndsTheReceiversAccess() throws Exception {
    long basis = consultation.supportMeetingBasis(coordinator, caseId);
    acceptReferralOn(basis);
    assertSees(true);

    end(basis);
    assertSees(false);
    assertThat(activeReferralRelationships()).isZero();
  }

  @Test
  void endingAnEmergencyBasisEndsTheReceiversAccess() throws Exception {
    long basis =
        TestData.asUser(
            coordinator,
            () ->
                bases.recordLegal(
                    coordinator, caseId, CaseBases.Kind.EMERGENCY, "生命の危険があるため", null));
    acceptReferralOn(basis);
    assertSees(true);

    end(basis);
    assertSees(false);
  }

  @Test
  void endingAConsentBasisRevokesTheConsentAndEndsTheReceiversAccess() throws Exception {
    long basis = consentBasis(null);
    acceptReferralOn(basis);
    assertSees(true);

    end(basis);
    assertSees(false);
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM people.consent WHERE person_id = ? AND revoked_at IS"
                        + " NULL")
                .param(personId)
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void revokingTheConsentInTheRegistryEndsTheAccessOfAnAcceptedReferral() throws Exception {
    long basis = consentBasis(null);
    acceptReferralOn(basis);
    long consentId =
        jdbc.sql("SELECT consent_id FROM consultation.case_basis WHERE id = ?")
            .param(basis)
            .query(Long.class)
            .single();
    assertSees(true);

    mvc.perform(
            post("/consents/" + consentId + "/revoke")
                .param("personId", String.valueOf(personId))
                .param("reason", "本人の申し出")
                .with(user(coordinator))
                .with(csrf()))
        .andExpect(status().is3xxRedirection());
    assertSees(false);
  }

  @Test
  void aConsentThatReachesItsEndDateEndsTheAccessItGrounded() throws Exception {
    long basis = consentBasis(TestData.today().plusDays(30).toString());
    acceptReferralOn(basis);
    assertSees(true);

    jdbc.sql(
            "UPDATE people.consent SET given_on = ?, ends_on = ? WHERE person_id = ? AND"
                + " revoked_at IS NULL")
        .params(TestData.today().minusDays(60), TestData.today().minusDays(1), personId)
        .update();
    assertSees(false);
  }

  @Test
  void endingAnAccessBasisOrARelationshipInTheRegistryEndsTheAccess() {
    long basisId =
        people.recordBasis(
            personId, agencyOrg, BasisKind.EMERGENCY, "test", coordinator.id(), null);
    long grounded =
        people.recordRelationship(
            personId, agencyOrg, RelationshipKind.REFERRAL, "test", AccessGround.basis(basisId));
    assertThat(people.visibleTo(personId, agencyOrg, null)).isTrue();
    people.endBasis(basisId, coordinator.id());
    assertThat(people.visibleTo(personId, agencyOrg, null)).isFalse();

    long own = people.recordRelationship(personId, agencyOrg, RelationshipKind.MEMBERSHIP, "test");
    assertThat(people.visibleTo(personId, agencyOrg, null)).isTrue();
    people.endRelationship(own, "test");
    assertThat(people.visibleTo(personId, agencyOrg, null)).isFalse();
    people.endRelationship(grounded, "test");
  }

  @Test
  void aConferenceParticipantLosesAccessWhenTheConferencesBasisEnds() throws Exception {
    long conferenceId =
        TestData.asUser(
            coordinator,
            () ->
                convening.convene(
                    coordinator,
                    new ConferenceConvening.NewConference(
                        Conferences.Kind.SUPPORT_MEETING,
                        "支援会議",
                        TestData.today(),
                        null,
                        List.of(caseId),
                        List.of(new ConferenceConvening.Participant(agencyOrg, "包括 太郎")))));
    long participant =
        jdbc.sql(
                "SELECT id FROM consultation.conference_participant WHERE conference_id = ? AND"
                    + " organization_id = ?")
            .params(conferenceId, agencyOrg)
            .query(Long.class)
            .single();
    TestData.asUser(agency, () -> acknowledgements.acknowledge(agency, participant));
    TestData.asUser(
        coordinator, () -> outcomes.decide(coordinator, conferenceId, caseId, "見守りを強化する", null));
    assertSees(true);
    long basis =
        jdbc.sql("SELECT id FROM consultation.case_basis WHERE case_id = ? AND conference_id = ?")
            .params(caseId, conferenceId)
            .query(Long.class)
            .single();

    end(basis);
    assertSees(false);
  }

  private long consentBasis(String endsOn) {
    return TestData.asUser(
        coordinator,
        () ->
            bases.recordConsent(
                coordinator,
                caseId,
                new ConsentRequest(
                    "CONSULTATION",
                    agencyOrg,
                    null,
                    "PERSON",
                    null,
                    null,
                    "WRITTEN",
                    LocalDate.now().minusDays(1).toString(),
                    endsOn),
                null));
  }

  private void acceptReferralOn(long basis) {
    long referral = consultation.refer(coordinator, caseId, basis, agencyOrg).get(0);
    TestData.asUser(
        agency,
        () -> {
          answers.accept(agency, referral);
          return null;
        });
  }

  private void end(long basis) throws Exception {
    mvc.perform(
            post("/case-bases/" + basis + "/end")
                .param("caseId", String.valueOf(caseId))
                .with(user(coordinator))
                .with(csrf()))
        .andExpect(redirectedUrl("/cases/" + caseId + "?tab=bases#tabs"));
  }

  private void assertSees(boolean sees) throws Exception {
    int expected = sees ? 200 : 404;
    mvc.perform(get("/persons/" + personId).with(user(agency))).andExpect(status().is(expected));
    mvc.perform(get("/api/v1/persons/" + personId).with(user(agency)))
        .andExpect(status().is(expected));
    mvc.perform(get("/cases/" + caseId).with(user(agency))).andExpect(status().is(expected));
    mvc.perform(get("/api/v1/cases/" + caseId).with(user(agency))).andExpect(status().is(expected));
  }

  private long activeReferralRelationships() {
    return jdbc.sql(
            "SELECT count(*) FROM people.relationship WHERE person_id = ? AND organization_id = ?"
                + " AND kind = 'REFERRAL' AND ended_at IS NULL")
        .params(personId, agencyOrg)
        .query(Long.class)
        .single();
  }
}
