package org.tsunagu.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.tsunagu.consultation.internal.casework.CaseStatus;
import org.tsunagu.consultation.internal.casework.CaseWork;
import org.tsunagu.consultation.internal.conference.ConferenceConvening;
import org.tsunagu.consultation.internal.conference.Conferences;
import org.tsunagu.people.OrganizationType;
import org.tsunagu.people.SupportDomain;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.Role;
import org.tsunagu.support.ConsultationData;
import org.tsunagu.support.IntegrationTest;
import org.tsunagu.support.TestData;

/**
 * The consultation API answers with its own response records: the fields a client of that role
 * needs, choices as named values, none of the stored rows' internal columns, and the OpenAPI
 * document names each 200 response after its record.
 */
@IntegrationTest
class ConsultationApiResponsesTest {

  @Autowired MockMvc mvc;
  @Autowired TestData data;
  @Autowired ConsultationData consultation;
  @Autowired CaseWork work;
  @Autowired ConferenceConvening convening;
  @Autowired JdbcClient jdbc;

  CurrentUser coordinator;
  CurrentUser agency;
  long personId;
  long caseId;
  long referralId;
  long conferenceId;

  @BeforeEach
  void setUp() {
    coordinator = data.user(data.organization(OrganizationType.SHAKYO), Role.COORDINATOR);
    long centre = data.organization(OrganizationType.COMMUNITY_CARE_CENTER);
    agency = data.user(centre, Role.AGENCY_WORKER);
    personId =
        data.register(coordinator, TestData.person("応答", "一郎", "おうとう", "いちろう", "1950-02-03"));
    caseId = consultation.openCase(coordinator, personId, Set.of(SupportDomain.POVERTY_DEBT));
    int version =
        jdbc.sql("SELECT version FROM consultation.support_case WHERE id = ?")
            .param(caseId)
            .query(Integer.class)
            .single();
    TestData.asUser(
        coordinator,
        () -> {
          work.changeStatus(coordinator, caseId, version, CaseStatus.SUPPORTING);
          return null;
        });
    long basis = consultation.supportMeetingBasis(coordinator, caseId);
    referralId = consultation.refer(coordinator, caseId, basis, centre).get(0);
    conferenceId =
        TestData.asUser(
            coordinator,
            () ->
                convening.convene(
                    coordinator,
                    new ConferenceConvening.NewConference(
                        Conferences.Kind.SUPPORT_MEETING,
                        "見守りの支援会議",
                        TestData.today(),
                        null,
                        List.of(caseId),
                        List.of(new ConferenceConvening.Participant(centre, "包括 職員")))));
  }

