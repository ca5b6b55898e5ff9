package org.tsunagu.consultation.internal.numbers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.tsunagu.people.AreaLevel;
import org.tsunagu.people.OrganizationType;
import org.tsunagu.people.internal.area.Areas;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.Role;
import org.tsunagu.support.IntegrationTest;
import org.tsunagu.support.TestData;

/**
 * The numbers against hand-counted rows. Each test counts its own fiscal year, so figures for the
 * whole deployment are exact however many other tests share the database.
 */
@IntegrationTest
class ConsultationNumbersTest {

  @Autowired TestData data;
  @Autowired JdbcClient jdbc;
  @Autowired Areas areas;
  @Autowired ConsultationNumbersService service;
  @Autowired NumbersLabels labels;

  long orgA;
  long orgB;
  long orgC;
  CurrentUser coordinatorA;
  ConsultationRows rows;
  long district;
  String districtName;
  long townInDistrict;
  long looseTown;
  String looseTownName;

  @BeforeEach
  void setUp() {
    orgA = data.organization(OrganizationType.SHAKYO);
    orgB = data.organization(OrganizationType.COMMUNITY_CARE_CENTER);
    orgC = data.organization(OrganizationType.SELF_RELIANCE_SUPPORT);
    coordinatorA = data.user(orgA, Role.COORDINATOR);
    rows = new ConsultationRows(jdbc, coordinatorA.id());
    looseTownName = TestData.unique("圏域外町");
    looseTown = data.town(looseTownName);
    long city = areas.find(looseTown).orElseThrow().parentId();
    districtName = TestData.unique("北部圏域");
    district = areas.create(city, AreaLevel.DISTRICT, districtName, null, null, null);
    long association =
        areas.create(district, AreaLevel.ASSOCIATION, TestData.unique("自治会"), null, null, null);
    townInDistrict =
        areas.create(association, AreaLevel.TOWN, TestData.unique("町"), null, null, null);
  }

  private ConsultationNumbers numbers(CurrentUser user, int fiscalYear) {
    return service.compute(
        user,
        new ReportPeriod(LocalDate.of(fiscalYear, 4, 1), LocalDate.of(fiscalYear + 1, 3, 31)));
  }

  private String name(long orgId) {
    return jdbc.sql("SELECT name FROM people.organization WHERE id = ?")
        .param(orgId)
        .query(String.class)
        .single();
  }

  private static String id(long id) {
    return String.valueOf(id);
  }

  @Test
  void shouldCountIntakesByWindowChannelDomainAreaAndWhatBecameOfThem() {
    String townWindowName = TestData.unique("旭町サロン");
    long townWindow = rows.window(townWindowName, orgA, townInDistrict);
    String looseWindowName = TestData.unique("本町サロン");
    long looseWindow = rows.window(looseWindowName, orgA, looseTown);
    String phoneLineName = TestData.unique("相談電話");
    long phoneLine = rows.window(phoneLineName, orgA, null);
    long otherWindow = rows.window(TestData.unique("他機関の窓口"), orgB, townInDistrict);
    long aCase = rows.openCase(orgA, townInDistrict, "2011-04-01T10:00", "ELDERLY_CARE");

    rows.intake(
        townWindow, "PHONE", "2011-04-01T09:00", "CASE", aCase, "ELDERLY_CARE", "ISOLATION");
    rows.intake(townWindow, "CARD", "2011-06-15T10:00", "NO_CASE", null, "ELDERLY_CARE");
    rows.intake(looseWindow, "PHONE", "2012-03-31T18:00", "NEW", null, "POVERTY_DEBT");
    rows.intake(phoneLine, "VISIT", "2011-12-01T10:00", "NEW", null);
    rows.intake(townWindow, "PHONE", "2011-03-31T23:59", "NEW", null);
    rows.intake(townWindow, "PHONE", "2012-04-01T00:00", "NEW", null);
    rows.intake(otherWindow, "PHONE", "2011-05-01T10:00", "NEW", null);

    IntakeNumbers n = numbers(coordinatorA, 2011).intakes();

    assertThat(n.received()).isEqualTo(4);
    assertThat(n.byWindow())
        .containsExactlyInAnyOrder(
            new Tally(id(townWindow), townWindowName, 2),
            new Tally(id(looseWindow), looseWindowName, 1),
            new Tally(id(phoneLine), phoneLineName, 1));
    assertThat(n.byWindow().get(0).key()).as("largest first").isEqualTo(id(townWindow));
    assertThat(n.byChannel())
        .containsExactlyInAnyOrder(
            new Tally("PHONE", null, 2), new Tally("CARD", null, 1), new Tally("VISIT", null, 1));
    assertThat(n.byDomain())
        .containsExactlyInAnyOrder(
            new Tally("ELDERLY_CARE", null, 2),
            new Tally("ISOLATION", null, 1),
            new Tally("POVERTY_DEBT", null, 1));
    assertThat(n.byArea())
        .containsExactlyInAnyOrder(
            new Tally(id(district), districtName, 2),
            new Tally(id(looseTown), looseTownName, 1),
            new Tally(null, null, 1));
    assertThat(n.byStatus())
        .containsExactlyInAnyOrder(
            new Tally("NEW", null, 2), new Tally("CASE", null, 1), new Tally("NO_CASE", null, 1));
  }

