package org.tsunagu.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tsunagu.people.OrganizationType;
import org.tsunagu.people.SupportDomain;
import org.tsunagu.platform.security.ApiTokens;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.Role;
import org.tsunagu.support.ConsultationData;
import org.tsunagu.support.IntegrationTest;
import org.tsunagu.support.TestData;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every operation of the served OpenAPI document, sent bad input by an administrator, a coordinator
 * (by API token) and an anonymous caller, answers no 5xx and every 4xx as a problem document. The
 * operations come from the document, so a new endpoint is covered as it is added. Its data is its
 * own organisations'.
 */
@IntegrationTest
class ApiBadInputBatteryTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final long MISSING = 999_999_999L;

  @LocalServerPort int port;
  @Autowired TestData data;
  @Autowired ConsultationData consultation;
  @Autowired ApiTokens tokens;

  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @Test
  void everyOperationAnswersBadInputWithAProblemAndNever5xx() throws Exception {
    long org = data.organization(OrganizationType.SHAKYO);
    long partner = data.organization(OrganizationType.NPO);
    CurrentUser coordinator = data.user(org, Role.COORDINATOR);
    CurrentUser admin = data.user(org, Role.ADMIN);
    Map<String, Long> ids = fixture(coordinator, partner);
    ApiOperations doc = new ApiOperations(JSON.readTree(send(get("/v3/api-docs", null)).body()));
    List<ApiOperations.Operation> operations = doc.all();
    assertThat(operations).hasSizeGreaterThan(30);

    List<String> failures = new ArrayList<>();
    BadInputs inputs = new BadInputs(doc);
    for (ApiOperations.Operation op : operations) {
      for (BadInputs.Request r : inputs.of(op, segment -> ids.getOrDefault(segment, MISSING))) {
        for (String token : List.of(token(admin), token(coordinator))) {
          check(r, token, failures);
        }
      }
      var anonymous = inputs.of(op, segment -> ids.getOrDefault(segment, MISSING)).get(0);
      check(anonymous, null, failures);
    }
    assertThat(failures).as(failures.size() + " bad answers").isEmpty();
  }

  private Map<String, Long> fixture(CurrentUser coordinator, long partner) {
    long person =
        data.register(coordinator, TestData.person("電池", "試験", "でんち", "しけん", "1950-02-03"));
    long caseId = consultation.openCase(coordinator, person, Set.of(SupportDomain.POVERTY_DEBT));
    long basis = consultation.supportMeetingBasis(coordinator, caseId);
    long referral = consultation.refer(coordinator, caseId, basis, partner).get(0);
    Map<String, Long> ids = new HashMap<>();
    ids.put("persons", person);
    ids.put("cases", caseId);
    ids.put("case-bases", basis);
    ids.put("referrals", referral);
    return ids;
  }

  private final Map<Long, String> issued = new HashMap<>();

  private String token(CurrentUser user) {
    return issued.computeIfAbsent(
        user.id(), id -> tokens.issue(id, "battery", Duration.ofHours(1)).token());
  }

  private void check(BadInputs.Request r, String token, List<String> failures) throws Exception {
    HttpResponse<String> res = send(toHttp(r, token));
    int status = res.statusCode();
    String what =
        r.method() + " " + r.uri() + " [" + r.label() + "]" + (token == null ? " anonymous" : "");
    if (status >= 500) {
      failures.add(status + " " + what);
    } else if (status >= 400 && !ApiProblemsTest.isProblem(res)) {
      failures.add(
          status
              + " not a problem "
              + what
              + ": "
              + res.headers().firstValue("Content-Type").orElse("-"));
    } else if (status == 422 && res.body().contains("/error.unprocessable\"")) {
      failures.add("422 from a database constraint, not a field check: " + what);
    } else if (token == null && status != 401 && status != 403) {
      failures.add(status + " instead of 401 or the CSRF refusal " + what);
    }
  }

  private HttpRequest toHttp(BadInputs.Request r, String token) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + r.uri()))
            .timeout(Duration.ofSeconds(30));
    HttpRequest.BodyPublisher body =
        r.body() == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(r.body());
    b.method(r.method(), body);
    if (r.body() != null) {
      b.header("Content-Type", r.contentType() + "; charset=UTF-8");
    }
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    if (!r.headers().containsKey("Accept")) {
      b.header("Accept", "application/json");
    }
    r.headers().forEach(b::header);
    return b.build();
  }

  private HttpRequest get(String path, String token) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return b.build();
  }

  /**
   * Once more on a connection the server had closed (it closes one after refusing an oversized
   * header, and the client may have picked it from its pool at that moment).
   */
  private HttpResponse<String> send(HttpRequest request) throws Exception {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (java.io.IOException closed) {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
  }
}
