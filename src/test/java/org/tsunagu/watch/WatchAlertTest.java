package org.tsunagu.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tsunagu.support.TestData.asUser;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.tsunagu.people.PeopleApi;
import org.tsunagu.platform.web.FieldErrorsException;
import org.tsunagu.platform.web.NotFoundException;
import org.tsunagu.platform.web.UserFacingException;
import org.tsunagu.support.IntegrationTest;
import org.tsunagu.watch.internal.alert.AlertActions;
import org.tsunagu.watch.internal.alert.EscalationTicker;
import org.tsunagu.watch.internal.alert.MissedContacts;
import org.tsunagu.watch.internal.report.CheckInInput;
import org.tsunagu.watch.internal.report.CheckIns;
import org.tsunagu.watch.internal.report.ObservationInput;
import org.tsunagu.watch.internal.report.Observations;

/**
 * A door report opens an alert that walks its chain, one step per deadline, until a named person
 * acknowledges it; then nobody else is told, and it ends only with an outcome. Missed contacts
 * raise alerts once. The timers are called at chosen moments, as the ticker would call them.
 */
@IntegrationTest
@Import(WatchFixture.class)
class WatchAlertTest {

  @Autowired WatchFixture fixture;
  @Autowired Observations observations;
  @Autowired CheckIns checkIns;
  @Autowired EscalationTicker escalation;
  @Autowired MissedContacts missed;
  @Autowired AlertActions actions;
  @Autowired PeopleApi people;

  WatchFixture.Network n;
  long target;

  @BeforeEach
  void setUp() {
    n = fixture.network();
    target = fixture.target(n);
  }

  @Test
  void shouldOpenAnAlertAndTellTheFirstStepWithTheReport() {
    long alert = report(List.of("NO_ANSWER", "MAIL_PILING_UP"));
    assertThat(status(alert)).isEqualTo("OPEN");
    assertThat(events(alert, "OPENED")).isEqualTo(1);
    assertThat(events(alert, "NOTIFIED")).isEqualTo(1);
    assertThat(fixture.count("SELECT count(*) FROM watch.message WHERE alert_id = ?", alert))
        .isEqualTo(1);
    assertThat(
            fixture.count(
                "SELECT count(*) FROM watch.message WHERE alert_id = ? AND body LIKE '%見守%花子%'",
                alert))
        .as("staff mail names nobody")
        .isZero();
  }

  @Test
  void shouldWalkTheChainOneStepPerDeadlineAndStayOpenWhenNobodyAnswers() {
    long alert = report(List.of("NO_ANSWER"));
    Instant opened = openedAt(alert);
    escalation.runDue(opened.plus(Duration.ofMinutes(14)));
    assertThat(position(alert)).as("not yet due").isEqualTo(1);
    escalation.runDue(opened.plus(Duration.ofMinutes(16)));
    assertThat(position(alert)).isEqualTo(2);
    escalation.runDue(opened.plus(Duration.ofMinutes(47)));
    assertThat(position(alert)).isEqualTo(3);
    escalation.runDue(opened.plus(Duration.ofMinutes(108)));
    assertThat(status(alert)).isEqualTo("OPEN");
    assertThat(fixture.count("SELECT count(*) FROM watch.alert WHERE id = ? AND exhausted", alert))
        .isEqualTo(1);
    assertThat(events(alert, "TIMED_OUT")).isEqualTo(3);
    assertThat(events(alert, "EXHAUSTED")).isEqualTo(1);
    escalation.runDue(opened.plus(Duration.ofDays(1)));
    assertThat(events(alert, "EXHAUSTED")).as("exhausted once").isEqualTo(1);
    assertThat(fixture.count("SELECT count(*) FROM watch.message WHERE alert_id = ?", alert))
        .isEqualTo(3);
  }

  @Test
  void shouldStopTheChainAndCancelPendingMessagesWhenANamedPersonAcknowledges() {
    long alert = report(List.of("NO_ANSWER"));
    asUser(
        n.coopStaff(),
        () -> {
          actions.acknowledge(n.coopStaff(), alert);
          return null;
        });
    assertThat(status(alert)).isEqualTo("ACKNOWLEDGED");
    assertThat(
            fixture.count(
                "SELECT count(*) FROM watch.message WHERE alert_id = ? AND status = 'CANCELLED'",
                alert))
        .isEqualTo(1);
    escalation.runDue(openedAt(alert).plus(Duration.ofHours(5)));
    assertThat(events(alert, "NOTIFIED")).isEqualTo(1);
    assertThatThrownBy(
            () ->
                asUser(
                    n.coordinator(),
                    () -> {
                      actions.acknowledge(n.coordinator(), alert);
                      return null;
                    }))
        .isInstanceOfSatisfying(
            UserFacingException.class, e -> assertThat(e.status()).isEqualTo(409));
  }

  @Test
  void shouldLetOnlyThoseTheChainToldOpenTheAlert() {
    long alert = report(List.of("NO_ANSWER"));
    // The 包括 is the second step: not told yet, it may not open the alert.
    assertThatThrownBy(
            () ->
                asUser(
                    n.agency(),
                    () -> {
                      actions.acknowledge(n.agency(), alert);
                      return null;
                    }))
        .isInstanceOf(NotFoundException.class);
    escalation.runDue(openedAt(alert).plus(Duration.ofMinutes(16)));
    asUser(
        n.agency(),
        () -> {
          actions.acknowledge(n.agency(), alert);
          return null;
        });
    assertThat(status(alert)).isEqualTo("ACKNOWLEDGED");
  }