  @Test
  void shouldCountCasesOpenedAndClosedByTokyoDateByDomainAreaLeadAndReason() {
    // 00:30 on April 1 in Tokyo is still March 31 in UTC; 23:30 on March 31 is before the period.
    rows.openCase(orgA, townInDistrict, "2012-04-01T00:30", "ELDERLY_CARE", "HOUSING");
    rows.supportCase(
        orgA,
        looseTown,
        "2012-03-31T23:30",
        "CLOSED",
        "2012-05-01T10:00",
        "RESOLVED",
        "ELDERLY_CARE");
    rows.supportCase(
        orgA, null, "2012-07-01T10:00", "CLOSED", "2012-08-01T10:00", "NO_CONTACT", "POVERTY_DEBT");
    rows.supportCase(orgA, townInDistrict, "2012-09-01T10:00", "SUPPORTING", null, null);
    rows.supportCase(orgA, townInDistrict, "2013-04-01T00:00", "MONITORING", null, null);
    rows.openCase(orgB, townInDistrict, "2012-05-01T10:00", "ELDERLY_CARE");

    CaseNumbers n = numbers(coordinatorA, 2012).cases();

    assertThat(n.opened()).isEqualTo(3);
    assertThat(n.closed()).isEqualTo(2);
    assertThat(n.byDomain())
        .containsExactlyInAnyOrder(
            new CaseTally("ELDERLY_CARE", null, 1, 1),
            new CaseTally("HOUSING", null, 1, 0),
            new CaseTally("POVERTY_DEBT", null, 1, 1));
    assertThat(n.byArea())
        .containsExactlyInAnyOrder(
            new CaseTally(id(district), districtName, 2, 0),
            new CaseTally(id(looseTown), looseTownName, 0, 1),
            new CaseTally(null, null, 1, 1));
    assertThat(n.byLeadOrganization()).containsExactly(new CaseTally(id(orgA), name(orgA), 3, 2));
    assertThat(n.closedByReason())
        .containsExactlyInAnyOrder(
            new Tally("RESOLVED", null, 1), new Tally("NO_CONTACT", null, 1));
    assertThat(n.openNow()).isEqualTo(3);
    assertThat(n.openNowByStatus())
        .containsExactlyInAnyOrder(
            new Tally("OPEN", null, 1),
            new Tally("SUPPORTING", null, 1),
            new Tally("MONITORING", null, 1));
  }

