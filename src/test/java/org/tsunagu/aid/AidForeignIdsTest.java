package org.tsunagu.aid;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.tsunagu.aid.internal.batch.BatchProposals;
import org.tsunagu.aid.internal.matching.Assignments;
import org.tsunagu.aid.internal.member.Members;
import org.tsunagu.aid.internal.report.ActivityReports;
import org.tsunagu.aid.internal.report.ReportInput;
import org.tsunagu.aid.internal.settlement.Settlements;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.Role;
import org.tsunagu.platform.time.TokyoClock;
import org.tsunagu.support.IntegrationTest;
import org.tsunagu.support.TestData;

/**
 * Every read of mutual aid, found from the request mappings, asked with ids that are not the
 * caller's: the other organisation's programme, our programme with their members, requests,
 * proposals and people, and ids that do not exist. Each answers 404 — never their data, never a 500
 * — and no answer names their people; the same path with our own ids answers 200, so a 404 is the
 * refusal and not a broken path. A supporter asking for a visit that is not theirs finds nothing
 * either. A new read without a case here fails {@link #everyReadHasACase}.
 */
@IntegrationTest
@Import(AidFixture.class)
class AidForeignIdsTest {

  private static final long UNKNOWN = 4_000_000_000_000L;

  /** The coordinator's reads with ids, and the query each needs ({name} filled as in the path). */
  private static final Map<String, String> OFFICE_READS =
      Map.ofEntries(
          entry("/aid/programmes/{id}", ""),
          entry("/aid/programmes/{id}/members", ""),
          entry("/aid/programmes/{id}/members/new", "?personId={personId}"),
          entry("/aid/programmes/{id}/requests/new", ""),
          entry("/aid/programmes/{id}/requests/{requestId}", ""),
          entry("/aid/programmes/{id}/batch/{proposalId}", ""),
          entry("/aid/programmes/{id}/settlements", ""),
          entry("/aid/programmes/{id}/settlements/{month:\\d{4}-\\d{2}}", ""),
          entry("/aid/programmes/{id}/settlements/{month:\\d{4}-\\d{2}}.xlsx", ""),
          entry("/aid/programmes/{id}/members/{memberId}/statements/{month:\\d{4}-\\d{2}}.pdf", ""),
          entry("/api/v1/aid/programmes/{id}", ""),
          entry("/api/v1/aid/programmes/{programmeId}/members", "?type=RECIPIENT"),
          entry("/api/v1/aid/programmes/{programmeId}/requests", ""),
          entry("/api/v1/aid/programmes/{programmeId}/requests/{requestId}/suggestions", ""),
          entry("/api/v1/aid/programmes/{programmeId}/batch-proposals/{proposalId}", ""),
          entry("/api/v1/aid/programmes/{programmeId}/settlements", ""),
          entry("/api/v1/aid/programmes/{programmeId}/settlements/{month}", ""),
          entry("/api/v1/aid/programmes/{programmeId}/members/{memberId}/statements/{month}", ""),
          entry("/api/v1/aid/programmes/{programmeId}/balances", ""),
          entry("/aid/programmes/{id}/rules", ""),
          entry("/aid/programmes/{id}/money", "?member={memberId}"),
          entry("/aid/programmes/{id}/members/{memberId:\\d+}", ""),
          entry("/aid/programmes/{id}/settlements/{month}/journals", ""),
          entry("/api/v1/aid/programmes/{programmeId}/members/{memberId}/money-moves", ""),
          entry("/api/v1/aid/programmes/{programmeId}/members/{memberId}/credit-users", ""),
          entry("/api/v1/aid/programmes/{programmeId}/annual-fees/{feeYear}", ""));

  /** The supporter's own read of one visit. */
  private static final String REPORT_FORM = "/aid/tasks/{requestId}/report";

  /** Reads without ids: each shows only the caller's own organisation or self. */
  private static final Map<String, Role> OWN_READS =
      Map.of(
          "/aid", Role.COORDINATOR,
          "/aid/programmes/new", Role.COORDINATOR,
          "/aid/numbers", Role.COORDINATOR,
          "/aid/numbers/months", Role.COORDINATOR,
          "/api/v1/aid/programmes", Role.COORDINATOR,
          "/aid/ask", Role.MEMBER,
          "/aid/tasks", Role.SUPPORTER,
          "/api/v1/aid/tasks", Role.SUPPORTER);

  private static final Pattern VARIABLE =
      Pattern.compile("\\{(\\w+)(?::[^{}]*(?:\\{[^}]*}[^{}]*)*)?}");

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  @Autowired MockMvc mvc;
  @Autowired AidFixture fixture;
  @Autowired TestData data;
  @Autowired TokyoClock clock;
  @Autowired JdbcClient jdbc;
  @Autowired Members members;
  @Autowired Assignments assignments;
  @Autowired ActivityReports reports;
  @Autowired Settlements settlements;
  @Autowired BatchProposals proposals;

