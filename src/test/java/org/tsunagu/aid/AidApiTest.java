package org.tsunagu.aid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.tsunagu.aid.internal.settlement.SettlementAwait;
import org.tsunagu.people.OrganizationType;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.Role;
import org.tsunagu.platform.time.TokyoClock;
import org.tsunagu.platform.time.WorkingDays;
import org.tsunagu.support.IntegrationTest;
import org.tsunagu.support.TestData;

/**
 * Mutual aid through the JSON API as a client sees it: a programme with a real fee table, a request
 * taken in last month, ranked and confirmed, reported twice and stored once, its worry sent to
 * consultation, the month settled and closed, and what must be refused refused.
 */
@IntegrationTest
class AidApiTest {

  @Autowired MockMvc mvc;
  @Autowired TestData data;
  @Autowired TokyoClock clock;
  @Autowired WorkingDays days;
  @Autowired JdbcClient jdbc;

  CurrentUser coordinator;
  CurrentUser supporterLogin;
  long town;
  long programme;
  long supporter;
  long uninsured;
  long recipient;
  long recipientPerson;

  @BeforeEach
  void setUp() throws Exception {
    long org = data.organization(OrganizationType.SHAKYO);
    coordinator = data.user(org, Role.COORDINATOR);
    supporterLogin = data.user(org, Role.SUPPORTER);
    town = data.town(TestData.unique("本町"));
    programme = id(send(coordinator, "/api/v1/aid/programmes", programme("住民参加型")));
    supporter = join(person("応援"), "SUPPORTER", supporterLogin.id(), "2099-03-31");
    uninsured = join(person("保険切"), "SUPPORTER", null, "2020-03-31");
    recipientPerson = person("利用");
    recipient = join(recipientPerson, "RECIPIENT", null, null);
  }