  @Test
  void shouldCountReferralsByReceiverStatusAndOutcomeWithDeclinesAndWithdrawals() {
    long aCase = rows.openCase(orgA, townInDistrict, "2013-04-02T10:00", "ELDERLY_CARE");
    LocalDate due = LocalDate.of(2013, 5, 8);
    long successful = rows.referral(aCase, orgA, orgB, "2013-05-01T10:00", due);
    rows.accept(successful, "2013-05-02T10:00");
    rows.complete(successful, "SUCCESSFUL", null);
    long refused = rows.referral(aCase, orgA, orgB, "2013-05-10T10:00", due);
    rows.accept(refused, "2013-05-11T10:00");
    rows.complete(refused, "UNSUCCESSFUL", "PERSON_REFUSED");
    rows.decline(rows.referral(aCase, orgA, orgC, "2013-06-01T10:00", due), "2013-06-02T10:00");
    rows.withdraw(rows.referral(aCase, orgA, orgC, "2013-06-05T10:00", due));
    rows.accept(rows.referral(aCase, orgA, orgB, "2013-07-01T10:00", due), "2013-07-02T10:00");
    rows.referral(aCase, orgA, orgC, "2013-07-05T10:00", due);
    long bCase = rows.openCase(orgB, null, "2013-04-02T10:00");
    rows.referral(bCase, orgB, orgC, "2013-05-01T10:00", due);
    long cCase = rows.openCase(orgC, null, "2013-04-02T10:00");
    rows.accept(rows.referral(cCase, orgC, orgA, "2013-08-01T10:00", due), "2013-08-03T10:00");

    ReferralNumbers n = numbers(coordinatorA, 2013).referrals();

    assertThat(n.sent()).isEqualTo(7);
    assertThat(n.byReceiver())
        .containsExactlyInAnyOrder(
            new ReceiverTally(orgB, name(orgB), "COMMUNITY_CARE_CENTER", 3),
            new ReceiverTally(orgC, name(orgC), "SELF_RELIANCE_SUPPORT", 3),
            new ReceiverTally(orgA, name(orgA), "SHAKYO", 1));
    assertThat(n.byReceiverType())
        .containsExactlyInAnyOrder(
            new Tally("COMMUNITY_CARE_CENTER", null, 3),
            new Tally("SELF_RELIANCE_SUPPORT", null, 3),
            new Tally("SHAKYO", null, 1));
    assertThat(n.byStatus())
        .containsExactlyInAnyOrder(
            new Tally("COMPLETED", null, 2),
            new Tally("ACCEPTED", null, 2),
            new Tally("DECLINED", null, 1),
            new Tally("WITHDRAWN", null, 1),
            new Tally("PENDING", null, 1));
    assertThat(n.byOutcome())
        .containsExactly(
            new OutcomeTally("SUCCESSFUL", null, 1),
            new OutcomeTally("UNSUCCESSFUL", "PERSON_REFUSED", 1));
    assertThat(n.accepted()).isEqualTo(4);
    assertThat(n.declined()).isEqualTo(1);
    assertThat(n.withdrawn()).isEqualTo(1);
  }

  @Test
  void shouldShareAnswersGivenByTheRespondByDateInTokyo() {
    LocalDate due = LocalDate.of(2014, 5, 7);
    // 23:30 on the due date in Tokyo: on time.
    rows.accept(referralOnItsOwnCase(orgB, "2014-05-01T10:00", due), "2014-05-07T23:30");
    // 08:00 the day after in Tokyo is still the due date in UTC: late all the same.
    rows.decline(referralOnItsOwnCase(orgC, "2014-05-01T10:00", due), "2014-05-08T08:00");
    referralOnItsOwnCase(orgB, "2014-06-01T10:00", LocalDate.of(2014, 6, 5));
    referralOnItsOwnCase(orgB, "2014-06-01T10:00", TestData.today().plusDays(7));
    rows.withdraw(referralOnItsOwnCase(orgB, "2014-06-01T10:00", LocalDate.of(2014, 6, 5)));

    Answering a = numbers(coordinatorA, 2014).referrals().answering();

    assertThat(a).isEqualTo(new Answering(1, 1, 1, 1, 1, 33.3));
  }

