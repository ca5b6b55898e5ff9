package org.tsunagu.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.tsunagu.people.internal.person.PersonRegistry;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.Role;
import org.tsunagu.support.IntegrationTest;
import org.tsunagu.support.TestData;

@IntegrationTest
class ConsentAndMergeTest {

  @Autowired MockMvc mvc;
  @Autowired TestData data;
  @Autowired PeopleApi people;
  @Autowired PersonRegistry registry;

  CurrentUser coordinator;
  CurrentUser admin;
  long personId;

  @BeforeEach
  void setUp() {
    long org = data.organization(OrganizationType.SHAKYO);
    coordinator = data.user(org, Role.COORDINATOR);
    admin = data.user(org, Role.ADMIN);
    personId = data.register(coordinator, TestData.person("同意", "記録", "どうい", "きろく", "1942-02-02"));
  }

  @Test
  void shouldRecordConsentFromScreenAndShowEndingOnWorkList() throws Exception {
    String endsOn = TestData.today().plusDays(10).toString();
    mvc.perform(
            post("/persons/" + personId + "/consents")
                .with(user(coordinator))
                .with(csrf())
                .param("purpose", "WATCH")
                .param("scope", "type:COMMUNITY_CARE_CENTER")
                .param("givenBy", "PERSON")
                .param("method", "ORAL")
                .param("givenOn", TestData.today().toString())
                .param("endsOn", endsOn))
        .andExpect(redirectedUrl("/persons/" + personId + "#consents"))
        .andExpect(flash().attribute("notice", "consent.recorded"));
    mvc.perform(get("/").with(user(coordinator)))
        .andExpect(content().string(containsString("同意の期限が近づいています")))
        .andExpect(content().string(containsString("同意 記録")));
    mvc.perform(get("/api/v1/worklist").with(user(coordinator)))
        .andExpect(
            jsonPath("$.sections[?(@.id == 'people.registry')].items[0].who")
                .value(org.hamcrest.Matchers.hasItem("同意 記録")))
        .andExpect(
            jsonPath("$.sections[?(@.id == 'people.registry')].items[0].kind")
                .value(org.hamcrest.Matchers.hasItem("REVIEW")));
  }

  @Test
  void shouldRequireProxyDetailsAndRejectEndBeforeStart() throws Exception {
    mvc.perform(
            post("/api/v1/persons/" + personId + "/consents")
                .with(user(coordinator))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"purpose\":\"CONSULTATION\",\"scopeOrganizationType\":\"NPO\",\"givenBy\":\"PROXY\",\"method\":\"WRITTEN\",\"givenOn\":\"2026-01-10\",\"endsOn\":\"2026-01-01\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(
            jsonPath("$.errors[*].field")
                .value(org.hamcrest.Matchers.hasItems("proxyName", "proxyRelationship", "endsOn")));
    assertThat(data.count("people.consent WHERE person_id = " + personId)).isZero();
  }

