package org.tsunagu.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tsunagu.consultation.internal.intake.IntakeHandling;
import org.tsunagu.consultation.internal.intake.IntakeRecording;
import org.tsunagu.people.OrganizationType;
import org.tsunagu.people.PeopleApi;
import org.tsunagu.people.SupportDomain;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.Role;
import org.tsunagu.support.ConsultationData;
import org.tsunagu.support.IntegrationTest;
import org.tsunagu.support.TestData;

/** "The man at the corner house": a case before a name, identified later, consent kept. */
@IntegrationTest
class IntakeIdentificationTest {

  @Autowired TestData data;
  @Autowired ConsultationData consultation;
  @Autowired IntakeRecording recording;
  @Autowired IntakeHandling handling;
  @Autowired PeopleApi people;
  @Autowired JdbcClient jdbc;

  @Test
  void shouldIdentifyTheCaseLaterAndRecordTheConsentGivenAtIntake() {
    CurrentUser coordinator =
        data.user(data.organization(OrganizationType.SHAKYO), Role.COORDINATOR);
    long hokatsu = data.organization(OrganizationType.COMMUNITY_CARE_CENTER);
    long window = TestData.asUser(coordinator, () -> consultation.window(coordinator, "SALON"));
    long intake =
        TestData.asUser(
            coordinator,
            () ->
                recording.record(
                    coordinator,
                    ConsultationData.intake(
                        window, null, "ごみが庭にあふれている", Set.of(SupportDomain.HOARDING), true)));
    long caseId =
        TestData.asUser(coordinator, () -> handling.openCase(coordinator, intake, "ため込み", null));
    assertThat(
            jdbc.sql("SELECT subject_description FROM consultation.support_case WHERE id = ?")
                .param(caseId)
                .query(String.class)
                .single())
        .isEqualTo("角の家の男性");

    long personId =
        data.register(coordinator, TestData.person("角谷", "茂", "かどや", "しげる", "1949-09-09"));
    assertThat(people.visibleTo(personId, hokatsu, "CONSULTATION")).isFalse();
    TestData.asUser(
        coordinator,
        () -> {
          handling.identify(coordinator, intake, personId);
          return null;
        });

    assertThat(
            jdbc.sql("SELECT person_id FROM consultation.support_case WHERE id = ?")
                .param(caseId)
                .query(Long.class)
                .single())
        .isEqualTo(personId);
    // The person agreed at the salon to their trouble being passed to the 地域包括支援センター.
    assertThat(people.visibleTo(personId, hokatsu, "CONSULTATION")).isTrue();
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM consultation.case_basis WHERE case_id = ? AND kind ="
                        + " 'CONSENT'")
                .param(caseId)
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }
}