  private long referralOnItsOwnCase(long toOrg, String sentAt, LocalDate respondBy) {
    long aCase = rows.openCase(orgA, null, sentAt);
    return rows.referral(aCase, orgA, toOrg, sentAt, respondBy);
  }

  @Test
  void shouldComputeMedianAndNinetiethPercentileOfTimeToFirstContactAndToAnswer() {
    long window = rows.window(TestData.unique("窓口"), orgA, null);
    intakeBecomingCase(window, "2015-05-01T09:00", "2015-05-01T11:00");
    intakeBecomingCase(window, "2015-05-02T09:00", "2015-05-02T13:00");
    intakeBecomingCase(window, "2015-05-03T09:00", "2015-05-03T19:00");
    intakeBecomingCase(window, "2015-05-04T09:00", "2015-05-05T15:00");
    rows.intake(
        window, "PHONE", "2015-05-05T09:00", "CASE", rows.openCase(orgA, null, "2015-05-05T09:00"));
    long contactedBefore = rows.openCase(orgA, null, "2015-04-20T09:00");
    rows.firstContact(contactedBefore, "2015-04-20T10:00");
    rows.intake(window, "PHONE", "2015-05-06T09:00", "CASE", contactedBefore);
    rows.intake(window, "PHONE", "2015-05-07T09:00", "NO_CASE", null);

    rows.accept(
        referralOnItsOwnCase(orgB, "2015-06-01T09:00", LocalDate.of(2015, 6, 8)),
        "2015-06-02T09:00");
    rows.accept(
        referralOnItsOwnCase(orgB, "2015-06-01T09:00", LocalDate.of(2015, 6, 8)),
        "2015-06-03T09:00");
    rows.decline(
        referralOnItsOwnCase(orgB, "2015-06-01T09:00", LocalDate.of(2015, 6, 8)),
        "2015-06-04T09:00");
    referralOnItsOwnCase(orgB, "2015-06-01T09:00", LocalDate.of(2015, 6, 8));
    rows.withdraw(referralOnItsOwnCase(orgB, "2015-06-01T09:00", LocalDate.of(2015, 6, 8)));

    TimeNumbers t = numbers(coordinatorA, 2015).times();

    assertThat(t.intakeToFirstContact()).isEqualTo(new TimeTaken(4, 7.0, 24.0, 1));
    assertThat(t.referralToAnswer()).isEqualTo(new TimeTaken(3, 48.0, 67.2, 1));
  }

  private void intakeBecomingCase(long window, String receivedAt, String firstContactAt) {
    long aCase = rows.openCase(orgA, null, receivedAt);
    rows.firstContact(aCase, firstContactAt);
    rows.intake(window, "PHONE", receivedAt, "CASE", aCase);
  }

