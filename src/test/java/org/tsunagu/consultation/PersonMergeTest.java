package org.tsunagu.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.web.servlet.MockMvc;
import org.tsunagu.consultation.internal.conference.ConferenceConvening;
import org.tsunagu.consultation.internal.conference.Conferences;
import org.tsunagu.consultation.internal.intake.IntakeRecording;
import org.tsunagu.people.OrganizationType;
import org.tsunagu.people.PersonsMerged;
import org.tsunagu.people.SupportDomain;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.Role;
import org.tsunagu.support.ConsultationData;
import org.tsunagu.support.IntegrationTest;
import org.tsunagu.support.TestData;

/**
 * A merge loses nothing of the consultation module: the merged-away person's cases, intakes,
 * referrals and conference cases follow the survivor, and the lead organisation keeps opening them.
 */
@IntegrationTest
@EnableScenarios
class PersonMergeTest {

  @Autowired TestData data;
  @Autowired ConsultationData consultation;
  @Autowired IntakeRecording recording;
  @Autowired Conferences conferences;
  @Autowired ConferenceConvening convening;
  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  CurrentUser coordinator;
  CurrentUser admin;
  CurrentUser agency;
  long survivor;
  long merged;
  long caseId;
  long newIntake;

  @BeforeEach
  void setUp() {
    long shakyo = data.organization(OrganizationType.SHAKYO);
    coordinator = data.user(shakyo, Role.COORDINATOR);
    admin = data.user(shakyo, Role.ADMIN);
    agency =
        data.user(data.organization(OrganizationType.COMMUNITY_CARE_CENTER), Role.AGENCY_WORKER);
    survivor =
        data.register(coordinator, TestData.person("合併", "一郎", "がっぺい", "いちろう", "1949-09-09"));
    merged = data.register(coordinator, TestData.person("合併", "一郎", "がっぺい", "いちろう", "1949-09-09"));
    caseId = consultation.openCase(coordinator, merged, Set.of(SupportDomain.ELDERLY_CARE));
    newIntake =
        TestData.asUser(
            coordinator,
            () ->
                recording.record(
                    coordinator,
                    ConsultationData.intake(
                        consultation.window(coordinator, "OFFICE"),
                        merged,
                        "また相談に来た",
                        Set.of(SupportDomain.ELDERLY_CARE),
                        false)));
  }

  private Long personOf(String table, long id) {
    return jdbc.sql("SELECT person_id FROM consultation." + table + " WHERE id = ?")
        .param(id)
        .query(Long.class)
        .single();
  }

  @Test
  void shouldKeepTheMergedPersonsCaseOpenToItsLeadOrganisation() throws Exception {
    long basis = consultation.supportMeetingBasis(coordinator, caseId);
    long referral = consultation.refer(coordinator, caseId, basis, agency.organizationId()).get(0);
    mvc.perform(post("/api/v1/referrals/" + referral + "/accept").with(user(agency)).with(csrf()))
        .andExpect(status().isOk());
    long conference =
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
                        List.of())));

    mvc.perform(
            post("/persons/merge")
                .with(user(admin))
                .with(csrf())
                .param("survivor", String.valueOf(survivor))
                .param("merged", String.valueOf(merged)))
        .andExpect(redirectedUrl("/persons/" + survivor));

    // By id, and in its list of cases under the survivor's name.
    mvc.perform(get("/api/v1/cases/" + caseId).with(user(coordinator)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.supportCase.personId").value(survivor));
    mvc.perform(get("/cases/" + caseId).with(user(coordinator))).andExpect(status().isOk());
    mvc.perform(get("/api/v1/cases").with(user(coordinator)))
        .andExpect(jsonPath("$[*].id", Matchers.hasItem((int) caseId)));
    assertThat(
            data.count(
                "people.relationship WHERE kind = 'CASE' AND ended_at IS NULL AND person_id = "
                    + survivor
                    + " AND organization_id = "
                    + coordinator.organizationId()))
        .isEqualTo(1);
    // The intakes, the referral's receiver and the conference follow the survivor.
    assertThat(personOf("intake", newIntake)).isEqualTo(survivor);
    assertThat(data.count("consultation.intake WHERE person_id = " + merged)).isZero();
    mvc.perform(get("/api/v1/referrals/" + referral).with(user(agency)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.person.familyName").value("合併"));
    Conferences.View view =
        TestData.asUser(coordinator, () -> conferences.view(coordinator, conference));
    assertThat(view.cases()).singleElement().satisfies(c -> assertThat(c.mayOpen()).isTrue());
  }

  @Test
  void shouldMoveCasesAndIntakesWhenTheRegistryAnnouncesAMerge(Scenario scenario) {
    scenario
        .publish(new PersonsMerged(survivor, merged))
        .andWaitAtMost(Duration.ofSeconds(5))
        .andWaitForStateChange(
            () -> List.of(personOf("support_case", caseId), personOf("intake", newIntake)),
            ids -> ids.stream().allMatch(id -> id == survivor))
        .andVerify(ids -> assertThat(ids).containsOnly(survivor));
  }
}