  @Test
  void shouldMoveTheRegistrysOwnReferencesToTheSurvivor() throws Exception {
    long partner = data.organization(OrganizationType.COMMUNITY_CARE_CENTER);
    var withHousehold = TestData.person("統合", "花子", "とうごう", "はなこ", "1950-05-05");
    withHousehold =
        new org.tsunagu.people.internal.person.PersonInput(
            withHousehold.familyName(),
            withHousehold.givenName(),
            withHousehold.familyKana(),
            withHousehold.givenKana(),
            withHousehold.birthDate(),
            withHousehold.sex(),
            withHousehold.postcode(),
            withHousehold.prefecture(),
            withHousehold.municipality(),
            withHousehold.addressLine(),
            null,
            null,
            null,
            TestData.unique("世帯"),
            false,
            false,
            null);
    // The survivor was registered with a wrong birth date, so no check paired it with the others.
    long survivor =
        data.register(coordinator, TestData.person("統合", "花子", "とうごう", "はなこ", "1950-05-06"));
    long merged = data.register(coordinator, withHousehold);
    long third =
        data.register(coordinator, TestData.person("統合", "花子", "とうごう", "はなこ", "1950-05-05"));
    long basis =
        people.recordBasis(merged, partner, BasisKind.SUPPORT_MEETING, "支援会議", admin.id(), null);
    long household =
        data.count("people.person WHERE id = " + merged + " AND household_id IS NOT NULL");
    assertThat(household).isEqualTo(1);
    // The merged record and the third are suspected to be one person.
    assertThat(
            data.count(
                "people.duplicate_candidate WHERE status = 'OPEN' AND (person_a = "
                    + merged
                    + " OR person_b = "
                    + merged
                    + ")"))
        .isEqualTo(1);

    TestData.asUser(
        admin,
        () -> {
          registry.merge(admin, survivor, merged);
          return null;
        });

    assertThat(people.visibleTo(survivor, partner, "CONSULTATION")).isTrue();
    assertThat(
            data.count("people.access_basis WHERE id = " + basis + " AND person_id = " + survivor))
        .isEqualTo(1);
    assertThat(
            data.count(
                "people.person s JOIN people.person m ON m.household_id = s.household_id WHERE s.id = "
                    + survivor
                    + " AND m.id = "
                    + merged))
        .isEqualTo(1);
    mvc.perform(get("/api/v1/persons/" + survivor).with(user(coordinator)))
        .andExpect(jsonPath("$.householdReference").value(withHousehold.householdReference()));
    // The suspicion about the third record now names the survivor, and nothing names the merged.
    assertThat(
            data.count(
                "people.duplicate_candidate WHERE status = 'OPEN' AND person_a = "
                    + Math.min(survivor, third)
                    + " AND person_b = "
                    + Math.max(survivor, third)))
        .isEqualTo(1);
    assertThat(
            data.count(
                "people.duplicate_candidate WHERE status = 'OPEN' AND (person_a = "
                    + merged
                    + " OR person_b = "
                    + merged
                    + ")"))
        .isZero();
  }

  @Test
  void shouldMergeKeepingEveryReference() throws Exception {
    long other =
        data.register(coordinator, TestData.person("同意", "記録", "どうい", "きろく", "1942-02-02"));
    mvc.perform(
            post("/api/v1/persons/" + other + "/consents")
                .with(user(coordinator))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"purpose\":\"WATCH\",\"scopeOrganizationType\":\"NPO\",\"givenBy\":\"PERSON\",\"method\":\"WRITTEN\",\"givenOn\":\"2026-01-10\"}"))
        .andExpect(status().isCreated());
    assertThat(
            data.count(
                "people.duplicate_candidate WHERE status = 'OPEN' AND person_a = "
                    + personId
                    + " AND person_b = "
                    + other))
        .isEqualTo(1);

    mvc.perform(
            post("/persons/merge")
                .with(user(admin))
                .with(csrf())
                .param("survivor", String.valueOf(personId))
                .param("merged", String.valueOf(other)))
        .andExpect(redirectedUrl("/persons/" + personId));

    assertThat(data.count("people.consent WHERE person_id = " + personId)).isEqualTo(1);
    assertThat(data.count("people.relationship WHERE person_id = " + other)).isZero();
    assertThat(data.count("people.person WHERE id = " + other + " AND merged_into = " + personId))
        .isEqualTo(1);
    assertThat(
            data.count(
                "people.duplicate_candidate WHERE status = 'MERGED' AND person_a = "
                    + personId
                    + " AND person_b = "
                    + other))
        .isEqualTo(1);
    mvc.perform(get("/persons/" + other).with(user(coordinator)))
        .andExpect(redirectedUrl("/persons/" + personId));
    mvc.perform(
            post("/persons/merge")
                .with(user(coordinator))
                .with(csrf())
                .param("survivor", "1")
                .param("merged", "2"))
        .andExpect(status().isForbidden());
  }
}