  @Test
  void shouldLimitCoordinatorToTheirOrganisationsWorkAndShowEvaluatorsTheWholeDeployment() {
    rows.intake(
        rows.window(TestData.unique("A窓口"), orgA, null), "PHONE", "2016-05-01T10:00", "NEW", null);
    long windowB = rows.window(TestData.unique("B窓口"), orgB, null);
    rows.intake(windowB, "PHONE", "2016-05-01T10:00", "NEW", null);
    rows.intake(windowB, "CARD", "2016-05-02T10:00", "NEW", null);
    long caseA = rows.openCase(orgA, null, "2016-05-01T10:00");
    long caseB = rows.openCase(orgB, null, "2016-05-01T10:00");
    long caseC = rows.openCase(orgC, null, "2016-05-01T10:00");
    LocalDate due = LocalDate.of(2016, 5, 10);
    rows.referral(caseA, orgA, orgB, "2016-05-02T10:00", due);
    rows.referral(caseB, orgB, orgC, "2016-05-02T10:00", due);
    rows.referral(caseC, orgC, orgA, "2016-05-02T10:00", due);
    CurrentUser coordinatorB = data.user(orgB, Role.COORDINATOR);
    CurrentUser evaluator = data.user(orgA, Role.EVALUATOR);

    ConsultationNumbers a = numbers(coordinatorA, 2016);
    ConsultationNumbers b = numbers(coordinatorB, 2016);
    ConsultationNumbers all = numbers(evaluator, 2016);

    assertThat(a.scope()).isEqualTo(NumbersScope.Kind.ORGANIZATION);
    assertThat(a.organizationId()).isEqualTo(orgA);
    assertThat(a.intakes().received()).isEqualTo(1);
    assertThat(a.cases().opened()).isEqualTo(1);
    assertThat(a.referrals().sent()).isEqualTo(2);
    assertThat(a.referrals().byReceiver())
        .extracting(ReceiverTally::organizationId)
        .containsExactlyInAnyOrder(orgB, orgA)
        .doesNotContain(orgC);
    assertThat(b.intakes().received()).isEqualTo(2);
    assertThat(b.referrals().byReceiver())
        .extracting(ReceiverTally::organizationId)
        .containsExactlyInAnyOrder(orgB, orgC);
    assertThat(all.scope()).isEqualTo(NumbersScope.Kind.DEPLOYMENT);
    assertThat(all.organizationId()).isNull();
    assertThat(all.intakes().received()).isEqualTo(3);
    assertThat(all.cases().opened()).isEqualTo(3);
    assertThat(all.referrals().sent()).isEqualTo(3);
    assertThat(numbers(data.user(orgA, Role.MUNICIPAL_OFFICER), 2016).referrals().sent())
        .isEqualTo(3);
    assertThat(numbers(data.user(orgC, Role.ADMIN), 2016).referrals().sent()).isEqualTo(3);
  }

  @Test
  void shouldRefuseNumbersToRolesWithoutNumbersRead() {
    CurrentUser agencyWorker = data.user(orgB, Role.AGENCY_WORKER);
    assertThatThrownBy(() -> numbers(agencyWorker, 2016)).isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void shouldCountNothingInAnEmptyPeriod() {
    ConsultationNumbers n = numbers(coordinatorA, 2001);
    assertThat(n.intakes().received()).isZero();
    assertThat(n.intakes().byWindow()).isEmpty();
    assertThat(n.cases().opened()).isZero();
    assertThat(n.referrals().answering().onTimePercent()).isNull();
    assertThat(n.times().intakeToFirstContact()).isEqualTo(new TimeTaken(0, null, null, 0));
  }

  /** Reads the codes the schema's CHECK constraints allow, so a new code cannot go unlabelled. */
  @Test
  void shouldHaveANumbersLabelForEveryCodeTheSchemaAllows() {
    List<String> unlabelled = new ArrayList<>();
    String[][] columns = {
      {"intake", "channel", "channel"},
      {"intake", "status", "intakeStatus"},
      {"support_case", "status", "caseStatus"},
      {"support_case", "closed_reason", "closedReason"},
      {"referral", "status", "referralStatus"},
      {"referral", "outcome", "outcome"},
      {"referral", "unsuccessful_reason", "unsuccessfulReason"}
    };
    for (String[] c : columns) {
      List<String> codes = allowedCodes(c[0], c[1]);
      assertThat(codes).as("codes of %s.%s", c[0], c[1]).isNotEmpty();
      for (String code : codes) {
        for (Locale locale : List.of(Locale.JAPANESE, Locale.ENGLISH)) {
          if (labels.code(c[2], code, locale).equals(code)) {
            unlabelled.add(c[2] + "." + code + " (" + locale + ")");
          }
        }
      }
    }
    assertThat(unlabelled).isEmpty();
  }

  private List<String> allowedCodes(String table, String column) {
    List<String> defs =
        jdbc.sql(
                "SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE contype = 'c' AND"
                    + " conrelid = ('consultation.' || ?)::regclass")
            .param(table)
            .query(String.class)
            .list();
    List<String> codes = new ArrayList<>();
    for (String def : defs) {
      if (def.startsWith("CHECK ((" + column + " = ANY")) {
        Matcher m = Pattern.compile("'([A-Z_]+)'").matcher(def);
        while (m.find()) {
          codes.add(m.group(1));
        }
      }
    }
    return codes;
  }
}
