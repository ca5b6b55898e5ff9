package org.tsunagu.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tsunagu.people.OrganizationType;
import org.tsunagu.people.SupportDomain;
import org.tsunagu.platform.security.ApiTokens;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.Role;
import org.tsunagu.support.ConsultationData;
import org.tsunagu.support.IntegrationTest;
import org.tsunagu.support.TestData;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Each kind of API error is a problem document in the caller's language. */
@IntegrationTest
class ApiProblemsTest {

  @Autowired MockMvc mvc;
  @Autowired TestData data;
  @Autowired ApiTokens tokens;
  @Autowired ConsultationData consultation;
  @LocalServerPort int port;

  private CurrentUser coordinator;
  private String bearer;

  @BeforeEach
  void coordinator() {
    coordinator = data.user(data.organization(OrganizationType.SHAKYO), Role.COORDINATOR);
    bearer = "Bearer " + tokens.issue(coordinator.id(), "t", Duration.ofHours(1)).token();
  }

  private ResultActions call(MockHttpServletRequestBuilder request) throws Exception {
    return mvc.perform(request.header("Authorization", bearer));
  }

  private static ResultActions problem(ResultActions r, int status) throws Exception {
    return r.andExpect(status().is(status))
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.status").value(status))
        .andExpect(jsonPath("$.type").value(startsWith("https://")))
        .andExpect(jsonPath("$.title").isString());
  }

  private MockHttpServletRequestBuilder search(String json) {
    return post("/api/v1/persons/search").contentType(MediaType.APPLICATION_JSON).content(json);
  }

  @Test
  void shouldAnswerATextBodyWith415AndAnHtmlAcceptWith406() throws Exception {
    problem(
        call(post("/api/v1/persons/search").contentType(MediaType.TEXT_PLAIN).content("やまだ")), 415);
    problem(call(get("/api/v1/persons").accept(MediaType.TEXT_HTML)), 406);
    problem(call(search("{\"query\":")), 400);
  }

  @Test
  void shouldAnswerInTheLanguageOfAcceptLanguageForBearerAndAnonymousCallers() throws Exception {
    problem(call(get("/api/v1/persons/999999999").header("Accept-Language", "en-GB,en;q=0.8")), 404)
        .andExpect(jsonPath("$.title").value(startsWith("Nothing was found")));
    problem(call(get("/api/v1/persons/999999999")), 404)
        .andExpect(jsonPath("$.title").value(startsWith("お探しの情報")));
    problem(mvc.perform(get("/api/v1/persons").header("Accept-Language", "en")), 401)
        .andExpect(jsonPath("$.title").value("Please sign in."));
    problem(mvc.perform(get("/api/v1/persons")), 401)
        .andExpect(jsonPath("$.title").value("ログインが必要です。"));
  }

  /**
   * The firewall's header rule (HeaderFirewall): a control character is refused, never read. (Over
   * HTTP the container's error page makes the 400 a problem; MockMvc has no error dispatch.)
   */
  @Test
  void shouldRefuseAControlCharacterInAHeader() throws Exception {
    mvc.perform(get("/api/v1/persons").header("Authorization", bearer + "\u0085"))
        .andExpect(status().isBadRequest());
    mvc.perform(get("/api/v1/persons").header("Authorization", "Bearer x\u0000y"))
        .andExpect(status().isBadRequest());
    call(get("/api/v1/persons").header("Accept-Language", "ja, en;q=0.5"))
        .andExpect(status().isOk());
  }

  @Test
  void shouldRefuseACookieCallWithoutCsrfTokenAsAProblem() throws Exception {
    problem(mvc.perform(search("{}").with(user(coordinator)).header("Accept-Language", "en")), 403)
        .andExpect(jsonPath("$.title").value("You are not allowed to do this."));
  }