  @Test
  void shouldRankConfirmReportOnceAndSettleTheMonth() throws Exception {
    LocalDate day =
        YearMonth.now(clock)
            .minusMonths(1)
            .atDay(8)
            .with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
    long request =
        clock.callAt(
            day.minusDays(2).atTime(9, 0).atZone(clock.getZone()).toInstant(),
            () -> requestFor(day, "10:00", 75));
    mvc.perform(get(base() + "/requests/" + request + "/suggestions").with(user(coordinator)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.ranked[0].memberId").value(supporter))
        .andExpect(jsonPath("$.ranked[0].why", containsString("同じ地区")))
        .andExpect(jsonPath("$.ranked[0].why", containsString("火曜午前が可能")))
        .andExpect(jsonPath("$.unavailable[0].memberId").value(uninsured))
        .andExpect(jsonPath("$.unavailable[0].reason", containsString("保険")));
    send(coordinator, base() + "/requests/" + request + "/confirmation", confirm(uninsured))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("supporterId"))
        .andExpect(jsonPath("$.errors[0].message", containsString("保険")));
    send(coordinator, base() + "/requests/" + request + "/confirmation", confirm(supporter))
        .andExpect(status().isNoContent());

    String report =
        "{\"started\": \"10:00\", \"ended\": \"11:15\", \"done\": \"買い物\", \"travelYen\": 200,"
            + " \"concern\": \"冷蔵庫が空で、最近食べていないようです\"}";
    long reportId =
        clock.callAt(
            day.atTime(12, 0).atZone(clock.getZone()).toInstant(),
            () -> reportTwice(request, report));
    assertThat(count("SELECT count(*) FROM aid.activity_report WHERE request_id = ?", request))
        .isEqualTo(1);
    assertThat(
            count(
                "SELECT count(*) FROM consultation.intake WHERE person_id = ? AND reporter_kind ="
                    + " 'SUPPORTER' AND recorded_by = ?",
                recipientPerson,
                supporterLogin.id()))
        .isEqualTo(1);

    String month = YearMonth.from(day).toString();
    long settlement =
        id(
            send(coordinator, base() + "/settlements", "{\"month\": \"" + month + "\"}")
                .andExpect(status().isAccepted())
                .andExpect(header().string("Location", base() + "/settlements/" + month)));
    SettlementAwait.until(() -> settlementStatus(month), "CLOSED");
    mvc.perform(get(base() + "/settlements/" + month).with(user(coordinator)))
        .andExpect(jsonPath("$.id").value(settlement))
        .andExpect(jsonPath("$.doneItems").value(1));
    int hourly = days.holidayName(day, Locale.JAPANESE).isPresent() ? 960 : 750;
    mvc.perform(
            get(base() + "/members/" + recipient + "/statements/" + month).with(user(coordinator)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.owedYen").value(hourly * 90 / 60 + 200));
    assertBalanced();
    long journals = count("SELECT count(*) FROM aid.journal WHERE programme_id = ?", programme);
    send(coordinator, base() + "/settlements", "{\"month\": \"" + month + "\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.id").value(settlement));
    assertThat(count("SELECT count(*) FROM aid.journal WHERE programme_id = ?", programme))
        .isEqualTo(journals);

    long visitJournal = count("SELECT journal_id FROM aid.activity_report WHERE id = ?", reportId);
    String reversal = "{\"journalId\": " + visitJournal + ", \"memo\": \"時間の誤り\"}";
    send(coordinator, base() + "/reversals", reversal).andExpect(status().isCreated());
    send(coordinator, base() + "/reversals", reversal)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("journalId"));
    assertBalanced();
    assertThatThrownBy(
            () ->
                jdbc.sql(
                        "INSERT INTO aid.journal (programme_id, month, kind, created_at, created_by)"
                            + " VALUES (?, ?, 'ADJUSTMENT', now(), 1)")
                    .params(programme, YearMonth.from(day).atDay(1))
                    .update())
        .hasMessageContaining("closed");
  }

  @Test
  void shouldRankByDistanceWhereTheTownIsOnTheMap() throws Exception {
    jdbc.sql("UPDATE people.area SET latitude = 36.19, longitude = 139.70 WHERE id = ?")
        .param(town)
        .update();
    jdbc.sql(
            "UPDATE aid.supporter SET latitude = 36.19, longitude = 139.71 WHERE member_id IN (?,"
                + " ?)")
        .params(supporter, uninsured)
        .update();
    LocalDate day =
        LocalDate.now(clock).plusWeeks(1).with(TemporalAdjusters.next(DayOfWeek.TUESDAY));
    long request = requestFor(day, "10:00", 60);
    jdbc.sql("UPDATE aid.help_request SET area_id = ? WHERE id = ?").params(town, request).update();
    mvc.perform(get(base() + "/requests/" + request + "/suggestions").with(user(coordinator)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.ranked[0].memberId").value(supporter))
        .andExpect(jsonPath("$.ranked[0].why", containsString("0.9 km")));
  }

  @Test
  void shouldEndTwoConfirmationsAtOnceWithOneAssignment() throws Exception {
    long second = join(person("二人目"), "SUPPORTER", null, "2099-03-31");
    LocalDate day =
        LocalDate.now(clock).plusWeeks(1).with(TemporalAdjusters.next(DayOfWeek.TUESDAY));
    long request = requestFor(day, "09:30", 60);
    CurrentUser other = data.user(data.organization(OrganizationType.SHAKYO), Role.COORDINATOR);
    CyclicBarrier start = new CyclicBarrier(2);
    Callable<Integer> a = confirming(coordinator, request, supporter, start);
    Callable<Integer> b = confirming(coordinator, request, second, start);
    var pool = Executors.newFixedThreadPool(2);
    try {
      var results = pool.invokeAll(List.of(a, b));
      assertThat(List.of(results.get(0).get(), results.get(1).get()))
          .containsExactlyInAnyOrder(204, 400);
    } finally {
      pool.shutdown();
    }
    assertThat(
            count(
                "SELECT count(*) FROM aid.assignment WHERE request_id = ? AND status = 'CONFIRMED'",
                request))
        .isEqualTo(1);
    send(other, base() + "/requests/" + request + "/confirmation", confirm(supporter))
        .andExpect(status().isNotFound());
  }

  @Test
  void shouldRefuseNotThisPersonBadInputAndOtherRoles() throws Exception {
    jdbc.sql(
            "INSERT INTO aid.preference (recipient_id, supporter_id, kind) VALUES (?, ?, 'EXCLUDED')")
        .params(recipient, supporter)
        .update();
    LocalDate day =
        LocalDate.now(clock).plusWeeks(1).with(TemporalAdjusters.next(DayOfWeek.TUESDAY));
    long request = requestFor(day, "10:00", 60);
    send(coordinator, base() + "/requests/" + request + "/confirmation", confirm(supporter))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].message", containsString("この方以外")));
    send(
            coordinator,
            base() + "/requests",
            "{\"recipientId\": "
                + recipient
                + ", \"service\": \"FLYING\", \"date\": \"昨日\","
                + " \"starts\": \"25:00\", \"minutes\": 0}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field", hasItem("service")))
        .andExpect(jsonPath("$.errors[*].field", hasItem("date")))
        .andExpect(jsonPath("$.errors[*].field", hasItem("starts")))
        .andExpect(jsonPath("$.errors[*].field", hasItem("minutes")));
    send(coordinator, "/api/v1/aid/programmes", "{\"name\": \"\", \"rates\": [{\"band\": \"X\"}]}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field", hasItem("rates[0].band")))
        .andExpect(jsonPath("$.errors[*].field", hasItem("menu")));
    send(supporterLogin, base() + "/requests", "{}").andExpect(status().isForbidden());
    mvc.perform(get(base() + "/balances").with(user(supporterLogin)))
        .andExpect(status().isNotFound());
    send(coordinator, base() + "/settlements", "{\"month\": \"" + YearMonth.now(clock) + "\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("month"));
  }

  private long reportTwice(long request, String report) {
    try {
      String path = "/api/v1/aid/requests/" + request + "/report";
      long first = id(send(supporterLogin, path, report, "r-1").andExpect(status().isCreated()));
      send(supporterLogin, path, report, "r-1")
          .andExpect(status().isCreated())
          .andExpect(header().string("Idempotent-Replayed", "true"));
      return first;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private Callable<Integer> confirming(
      CurrentUser as, long request, long who, CyclicBarrier start) {
    return () -> {
      start.await();
      return send(as, base() + "/requests/" + request + "/confirmation", confirm(who))
          .andReturn()
          .getResponse()
          .getStatus();
    };
  }

  private String settlementStatus(String month) {
    try {
      return mvc.perform(get(base() + "/settlements/" + month).with(user(coordinator)))
          .andReturn()
          .getResponse()
          .getContentAsString()
          .replaceAll(".*\"status\":\"([A-Z]+)\".*", "$1");
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private void assertBalanced() {
    assertThat(
            jdbc.sql(
                    "SELECT coalesce(sum(balance), 0) FROM aid.account WHERE programme_id = ?"
                        + " GROUP BY unit")
                .param(programme)
                .query(Long.class)
                .list())
        .allMatch(sum -> sum == 0);
  }

  private long requestFor(LocalDate day, String starts, int minutes) {
    try {
      String body =
          "{\"recipientId\": "
              + recipient
              + ", \"service\": \"SHOPPING\", \"date\": \""
              + day
              + "\", \"starts\": \""
              + starts
              + "\", \"minutes\": "
              + minutes
              + "}";
      String json =
          send(coordinator, base() + "/requests", body)
              .andExpect(status().isCreated())
              .andReturn()
              .getResponse()
              .getContentAsString();
      return Long.parseLong(json.replaceAll("\\D+", ""));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private long person(String given) {
    return data.register(
        coordinator,
        TestData.inHousehold(
            TestData.person("助合" + TestData.unique(""), given, "すけあい", "たろう", "1950-04-01"),
            town,
            TestData.unique("世帯")));
  }

  private long join(long personId, String type, Long login, String insuredUntil) throws Exception {
    String body =
        "{\"personId\": "
            + personId
            + ", \"memberType\": \""
            + type
            + "\""
            + (login == null ? "" : ", \"userId\": " + login)
            + ("SUPPORTER".equals(type)
                ? ", \"insuranceName\": \"ボランティア活動保険\", \"insuranceUntil\": \""
                    + insuredUntil
                    + "\", \"skills\": [\"SHOPPING\"], \"areaIds\": ["
                    + town
                    + "], \"availability\": [{\"weekday\": 2, \"starts\": \"09:00\", \"ends\":"
                    + " \"12:00\"}]"
                : "")
            + "}";
    return id(send(coordinator, base() + "/members", body));
  }

  static String programme(String name) {
    return "{\"name\": \""
        + TestData.unique(name)
        + "\", \"annualFeeYen\": 1000, \"minimumMinutes\": 60, \"stepMinutes\": 30,"
        + " \"maxMinutesPerDay\": 240, \"weekdayFrom\": \"06:00\", \"weekdayUntil\": \"22:00\","
        + " \"timeCredits\": \"OPTIONAL\", \"creditUsers\": [\"SELF\", \"SPOUSE\"], \"rates\": ["
        + "{\"band\": \"WEEKDAY\", \"recipientYenPerHour\": 750, \"supporterYenPerHour\": 600},"
        + "{\"band\": \"OUT_OF_HOURS\", \"recipientYenPerHour\": 960, \"supporterYenPerHour\": 800},"
        + "{\"band\": \"WEEKEND_HOLIDAY\", \"recipientYenPerHour\": 960, \"supporterYenPerHour\":"
        + " 800}, {\"band\": \"YEAR_END\", \"recipientYenPerHour\": 960, \"supporterYenPerHour\":"
        + " 800}], \"menu\": [{\"code\": \"SHOPPING\", \"name\": \"買い物\"}, {\"code\":"
        + " \"OUTING\", \"name\": \"外出付き添い\", \"needsDriving\": true}]}";
  }

  private String base() {
    return "/api/v1/aid/programmes/" + programme;
  }

  private static String confirm(long supporterId) {
    return "{\"supporterId\": " + supporterId + "}";
  }

  private long count(String sql, Object... args) {
    return jdbc.sql(sql).params(args).query(Long.class).single();
  }

  private ResultActions send(CurrentUser as, String path, String body) throws Exception {
    return send(as, path, body, null);
  }

  private ResultActions send(CurrentUser as, String path, String body, String key)
      throws Exception {
    var request =
        post(path)
            .with(user(as))
            .with(csrf())
            .contentType(MediaType.APPLICATION_JSON)
            .content(body);
    if (key != null) {
      request.header("Idempotency-Key", key);
    }
    return mvc.perform(request);
  }

  private static long id(ResultActions result) throws Exception {
    String json = result.andReturn().getResponse().getContentAsString();
    return Long.parseLong(json.replaceAll("^\\{\"id\":(\\d+).*$", "$1"));
  }
}
