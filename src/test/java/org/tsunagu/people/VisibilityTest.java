package org.tsunagu.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.tsunagu.people.internal.consent.Consents;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.Role;
import org.tsunagu.support.IntegrationTest;
import org.tsunagu.support.TestData;

@IntegrationTest
class VisibilityTest {

  @Autowired TestData data;
  @Autowired MockMvc mvc;
  @Autowired PeopleApi people;
  @Autowired Consents consents;

  CurrentUser shakyo;
  CurrentUser hokatsu;
  long hokatsuOrg;
  long personId;

  @BeforeEach
  void setUp() {
    long shakyoOrg = data.organization(OrganizationType.SHAKYO);
    hokatsuOrg = data.organization(OrganizationType.COMMUNITY_CARE_CENTER);
    shakyo = data.user(shakyoOrg, Role.COORDINATOR);
    hokatsu = data.user(hokatsuOrg, Role.AGENCY_WORKER);
    personId = data.register(shakyo, TestData.person("見守", "花子", "みもり", "はなこ", "1940-04-01"));
  }

  @Test
  void shouldHidePersonFromOrganisationWithoutRelationshipOrBasisInUiAndApi() throws Exception {
    mvc.perform(get("/persons/" + personId).with(user(hokatsu))).andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/persons/" + personId).with(user(hokatsu)))
        .andExpect(status().isNotFound());
    assertThat(people.maySee(hokatsu, personId, null)).isFalse();
    assertThat(data.auditCount("READ", "person", personId)).isZero();
  }

  @Test
  void shouldAuditEveryAllowedRead() throws Exception {
    mvc.perform(get("/persons/" + personId).with(user(shakyo))).andExpect(status().isOk());
    mvc.perform(get("/api/v1/persons/" + personId).with(user(shakyo))).andExpect(status().isOk());
    assertThat(data.auditCount("READ", "person", personId)).isEqualTo(2);
  }

  @Test
  void shouldShowPersonOnConsentForOrganisationTypeAndHideAgainWhenRevoked() throws Exception {
    long consentId =
        TestData.asUser(
            shakyo,
            () ->
                consents.record(
                    shakyo,
                    personId,
                    new ConsentRequest(
                        "CONSULTATION",
                        null,
                        "COMMUNITY_CARE_CENTER",
                        "PROXY",
                        "見守 一郎",
                        "長男",
                        "WRITTEN",
                        TestData.today().toString(),
                        null)));
    mvc.perform(get("/api/v1/persons/" + personId).with(user(hokatsu))).andExpect(status().isOk());
    assertThat(people.maySee(hokatsu, personId, "CONSULTATION")).isTrue();
    assertThat(people.maySee(hokatsu, personId, "WATCH")).isFalse();

    TestData.asUser(
        shakyo,
        () -> {
          consents.revoke(shakyo, consentId, "本人の申し出");
          return null;
        });
    mvc.perform(get("/api/v1/persons/" + personId).with(user(hokatsu)))
        .andExpect(status().isNotFound());
  }

  @Test
  void shouldShowPersonOnRecordedBasisUntilItEnds() {
    long basis =
        people.recordBasis(
            personId,
            hokatsuOrg,
            BasisKind.SUPPORT_MEETING,
            "支援会議で共有を決定",
            shakyo.id(),
            Instant.now().plus(30, ChronoUnit.DAYS));
    assertThat(people.maySee(hokatsu, personId, null)).isTrue();
    people.endBasis(basis, shakyo.id());
    assertThat(people.maySee(hokatsu, personId, null)).isFalse();
  }

  @Test
  void shouldNeverWidenVisibilityByRole() throws Exception {
    CurrentUser evaluator = data.user(shakyo.organizationId(), Role.EVALUATOR);
    mvc.perform(get("/persons/" + personId).with(user(evaluator)))
        .andExpect(status().isForbidden());
    mvc.perform(get("/api/v1/persons/" + personId).with(user(evaluator)))
        .andExpect(status().isForbidden());
  }

  @Test
  void shouldShowPersonThroughRelationshipRecordedByAnotherModule() {
    long rel = people.recordRelationship(personId, hokatsuOrg, RelationshipKind.CASE, "case:1");
    assertThat(people.maySee(hokatsu, personId, null)).isTrue();
    people.endRelationship(rel, "closed");
    assertThat(people.maySee(hokatsu, personId, null)).isFalse();
  }
}
