package org.tsunagu.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tsunagu.consultation.internal.intake.IntakeRecording;
import org.tsunagu.people.AreaLevel;
import org.tsunagu.people.OrganizationType;
import org.tsunagu.people.SupportDomain;
import org.tsunagu.people.internal.area.Areas;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.Role;
import org.tsunagu.support.ConsultationData;
import org.tsunagu.support.IntegrationTest;
import org.tsunagu.support.TestData;

/**
 * A coordinator's work list: counts by kind, sections, filters by scope, worker, area and kind,
 * names only where the organisation may see the person, bad filters refused with 400.
 */
@IntegrationTest
class WorkListTest {

  @Autowired TestData data;
  @Autowired ConsultationData consultation;
  @Autowired IntakeRecording recording;
  @Autowired Areas areas;
  @Autowired JdbcClient jdbc;
  @Autowired MockMvc mvc;
  final ObjectMapper json = new ObjectMapper();

  CurrentUser coordinator;
  CurrentUser colleague;
  CurrentUser agency;
  String family;
  long caseId;
  long district;

  /**
   * The 社協 has one new intake (未対応), a case whose review is in three days (見直し), and two referrals
   * sent by the coordinator: one awaited (回答待ち), one past its date (期限切れ).
   */
  @BeforeEach
  void setUp() {
    long shakyo = data.organization(OrganizationType.SHAKYO);
    coordinator = data.user(shakyo, Role.COORDINATOR);
    colleague = data.user(shakyo, Role.COORDINATOR);
    long agencyOrg = data.organization(OrganizationType.COMMUNITY_CARE_CENTER);
    long otherOrg = data.organization(OrganizationType.NPO);
    agency = data.user(agencyOrg, Role.AGENCY_WORKER);
    family = TestData.unique("一覧");
    long person =
        data.register(coordinator, TestData.person(family, "花子", "いちらん", "はなこ", "1941-05-05"));
    caseId = consultation.openCase(coordinator, person, EnumSet.of(SupportDomain.ELDERLY_CARE));
    List<Long> sent = consultation.refer(coordinator, caseId, null, agencyOrg, otherOrg);
    jdbc.sql(
            "UPDATE consultation.referral SET respond_by = (now() AT TIME ZONE 'Asia/Tokyo')::date - 2 WHERE id = ?")
        .param(sent.get(1))
        .update();
    jdbc.sql(
            "UPDATE consultation.support_case SET review_on = (now() AT TIME ZONE 'Asia/Tokyo')::date + 3 WHERE id = ?")
        .param(caseId)
        .update();
    long window = consultation.window(coordinator, "OFFICE");
    TestData.asUser(
        coordinator,
        () ->
            recording.record(
                coordinator,
                ConsultationData.intake(
                    window, null, "夜に眠れない", Set.of(SupportDomain.HEALTH), false)));
    data.town("一覧町");
    long city = areas.findByName("テスト市").orElseThrow();
    district = areas.create(city, AreaLevel.DISTRICT, TestData.unique("圏域"), null, null, null);
    long town = areas.create(district, AreaLevel.TOWN, TestData.unique("町"), null, null, null);
    jdbc.sql("UPDATE consultation.support_case SET area_id = ? WHERE id = ?")
        .params(town, caseId)
        .update();
  }

  private JsonNode api(CurrentUser as, String query) throws Exception {
    return json.readTree(
        mvc.perform(get("/api/v1/worklist" + query).with(user(as)))
            .andReturn()
            .getResponse()
            .getContentAsString());
  }

  private static int count(JsonNode list, String kind) {
    for (JsonNode c : list.get("counts")) {
      if (c.get("kind").asText().equals(kind)) {
        return c.get("count").asInt();
      }
    }
    throw new AssertionError("no count for " + kind);
  }

  private static List<String> sections(JsonNode list) {
    List<String> ids = new ArrayList<>();
    list.get("sections").forEach(s -> ids.add(s.get("id").asText()));
    return ids;
  }

  private static List<JsonNode> items(JsonNode list, String section) {
    List<JsonNode> found = new ArrayList<>();
    list.get("sections")
        .forEach(
            s -> {
              if (s.get("id").asText().equals(section)) {
                s.get("items").forEach(found::add);
              }
            });
    return found;
  }

  @Test
  void shouldCountByKindAndGroupIntoSectionsWithWhoAgeAndDeadline() throws Exception {
    JsonNode list = api(coordinator, "");
    assertThat(count(list, "NEW")).isEqualTo(1);
    assertThat(count(list, "AWAITING")).isEqualTo(1);
    assertThat(count(list, "OVERDUE")).isEqualTo(1);
    assertThat(count(list, "REVIEW")).isEqualTo(1);
    assertThat(sections(list))
        .containsExactly("consultation.intakes", "consultation.referralsSent", "consultation.plan");
    List<JsonNode> sent = items(list, "consultation.referralsSent");
    assertThat(sent).hasSize(2);
    assertThat(sent.get(0).get("kind").asText()).isEqualTo("OVERDUE");
    assertThat(sent.get(0).get("overdue").asBoolean()).isTrue();
    assertThat(sent.get(0).get("due").asText()).isEqualTo(TestData.today().minusDays(2).toString());
    assertThat(sent.get(1).get("kind").asText()).isEqualTo("AWAITING");
    assertThat(sent.get(1).get("who").asText()).isEqualTo(family + " 花子");
    assertThat(sent.get(1).get("ageDays").asInt()).isZero();
    JsonNode intake = items(list, "consultation.intakes").get(0);
    assertThat(intake.get("who").asText()).isEqualTo("角の家の男性");
    assertThat(intake.get("summary").asText()).contains("夜に眠れない");
    assertThat(items(list, "consultation.plan").get(0).get("due").asText())
        .isEqualTo(TestData.today().plusDays(3).toString());

    String page = page(get("/").with(user(coordinator)));
    assertThat(page).contains("未対応", "期限切れ", "回答待ち", "見直し", "新しい相談", "送ったつなぎ");
    assertThat(page).contains(family + " 花子", "今日", "（期限切れ）");
  }