  /** One organisation's programme with everything a read can name. */
  record Side(
      AidFixture.Scheme scheme,
      CurrentUser otherSupporterLogin,
      List<Long> members,
      long done,
      long confirmed,
      long offered,
      long proposal,
      String month,
      Set<String> familyNames) {

    List<Long> requests() {
      return List.of(done, confirmed, offered);
    }
  }

  Side ours;
  Side theirs;

  @BeforeEach
  void setUp() {
    ours = side();
    theirs = side();
  }

  @Test
  void everyReadHasACase() {
    Set<String> covered = new TreeSet<>(OFFICE_READS.keySet());
    covered.add(REPORT_FORM);
    covered.addAll(OWN_READS.keySet());
    assertThat(new TreeSet<>(reads())).isEqualTo(covered);
  }

  @Test
  void officeReadsAnswerNotFoundForIdsThatAreNotOurs() throws Exception {
    List<String> wrong = new ArrayList<>();
    int refused = 0;
    for (Map.Entry<String, String> read : OFFICE_READS.entrySet()) {
      String template = read.getKey() + read.getValue();
      String own = fill(template, values(ours, ours));
      expect(ours.scheme().coordinator(), own, 200, wrong);
      for (String path : foreign(template)) {
        expect(ours.scheme().coordinator(), path, 404, wrong);
        refused++;
      }
    }
    assertThat(wrong).isEmpty();
    assertThat(refused).isGreaterThanOrEqualTo(3 * OFFICE_READS.size());
  }

  @Test
  void aSupporterFindsNoVisitButTheirOwn() throws Exception {
    CurrentUser supporter = ours.scheme().supporterLogin();
    List<String> wrong = new ArrayList<>();
    expect(supporter, REPORT_FORM.replace("{requestId}", "" + ours.confirmed()), 200, wrong);
    List<Long> notTheirs = new ArrayList<>(theirs.requests());
    notTheirs.add(ours.offered());
    notTheirs.add(UNKNOWN);
    for (long request : notTheirs) {
      expect(supporter, REPORT_FORM.replace("{requestId}", "" + request), 404, wrong);
    }
    expect(
        theirs.otherSupporterLogin(),
        REPORT_FORM.replace("{requestId}", "" + ours.confirmed()),
        404,
        wrong);
    assertThat(wrong).isEmpty();
  }

  @Test
  void readsWithoutIdsShowOnlyTheCallersOwn() throws Exception {
    List<String> wrong = new ArrayList<>();
    for (Map.Entry<String, Role> read : OWN_READS.entrySet()) {
      expect(caller(ours, read.getValue()), read.getKey(), 200, wrong);
    }
    expect(ours.otherSupporterLogin(), "/aid/tasks", 200, wrong);
    assertThat(wrong).isEmpty();
  }

