package org.tsunagu.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tsunagu.consultation.ReferralStatus;
import org.tsunagu.consultation.bulk.ConsultationRows;
import org.tsunagu.platform.time.WorkingDays;

/**
 * The demo town's referrals are the application's own: sent and answered through its services, so
 * the answer date is the receiving organisation's response days in working days from the day they
 * were sent, the states are reached only through the state machine's transitions, each step taken
 * by the organisation whose step it is, and a receiver serves the person only on the referral's
 * ground. The city-scale set's bulk referrals keep the same rules (the last two tests).
 */
class DemoReferralRulesTest {

  @Test
  void shouldGiveEveryDemoReferralTheDeadlineAndHistoryTheApplicationWould() throws Exception {
    JdbcClient jdbc = LoadedDemoTown.get().jdbc();
    assertThat(count(jdbc, "SELECT count(*) FROM consultation.referral")).isGreaterThan(10);
    // 古河市 answers within five working days, the others within three: both kinds are referred.
    assertThat(
            jdbc.sql(
                    "SELECT DISTINCT o.response_days FROM consultation.referral r JOIN"
                        + " people.organization o ON o.id = r.to_org_id")
                .query(Integer.class)
                .list())
        .containsExactlyInAnyOrder(3, 5);
    assertThat(ConsultationInvariants.deadlinesOffTheRule(jdbc)).isEmpty();
    assertThat(ConsultationInvariants.historiesOffTheStateMachine(jdbc)).isEmpty();
    assertThat(ConsultationInvariants.ungroundedReferralRelationships(jdbc)).isEmpty();
    assertThat(
            count(
                jdbc,
                "SELECT count(*) FROM people.relationship WHERE kind = 'REFERRAL' AND"
                    + " (consent_id IS NOT NULL OR basis_id IS NOT NULL)"))
        .isPositive();
    // Sent and withdrawn by the referrer, opened and answered by the receiver.
    assertThat(
            jdbc.sql(
                    "SELECT e.referral_id || ' ' || e.kind FROM consultation.referral_event e"
                        + " JOIN consultation.referral r ON r.id = e.referral_id WHERE e.by_org <>"
                        + " CASE WHEN e.kind IN ('SENT','WITHDRAWN') THEN r.from_org_id ELSE"
                        + " r.to_org_id END OR NOT EXISTS (SELECT 1 FROM platform.app_user u WHERE"
                        + " u.id = e.by_user AND u.organization_id = e.by_org)")
                .query(String.class)
                .list())
        .isEmpty();
  }

  @Test
  void shouldComputeTheAnswerDateFromTheReceiversResponseDays() {
    OffsetDateTime friday = OffsetDateTime.parse("2026-11-27T10:00:00+09:00");
    WorkingDays workingDays = WorkingDays.fromClasspath();
    for (int days : List.of(1, 3, 5, 10)) {
      ConsultationRows.Referral r =
          new ConsultationRows.Referral(
              1, 2, 3, 4, 5, days, "NORMAL", "summary", friday, List.of("FOOD"));
      assertThat(r.respondBy)
          .isEqualTo(workingDays.plusWorkingDays(friday.toLocalDate(), days))
          .isAfter(friday.toLocalDate().plusDays(days - 1));
    }
  }

  @Test
  void shouldRefuseADemoStateTheStateMachineCannotReach() {
    OffsetDateTime sent = OffsetDateTime.parse("2026-11-20T10:00:00+09:00");
    ConsultationRows.Referral pending =
        new ConsultationRows.Referral(1, 2, 3, 4, 5, 3, "NORMAL", "summary", sent, List.of("FOOD"));
    assertThatThrownBy(() -> pending.started(sent.plusHours(1), 6))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> pending.completed(sent.plusHours(1), 6, "SUCCESSFUL", null, null))
        .isInstanceOf(IllegalStateException.class);
    assertThat(pending.status).isEqualTo(ReferralStatus.PENDING);

    ConsultationRows.Referral declined =
        new ConsultationRows.Referral(1, 2, 3, 4, 5, 3, "NORMAL", "summary", sent, List.of("FOOD"))
            .declined(sent.plusHours(2), 6, "NO_CAPACITY", "full");
    assertThatThrownBy(() -> declined.withdrawn(sent.plusHours(3), "no longer"))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> declined.accepted(sent.plusHours(3), 6))
        .isInstanceOf(IllegalStateException.class);
    assertThat(declined.status).isEqualTo(ReferralStatus.DECLINED);
    assertThat(declined.events)
        .extracting(ConsultationRows.ReferralEvent::kind)
        .containsExactly("SENT", "DECLINED");
  }

  private static long count(JdbcClient jdbc, String sql) {
    return jdbc.sql(sql).query(Long.class).single();
  }
}