  @Test
  void shouldNarrowByKindScopeWorkerAndArea() throws Exception {
    JsonNode overdue = api(coordinator, "?kind=overdue");
    assertThat(count(overdue, "OVERDUE")).isEqualTo(1);
    assertThat(count(overdue, "NEW") + count(overdue, "AWAITING") + count(overdue, "REVIEW"))
        .isZero();
    assertThat(sections(overdue)).containsExactly("consultation.referralsSent");

    JsonNode colleagues = api(coordinator, "?worker=" + colleague.id());
    assertThat(sections(colleagues)).isEmpty();
    JsonNode mine = api(coordinator, "?scope=mine");
    assertThat(count(mine, "AWAITING")).isEqualTo(1);
    assertThat(count(mine, "NEW")).isEqualTo(1); // the new intake is nobody's yet
    JsonNode theirs = api(colleague, "?scope=mine");
    assertThat(count(theirs, "AWAITING")).isZero();

    JsonNode inDistrict = api(coordinator, "?area=" + district);
    assertThat(sections(inDistrict))
        .containsExactly("consultation.referralsSent", "consultation.plan");
    String page = page(get("/").param("area", String.valueOf(district)).with(user(coordinator)));
    assertThat(page).contains("selected").doesNotContain("夜に眠れない");
  }

  @Test
  void shouldNameThePersonOnlyWhereTheOrganisationMaySeeThem() throws Exception {
    JsonNode list = api(agency, "");
    List<JsonNode> received = items(list, "consultation.referralsReceived");
    assertThat(received).hasSize(1);
    assertThat(received.get(0).path("who").isMissingNode() || received.get(0).get("who").isNull())
        .isTrue();
    assertThat(received.get(0).get("summary").asText()).contains("高齢の方");
    assertThat(list.toString()).doesNotContain(family);
    assertThat(page(get("/").with(user(agency)))).doesNotContain(family).contains("届いたつなぎ");
  }

  /** The home shows a section's ten most pressing rows and links to the rest; the API twenty. */
  @Test
  void shouldShowTheMostPressingRowsOfASectionAndLinkToTheRest() throws Exception {
    long window = consultation.window(coordinator, "OFFICE");
    for (int i = 0; i < 14; i++) {
      TestData.asUser(
          coordinator,
          () ->
              recording.record(
                  coordinator,
                  ConsultationData.intake(
                      window, null, "買い物に行けない", Set.of(SupportDomain.FOOD), false)));
    }
    assertThat(items(api(coordinator, ""), "consultation.intakes")).hasSize(15);
    String page = page(get("/").with(user(coordinator)));
    String intakes =
        page.substring(
            page.indexOf("id=\"ws-consultation.intakes\""),
            page.indexOf("id=\"ws-consultation.referralsSent\""));
    assertThat(intakes.split("<li class=\"kind-", -1)).hasSize(11);
    assertThat(intakes).contains("ほかにもあります", "href=\"/intakes?newOnly=true\"");
  }

  @Test
  void shouldRefuseBadFiltersWith400OnThePageAndInTheApi() throws Exception {
    CurrentUser stranger = data.user(data.organization(OrganizationType.SHAKYO), Role.COORDINATOR);
    for (String query :
        List.of(
            "kind=URGENT",
            "scope=everyone",
            "worker=abc",
            "worker=" + stranger.id(),
            "area=999999999",
            "area=-1",
            "worker=99999999999999999999")) {
      int pageStatus =
          mvc.perform(get("/?" + query).with(user(coordinator)))
              .andReturn()
              .getResponse()
              .getStatus();
      assertThat(pageStatus).as(query).isEqualTo(400);
      var api = mvc.perform(get("/api/v1/worklist?" + query).with(user(coordinator))).andReturn();
      assertThat(api.getResponse().getStatus()).as(query).isEqualTo(400);
      assertThat(api.getResponse().getContentType()).contains("application/problem+json");
    }
  }

  @Test
  void shouldGiveFieldRolesTheirActionsAndNoOfficeWords() throws Exception {
    long salon = data.organization(OrganizationType.VOLUNTEER_GROUP);
    String host = page(get("/").with(user(data.user(salon, Role.SALON_HOST))));
    assertThat(host).contains("つながりカードを書く", "href=\"/card\"", "button primary big");
    assertThat(host).doesNotContain("今日の仕事", "今日対応が必要なことはありません");
    CurrentUser member = data.user(data.organization(OrganizationType.COOP), Role.MEMBER);
    String home = page(get("/").with(user(member)));
    assertThat(home).contains("ホーム", "困ったことがあれば").doesNotContain("今日の仕事");
    assertThat(page(get("/settings").with(user(member)))).doesNotContain("APIトークン", "今日の仕事");
    JsonNode api = api(member, "");
    assertThat(sections(api)).isEmpty();
  }

  private String page(MockHttpServletRequestBuilder request) throws Exception {
    var response = mvc.perform(request).andReturn().getResponse();
    assertThat(response.getStatus()).isEqualTo(200);
    response.setCharacterEncoding("UTF-8");
    return response.getContentAsString();
  }
}