  @Test
  void shouldCloseOnlyWithAnOutcomeAndEndTheEmergencyAccessItGranted() {
    long alert = report(List.of("NO_ANSWER"));
    escalation.runDue(openedAt(alert).plus(Duration.ofMinutes(16)));
    long person = personOf(target);
    assertThat(people.visibleTo(person, n.houkatsu(), "WATCH"))
        .as("the 包括 told of the alert sees the person on an emergency basis")
        .isTrue();
    assertThatThrownBy(() -> close(alert, null, null)).isInstanceOf(FieldErrorsException.class);
    assertThatThrownBy(() -> close(alert, "OTHER", " ")).isInstanceOf(FieldErrorsException.class);
    assertThat(status(alert)).isEqualTo("OPEN");
    close(alert, "SAFE", "訪問して無事を確認");
    assertThat(status(alert)).isEqualTo("CLOSED");
    assertThat(people.visibleTo(person, n.houkatsu(), "WATCH")).isFalse();
    assertThatThrownBy(() -> close(alert, "SAFE", null))
        .isInstanceOfSatisfying(
            UserFacingException.class, e -> assertThat(e.status()).isEqualTo(409));
  }

  @Test
  void shouldRaiseOneAlertPerMissedContactAndNoneForAContactThatHappened() {
    // Other tests' contacts share the database: count this target's alerts only.
    Instant due = nextDue(target);
    missed.runDue(due.minusSeconds(60));
    assertThat(alertsOf(target)).isZero();
    missed.runDue(due.plusSeconds(1));
    assertThat(alertsOf(target)).isEqualTo(1);
    missed.runDue(due.plusSeconds(2));
    assertThat(alertsOf(target)).as("one alert per missed occurrence").isEqualTo(1);
    assertThat(nextDue(target)).isAfter(due);

    long other =
        fixture.target(
            n,
            null,
            LocalTime.now(java.time.ZoneId.of("Asia/Tokyo"))
                .plusHours(1)
                .withSecond(0)
                .withNano(0));
    Instant otherDue = nextDue(other);
    asUser(
        n.driver(),
        () -> checkIns.record(n.driver(), new CheckInInput(other, "DELIVERY", null, null), null));
    assertThat(nextDue(other)).isAfter(otherDue);
    missed.runDue(otherDue.plusSeconds(1));
    assertThat(alertsOf(other)).isZero();
    assertThat(
            fixture.count(
                "SELECT count(*) FROM watch.message WHERE target_id = ? AND purpose = 'FAMILY_UPDATE'",
                other))
        .as("the daughter asked for a note after each contact")
        .isEqualTo(1);
  }

  @Test
  void shouldPassADeskOutOfOfficeHoursToTheNextStepAndRecordWhy() {
    long agreement =
        fixture.agreements(
            n.admin(),
            n.coop(),
            n.city(),
            null,
            List.of(
                WatchFixture.step("ORGANIZATION", n.coop(), null, "office@coop.example.jp", 15),
                new org.tsunagu.watch.internal.chain.StepInput(
                    "DESK", null, null, null, null, null, 30, true),
                WatchFixture.step("USER", null, n.watcher().id(), "minsei@example.jp", 60)));
    var network = n.withAgreement(agreement);
    target = fixture.target(network);
    long alert = report(List.of("NO_ANSWER"));
    // The first Sunday after the report, 10:00 in Tokyo: the city's desk is closed.
    java.time.LocalDate day =
        java.time.LocalDate.now(java.time.ZoneId.of("Asia/Tokyo")).plusDays(1);
    while (day.getDayOfWeek() != java.time.DayOfWeek.SUNDAY) {
      day = day.plusDays(1);
    }
    Instant sunday = day.atTime(10, 0).atZone(java.time.ZoneId.of("Asia/Tokyo")).toInstant();
    escalation.runDue(sunday);
    assertThat(events(alert, "SKIPPED_CLOSED")).isEqualTo(1);
    assertThat(position(alert)).as("the 民生委員 is told").isEqualTo(3);
    assertThat(
            fixture.count(
                "SELECT count(*) FROM watch.message WHERE alert_id = ? AND address = 'desk@city.example.jp'",
                alert))
        .as("nothing sent to a closed desk")
        .isZero();
  }

  private long report(List<String> signs) {
    long observation =
        asUser(
                n.driver(),
                () ->
                    observations.report(
                        n.driver(), new ObservationInput(target, signs, false, null, null), null))
            .id();
    return fixture.count("SELECT id FROM watch.alert WHERE observation_id = ?", observation);
  }

  private void close(long alert, String outcome, String note) {
    asUser(
        n.coordinator(),
        () -> {
          actions.close(n.coordinator(), alert, outcome, note);
          return null;
        });
  }

  private String status(long alert) {
    return fixture
        .jdbc()
        .sql("SELECT status FROM watch.alert WHERE id = ?")
        .param(alert)
        .query(String.class)
        .single();
  }

  private long position(long alert) {
    return fixture.count("SELECT step_position FROM watch.alert WHERE id = ?", alert);
  }

  private long events(long alert, String kind) {
    return fixture.count(
        "SELECT count(*) FROM watch.alert_event WHERE alert_id = ? AND kind = ?", alert, kind);
  }

  private Instant openedAt(long alert) {
    return fixture
        .jdbc()
        .sql("SELECT opened_at FROM watch.alert WHERE id = ?")
        .param(alert)
        .query(Instant.class)
        .single();
  }

  private Instant nextDue(long targetId) {
    return fixture
        .jdbc()
        .sql("SELECT next_due_at FROM watch.expected_contact WHERE target_id = ?")
        .param(targetId)
        .query(Instant.class)
        .single();
  }

  private long alertsOf(long targetId) {
    return fixture.count("SELECT count(*) FROM watch.alert WHERE target_id = ?", targetId);
  }

  private long personOf(long targetId) {
    return fixture.count("SELECT person_id FROM watch.target WHERE id = ?", targetId);
  }
}
