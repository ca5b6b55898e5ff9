package org.tsunagu.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.Role;
import org.tsunagu.support.IntegrationTest;
import org.tsunagu.support.TestData;

/**
 * The registry's and the platform's API answer with API records, not the records their pages and
 * storage use: each response has the fields its schema documents and none of the internal ones, its
 * choices are enums the document names, and the document names the API record as the response's
 * schema.
 */
@IntegrationTest
class RegistryApiResponsesTest {

  /** Fields of storage or internal records that no API response may carry. */
  static final List<String> INTERNAL =
      List.of(
          "nameKey",
          "kanaKey",
          "name_key",
          "kana_key",
          "hash",
          "previousHash",
          "txid",
          "passwordHash",
          "payload",
          "kind",
          "ownerUserId",
          "ownerOrgId",
          "fileName",
          "errors",
          "resultCount",
          "recordedBy",
          "recordedOrgId",
          "revokedBy");

  @Autowired MockMvc mvc;
  @Autowired TestData data;

  final ObjectMapper json = new ObjectMapper();
  JsonNode doc;
  CurrentUser coordinator;
  CurrentUser admin;
  long personId;
  String family;

  @BeforeEach
  void setUp() throws Exception {
    long org = data.organization(OrganizationType.SHAKYO);
    coordinator = data.user(org, Role.COORDINATOR);
    admin = data.user(org, Role.ADMIN);
    family = TestData.unique("応答");
    personId =
        data.register(coordinator, TestData.person(family, "一郎", "おうとう", "いちろう", "1944-04-04"));
    doc = json.readTree(body(get("/v3/api-docs")));
  }