  @Test
  void aCaseIsACaseResponseWithoutTheStoredRowsColumns() throws Exception {
    mvc.perform(get("/api/v1/cases/" + caseId).param("lang", "en").with(user(coordinator)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.supportCase.status").value("SUPPORTING"))
        .andExpect(jsonPath("$.supportCase.personId").value(personId))
        .andExpect(jsonPath("$.supportCase.version").isNumber())
        .andExpect(jsonPath("$.supportCase.householdId").doesNotExist())
        .andExpect(jsonPath("$.supportCase.closed").doesNotExist())
        .andExpect(jsonPath("$.person.familyName").value("応答"))
        .andExpect(jsonPath("$.person.areaId").doesNotExist())
        .andExpect(jsonPath("$.bases[0].kind").value("SUPPORT_MEETING"))
        .andExpect(jsonPath("$.referrals[0].status").value("PENDING"))
        .andExpect(jsonPath("$.conferences[0].status").value("PLANNED"))
        .andExpect(jsonPath("$.lead").value(true))
        .andExpect(
            jsonPath("$.timeline[?(@.kind == 'STATUS')].summary")
                .value(hasItem("Status set to \"Supporting\"")));
    mvc.perform(get("/api/v1/cases").with(user(coordinator)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].id").value(caseId))
        .andExpect(jsonPath("$[0].status").value("SUPPORTING"))
        .andExpect(jsonPath("$[0].personName").value("応答 一郎"));
  }

  @Test
  void aReferralIsAReferralResponseWithThePersonOnlyOnceShared() throws Exception {
    mvc.perform(get("/api/v1/referrals/" + referralId).with(user(agency)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("PENDING"))
        .andExpect(jsonPath("$.basisKind").value("SUPPORT_MEETING"))
        .andExpect(jsonPath("$.person.familyName").value("応答"))
        .andExpect(jsonPath("$.person.areaId").doesNotExist())
        .andExpect(jsonPath("$.shared").doesNotExist())
        .andExpect(jsonPath("$.receiver").value(true))
        .andExpect(jsonPath("$.events[*].kind").value(hasItem("OPENED")));
    mvc.perform(get("/api/v1/referrals").param("box", "sent").with(user(coordinator)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].id").value(referralId))
        .andExpect(jsonPath("$[0].status").value("PENDING"))
        .andExpect(jsonPath("$[0].urgency").value("NORMAL"));
  }

  @Test
  void aConferenceAndAWindowAreTheirOwnResponses() throws Exception {
    mvc.perform(get("/api/v1/conferences/" + conferenceId).with(user(coordinator)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("PLANNED"))
        .andExpect(jsonPath("$.kind").value("SUPPORT_MEETING"))
        .andExpect(jsonPath("$.recordShown").value(true))
        .andExpect(jsonPath("$.participants[*].name").value(hasItem("包括 職員")))
        .andExpect(jsonPath("$.cases[0].id").value(caseId));
    mvc.perform(get("/api/v1/conferences").with(user(coordinator)))
        .andExpect(jsonPath("$[0].id").value(conferenceId))
        .andExpect(jsonPath("$[0].status").value("PLANNED"));
    mvc.perform(get("/api/v1/windows").with(user(coordinator)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].kind").value("OFFICE"))
        .andExpect(jsonPath("$[0].receivingOrgId").value(coordinator.organizationId()))
        .andExpect(jsonPath("$[0].active").doesNotExist());
    mvc.perform(get("/api/v1/intakes").with(user(coordinator)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].status").value("CASE"))
        .andExpect(jsonPath("$[0].channel").value("IN_PERSON"));
  }

  @Test
  void theDocumentNamesEachResponseRecordAndItsChoices() throws Exception {
    String json = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
    JsonNode doc = new ObjectMapper().readTree(json);
    assertThat(response(doc, "/api/v1/cases/{id}")).isEqualTo("CaseResponse");
    assertThat(response(doc, "/api/v1/cases")).isEqualTo("CaseListItem");
    assertThat(response(doc, "/api/v1/referrals/{id}")).isEqualTo("ReferralResponse");
    assertThat(response(doc, "/api/v1/referrals")).isEqualTo("ReferralListItem");
    assertThat(response(doc, "/api/v1/conferences/{id}")).isEqualTo("ConferenceResponse");
    assertThat(response(doc, "/api/v1/conferences")).isEqualTo("ConferenceListItem");
    assertThat(response(doc, "/api/v1/windows")).isEqualTo("WindowResponse");
    assertThat(response(doc, "/api/v1/intakes")).isEqualTo("IntakeListItem");
    assertThat(response(doc, "/api/v1/intakes/{id}")).isEqualTo("IntakeResponse");
    JsonNode schemas = doc.at("/components/schemas");
    assertThat(schemas.at("/CaseDetails/properties/status/enum").toString()).contains("CLOSED");
    assertThat(schemas.at("/CaseDetails/properties/closedReason/enum").toString())
        .contains("RESOLVED");
    assertThat(schemas.at("/CaseListItem/properties/urgency/enum").toString())
        .contains("EMERGENCY");
    assertThat(schemas.at("/ReferralEvent/properties/kind/enum").toString()).contains("OPENED");
    assertThat(schemas.at("/ReferralResponse/properties/outcome/enum").toString())
        .contains("UNSUCCESSFUL");
    assertThat(schemas.at("/ConferenceListItem/properties/status/enum").toString())
        .contains("HELD");
    assertThat(schemas.at("/IntakeListItem/properties/status/enum").toString()).contains("NO_CASE");
  }

  /** The record a GET's 200 answers with, or the record of its array's items. */
  private static String response(JsonNode doc, String path) {
    JsonNode content =
        doc.at("/paths").get(path).at("/get/responses/200/content").elements().next();
    JsonNode schema = content.get("schema");
    if (schema.has("items")) {
      schema = schema.get("items");
    }
    String ref = schema.path("$ref").asText();
    return ref.substring(ref.lastIndexOf('/') + 1);
  }
}