  /** Every GET the application maps under /aid and /api/v1/aid. */
  private List<String> reads() {
    List<String> reads = new ArrayList<>();
    for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
      if (!e.getValue().getBeanType().getPackageName().startsWith("org.tsunagu")) {
        continue;
      }
      Set<RequestMethod> methods = e.getKey().getMethodsCondition().getMethods();
      if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
        continue;
      }
      for (String pattern : e.getKey().getPatternValues()) {
        if (pattern.equals("/aid")
            || pattern.startsWith("/aid/")
            || pattern.startsWith("/api/v1/aid/")) {
          reads.add(pattern);
        }
      }
    }
    return reads;
  }

  /**
   * The template filled with ids that are not all ours: their programme (with their ids and with
   * ours), a programme that does not exist, and our programme with each of their ids and an unknown
   * one in turn.
   */
  private List<String> foreign(String template) {
    List<String> paths = new ArrayList<>();
    paths.add(fill(template, values(theirs, theirs)));
    paths.add(fill(template, values(theirs, ours)));
    Map<String, String> unknownProgramme = values(ours, ours);
    unknownProgramme.put("programme", "" + UNKNOWN);
    paths.add(fill(template, unknownProgramme));
    Map<String, List<Long>> alternatives =
        Map.of(
            "memberId", theirs.members(),
            "requestId", theirs.requests(),
            "proposalId", List.of(theirs.proposal()),
            "personId", List.of(theirs.scheme().recipientPerson()));
    for (String name : variables(template)) {
      if (!alternatives.containsKey(name)) {
        continue;
      }
      List<Long> others = new ArrayList<>(alternatives.get(name));
      others.add(UNKNOWN);
      for (long other : others) {
        Map<String, String> v = values(ours, ours);
        v.put(name, "" + other);
        paths.add(fill(template, v));
      }
    }
    return paths;
  }

  /** The programme of one side, every other id of the other. */
  private static Map<String, String> values(Side programme, Side rest) {
    Map<String, String> v = new HashMap<>();
    v.put("programme", "" + programme.scheme().programme());
    v.put("memberId", "" + rest.scheme().recipient());
    v.put("requestId", "" + rest.done());
    v.put("proposalId", "" + rest.proposal());
    v.put("personId", "" + rest.scheme().recipientPerson());
    v.put("month", rest.month());
    v.put("feeYear", rest.month().substring(0, 4));
    return v;
  }

  private static List<String> variables(String template) {
    List<String> names = new ArrayList<>();
    Matcher m = VARIABLE.matcher(template);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  private static String fill(String template, Map<String, String> values) {
    Matcher m = VARIABLE.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String name = m.group(1);
      String key = name.equals("id") || name.equals("programmeId") ? "programme" : name;
      String value = values.get(key);
      if (value == null) {
        throw new IllegalStateException("no value for {" + name + "} in " + template);
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }

  private void expect(CurrentUser as, String path, int status, List<String> wrong)
      throws Exception {
    MockHttpServletResponse response =
        mvc.perform(get(path).with(user(as))).andReturn().getResponse();
    if (response.getStatus() != status) {
      wrong.add(as.role() + " " + path + " answered " + response.getStatus());
    }
    String body = response.getContentAsString(StandardCharsets.UTF_8);
    for (String name : theirs.familyNames()) {
      if (body.contains(name)) {
        wrong.add(as.role() + " " + path + " names " + name);
      }
    }
  }

  private static CurrentUser caller(Side side, Role role) {
    return switch (role) {
      case COORDINATOR -> side.scheme().coordinator();
      case SUPPORTER -> side.scheme().supporterLogin();
      case MEMBER -> side.scheme().memberLogin();
      default -> throw new IllegalArgumentException(role.name());
    };
  }

  /**
   * A programme with a visit last month confirmed, reported and settled, a visit next week
   * confirmed, one offered to a second supporter, and a proposal for the week after.
   */
  private Side side() {
    AidFixture.Scheme s = fixture.scheme();
    CurrentUser coordinator = s.coordinator();
    CurrentUser otherLogin = data.user(s.organization(), Role.SUPPORTER);
    long other =
        members.join(
            coordinator,
            s.programme(),
            AidFixture.supporter(
                fixture.person(coordinator, s.town(), "二郎"),
                otherLogin.id(),
                "2099-03-31",
                s.town()));
    LocalDate past =
        YearMonth.now(clock)
            .minusMonths(1)
            .atDay(15)
            .with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
    long done =
        clock.callAt(
            past.minusDays(3).atTime(9, 0).atZone(clock.getZone()).toInstant(),
            () -> fixture.request(s, past));
    fixture.confirm(s, done);
    clock.runAt(
        past.atTime(13, 0).atZone(clock.getZone()).toInstant(),
        () ->
            TestData.asUser(
                s.supporterLogin(),
                () ->
                    reports.report(
                        s.supporterLogin(),
                        done,
                        new ReportInput("10:00", "11:00", "買い物", 0, 0, null, null),
                        TestData.unique("foreign-"))));
    String month = YearMonth.from(past).toString();
    TestData.asUser(coordinator, () -> settlements.settle(coordinator, s.programme(), month));
    LocalDate monday =
        LocalDate.now(clock).plusWeeks(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    long confirmed = fixture.request(s, monday.plusDays(1));
    fixture.confirm(s, confirmed);
    long offered = fixture.request(s, monday.plusDays(2));
    TestData.asUser(
        coordinator,
        () -> {
          assignments.offer(coordinator, s.programme(), offered, List.of(other));
          return null;
        });
    fixture.request(s, monday.plusWeeks(1).plusDays(1));
    long proposal =
        TestData.asUser(
            coordinator, () -> proposals.propose(coordinator, s.programme(), monday.plusWeeks(1)));
    Set<String> familyNames =
        new TreeSet<>(
            jdbc.sql(
                    "SELECT p.family_name FROM aid.member m JOIN people.person p ON p.id ="
                        + " m.person_id WHERE m.programme_id = ?")
                .param(s.programme())
                .query(String.class)
                .list());
    return new Side(
        s,
        otherLogin,
        List.of(s.recipient(), s.supporter(), other),
        done,
        confirmed,
        offered,
        proposal,
        month,
        familyNames);
  }
}