  @Test
  void personListAndSearchAnswerPersonHits() throws Exception {
    JsonNode list = read(get("/api/v1/persons").with(user(coordinator)));
    JsonNode found =
        read(
            post("/api/v1/persons/search")
                .with(user(coordinator))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"query\":\"" + family + "\"}"));
    for (JsonNode page : List.of(list, found)) {
      assertThat(names(page))
          .containsExactlyInAnyOrder("items", "page", "size", "hasNext", "total", "totalIsMinimum");
      assertThat(page.path("total").asInt()).isPositive();
      JsonNode hit = page.at("/items/0");
      assertThat(hit.path("id").asLong()).isPositive();
      assertDocumented(
          hit,
          "PersonHitResponse",
          "id",
          "familyName",
          "givenKana",
          "birthDate",
          "age",
          "householdSize");
    }
    assertThat(found.at("/items/0/id").asLong()).isEqualTo(personId);
    for (String op : List.of("/api/v1/persons get", "/api/v1/persons/search post")) {
      String[] o = op.split(" ");
      String page = schemaOf(o[0], o[1], "200");
      assertThat(page).isEqualTo("PageResponsePersonHitResponse");
      assertThat(ref(doc.at("/components/schemas/" + page + "/properties/items/items")))
          .isEqualTo("PersonHitResponse");
    }
    assertThat(enumOf("PersonResponse", "sex")).contains("FEMALE", "MALE");
  }

  @Test
  void consentsAnswerConsentResponses() throws Exception {
    recordConsent();
    JsonNode consents =
        read(get("/api/v1/persons/" + personId + "/consents").with(user(coordinator)));
    JsonNode c = consents.get(0);
    assertDocumented(
        c,
        "ConsentResponse",
        "id",
        "personId",
        "purpose",
        "scopeOrganizationType",
        "givenBy",
        "proxyName",
        "method",
        "givenOn",
        "endsOn",
        "recordedAt",
        "inForce");
    assertThat(c.path("givenBy").asText()).isEqualTo("PROXY");
    assertThat(c.path("inForce").asBoolean()).isTrue();
    assertThat(schemaOf("/api/v1/persons/{id}/consents", "get", "200"))
        .isEqualTo("ConsentResponse");
    assertThat(enumOf("ConsentResponse", "givenBy")).containsExactlyInAnyOrder("PERSON", "PROXY");
    assertThat(enumOf("ConsentResponse", "method")).contains("WRITTEN", "ORAL", "ELECTRONIC");
    assertThat(enumOf("ConsentResponse", "scopeOrganizationType"))
        .contains("COMMUNITY_CARE_CENTER");
  }

  @Test
  void importStatusAnswersAnImportStatusResponseInTheCallersLanguage() throws Exception {
    String csv =
        "氏,名,氏カナ,名カナ,生年月日,性別,郵便番号,住所,電話,世帯番号,独居,地区\n"
            + family
            + ",二郎,オウトウ,ジロウ,1950-01-01,男,,,,,たぶん,\n";
    JsonNode accepted =
        json.readTree(
            mvc.perform(
                    multipart("/api/v1/imports/persons")
                        .file(
                            new MockMultipartFile(
                                "file", "p.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .with(user(coordinator))
                        .with(csrf()))
                .andExpect(status().isAccepted())
                .andReturn()
                .getResponse()
                .getContentAsString());
    assertDocumented(accepted, "ImportStatusResponse", "id", "status", "processed", "total");
    JsonNode done = finished(accepted.path("id").asLong());
    assertDocumented(
        done, "ImportStatusResponse", "id", "status", "messageKey", "message", "problems");
    assertThat(done.path("status").asText()).isEqualTo("FAILED");
    assertThat(done.path("message").asText()).startsWith("Some rows are wrong");
    JsonNode problem = done.at("/problems/0");
    assertThat(names(problem)).contains("line", "column", "messageKey", "message");
    assertThat(problem.path("messageKey").asText()).isEqualTo("import.error.livingAlone");
    assertThat(problem.path("message").asText()).startsWith("Lives alone must be");
    assertThat(schemaOf("/api/v1/imports/{id}", "get", "200")).isEqualTo("ImportStatusResponse");
    assertThat(schemaOf("/api/v1/imports/persons", "post", "202"))
        .isEqualTo("ImportStatusResponse");
    assertThat(enumOf("ImportStatusResponse", "status")).contains("QUEUED", "SUCCEEDED", "FAILED");
  }

  @Test
  void auditAnswersAuditEntryAndVerificationResponses() throws Exception {
    read(get("/api/v1/persons/" + personId).with(user(coordinator)));
    JsonNode entries =
        read(get("/api/v1/audit").param("objectId", String.valueOf(personId)).with(user(admin)));
    JsonNode e = entries.get(0);
    assertDocumented(
        e,
        "AuditEntryResponse",
        "id",
        "occurredAt",
        "actorUserId",
        "actorName",
        "actorOrgId",
        "action",
        "objectType",
        "objectId",
        "sealed");
    assertThat(e.path("action").asText()).isEqualTo("READ");
    JsonNode verified = read(get("/api/v1/audit/verify").with(user(admin)));
    assertDocumented(
        verified, "AuditVerificationResponse", "intact", "sealsChecked", "entriesChecked");
    assertThat(schemaOf("/api/v1/audit", "get", "200")).isEqualTo("AuditEntryResponse");
    assertThat(schemaOf("/api/v1/audit/verify", "get", "200"))
        .isEqualTo("AuditVerificationResponse");
    assertThat(enumOf("AuditEntryResponse", "action")).contains("READ", "READ_REFUSED", "MERGE");
  }

  @Test
  void workListAnswersCountsAndSectionsWithNamedKinds() throws Exception {
    recordConsent();
    JsonNode list = read(get("/api/v1/worklist").with(user(coordinator)));
    assertWorkListDocumented(list, "WorkListResponse", "counts", "sections");
    assertWorkListDocumented(list.get("counts").get(0), "WorkKindCount", "kind", "label", "count");
    JsonNode section = null;
    for (JsonNode s : list.get("sections")) {
      section = "people.registry".equals(s.get("id").asText()) ? s : section;
    }
    assertThat(section).isNotNull();
    assertWorkListDocumented(
        section, "WorkSectionResponse", "id", "title", "items", "more", "listPath");
    assertWorkListDocumented(
        section.get("items").get(0),
        "WorkItemResponse",
        "kind",
        "who",
        "summary",
        "since",
        "ageDays",
        "due",
        "overdue",
        "href");
    assertThat(schemaOf("/api/v1/worklist", "get", "200")).isEqualTo("WorkListResponse");
    assertThat(enumOf("WorkItemResponse", "kind"))
        .containsExactlyInAnyOrder("NEW", "OVERDUE", "AWAITING", "REVIEW");
  }

  private void recordConsent() throws Exception {
    mvc.perform(
            post("/api/v1/persons/" + personId + "/consents")
                .with(user(coordinator))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"purpose\":\"CONSULTATION\",\"scopeOrganizationType\":\"COMMUNITY_CARE_CENTER\","
                        + "\"givenBy\":\"PROXY\",\"proxyName\":\"応答 花子\",\"proxyRelationship\":\"娘\","
                        + "\"method\":\"WRITTEN\",\"givenOn\":\""
                        + TestData.today()
                        + "\",\"endsOn\":\""
                        + TestData.today().plusDays(10)
                        + "\"}"))
        .andExpect(status().isCreated());
  }

  private JsonNode finished(long id) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      JsonNode s =
          read(
              get("/api/v1/imports/" + id).header("Accept-Language", "en").with(user(coordinator)));
      if (Set.of("SUCCEEDED", "FAILED").contains(s.path("status").asText())) {
        return s;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("import did not finish");
  }

  /**
   * The object carries the expected fields, only fields its schema documents, and none of the
   * internal ones.
   */
  /** As assertDocumented; a work item's kind is a documented choice, not a job's stored kind. */
  private void assertWorkListDocumented(JsonNode object, String schema, String... expected) {
    JsonNode properties = doc.at("/components/schemas/" + schema + "/properties");
    assertThat(properties.isObject()).as(schema + " in the document").isTrue();
    assertThat(names(object))
        .contains(expected)
        .doesNotContainAnyElementsOf(INTERNAL.stream().filter(n -> !n.equals("kind")).toList());
    assertThat(names(properties)).containsAll(names(object));
  }

  private void assertDocumented(JsonNode object, String schema, String... expected) {
    JsonNode properties = doc.at("/components/schemas/" + schema + "/properties");
    assertThat(properties.isObject()).as(schema + " in the document").isTrue();
    assertThat(names(object)).contains(expected).doesNotContainAnyElementsOf(INTERNAL);
    assertThat(names(properties)).containsAll(names(object));
  }

  /** The schema named by an operation's response, or by its items for an array. */
  private String schemaOf(String path, String method, String status) {
    JsonNode content =
        doc.path("paths").path(path).path(method).path("responses").path(status).path("content");
    assertThat(content.isObject()).as(method + " " + path + " " + status).isTrue();
    JsonNode schema = content.properties().iterator().next().getValue().path("schema");
    return ref(schema.path("type").asText().equals("array") ? schema.path("items") : schema);
  }

  private static String ref(JsonNode schema) {
    String ref = schema.path("$ref").asText();
    return ref.substring(ref.lastIndexOf('/') + 1);
  }

  private List<String> enumOf(String schema, String property) {
    JsonNode p = doc.at("/components/schemas/" + schema + "/properties/" + property);
    List<String> values = new ArrayList<>();
    p.path("enum").forEach(v -> values.add(v.asText()));
    return values;
  }

  private static List<String> names(JsonNode object) {
    return object.properties().stream().map(Map.Entry::getKey).toList();
  }

  private JsonNode read(RequestBuilder request) throws Exception {
    return json.readTree(body(request));
  }

  private String body(RequestBuilder request) throws Exception {
    return mvc.perform(request)
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }
}