  @Test
  void shouldAnswerUnknownPathsAndMethodsAsProblemsWhateverTheAccept() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    for (String[] c :
        new String[][] {
          {"GET", "/api/v1/nothing-here", "text/html", "404"},
          {"DELETE", "/api/v1/persons", "application/json", "405"},
          {"GET", "/api/v1/cards/blank.pdf", "application/json", "406"}
        }) {
      HttpResponse<String> r =
          http.send(
              HttpRequest.newBuilder(URI.create("http://localhost:" + port + c[1]))
                  .method(c[0], HttpRequest.BodyPublishers.noBody())
                  .header("Authorization", bearer)
                  .header("Accept", c[2])
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).as(c[1]).isEqualTo(Integer.parseInt(c[3]));
      assertThat(isProblem(r)).as(c[1] + " " + r.body()).isTrue();
    }
  }

  @Test
  void shouldNameTheFieldWithControlCharactersTooMuchTextOrTheWrongType() throws Exception {
    problem(call(search("{\"query\":\"やま\\u0000だ\"}")), 400)
        .andExpect(jsonPath("$.errors[0].field").value("query"));
    problem(call(search("{\"query\":\"" + "あ".repeat(InputLimits.MAX_TEXT + 1) + "\"}")), 400)
        .andExpect(jsonPath("$.errors[0].field").value("query"));
    problem(call(search("{\"query\":12}")), 400)
        .andExpect(jsonPath("$.errors[0].field").value("query"));
    problem(call(search("{\"page\":\"1\"}")), 400)
        .andExpect(jsonPath("$.errors[0].field").value("page"));
    problem(call(search("{\"page\":-1}")), 400)
        .andExpect(jsonPath("$.errors[0].field").value("page"));
  }

  @Test
  void shouldRefuseDatesOutOfRangeNumbersForDatesAndChoices() throws Exception {
    for (String date : new String[] {"\"0000-01-01\"", "\"9999-12-31\"", "20260101"}) {
      problem(
              call(
                  post("/api/v1/cases/999999999/reviews")
                      .contentType(MediaType.APPLICATION_JSON)
                      .content("{\"reviewedOn\":" + date + "}")),
              400)
          .andExpect(jsonPath("$.errors[0].field").value("reviewedOn"));
    }
    problem(
            call(
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(
                        "/api/v1/cases/999999999/status")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"version\":1,\"status\":0}")),
            400)
        .andExpect(jsonPath("$.errors[0].field").value("status"));
  }

  @Test
  void shouldListTheRequiredFieldsOfAnEmptyBody() throws Exception {
    CurrentUser admin = data.user(coordinator.organizationId(), Role.ADMIN);
    String adminBearer = "Bearer " + tokens.issue(admin.id(), "t", Duration.ofHours(1)).token();
    problem(
            mvc.perform(
                post("/api/v1/persons/merge")
                    .header("Authorization", adminBearer)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{}")),
            400)
        .andExpect(
            jsonPath("$.errors[*].field").value(containsInAnyOrder("survivorId", "mergedId")));
  }

  @Test
  void shouldRefuseBadPagesAndIdempotencyKeys() throws Exception {
    problem(call(get("/api/v1/persons").param("page", "-1")), 400)
        .andExpect(jsonPath("$.errors[0].field").value("page"));
    problem(call(get("/api/v1/cases").param("page", "99999999999")), 400)
        .andExpect(jsonPath("$.errors[0].field").value("page"));
    problem(
            call(
                post("/api/v1/intakes")
                    .header("Idempotency-Key", "k".repeat(InputLimits.MAX_IDEMPOTENCY_KEY + 1))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{}")),
            400)
        .andExpect(jsonPath("$.errors[0].field").value("Idempotency-Key"));
    problem(
            call(
                post("/api/v1/intakes")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"idempotencyKey\":\"" + "k".repeat(201) + "\"}")),
            400)
        .andExpect(jsonPath("$.errors[0].field").value("idempotencyKey"));
  }

  @Test
  void shouldNameAConferenceThatDidNotTakeUpTheCase() throws Exception {
    long person =
        data.register(coordinator, TestData.person("会議", "太郎", "かいぎ", "たろう", "1950-02-03"));
    long caseId = consultation.openCase(coordinator, person, Set.of(SupportDomain.POVERTY_DEBT));
    problem(
            call(
                post("/api/v1/cases/" + caseId + "/bases")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        "{\"kind\":\"SUPPORT_MEETING\",\"reason\":\"会議で決定\","
                            + "\"conferenceId\":999999999}")),
            400)
        .andExpect(jsonPath("$.errors[0].field").value("conferenceId"));
  }

  @Test
  void shouldBoundTheAuditSearchOfTheApi() throws Exception {
    CurrentUser admin = data.user(coordinator.organizationId(), Role.ADMIN);
    String token = "Bearer " + tokens.issue(admin.id(), "t", Duration.ofHours(1)).token();
    problem(
            mvc.perform(
                get("/api/v1/audit").param("page", "2147483647").header("Authorization", token)),
            400)
        .andExpect(jsonPath("$.errors[0].field").value("page"));
    problem(
            mvc.perform(
                get("/api/v1/audit").param("from", "0000-01-01").header("Authorization", token)),
            400)
        .andExpect(jsonPath("$.errors[0].field").value("from"));
  }

  /** Problem JSON with type, title and the response's status. */
  static boolean isProblem(HttpResponse<String> res) {
    String type = res.headers().firstValue("Content-Type").orElse("");
    if (!type.startsWith("application/problem+json")) {
      return false;
    }
    JsonNode body = JsonMapper.builder().build().readTree(res.body());
    return body.path("type").isString()
        && body.path("title").isString()
        && body.path("status").asInt() == res.statusCode();
  }
}
