package org.tsunagu.watch.internal.alert;

import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.watch.internal.chain.ChainStep;
import org.tsunagu.watch.internal.chain.Chains;

/**
 * Opens an alert in the transaction of what raised it (a door report, a missed contact): the
 * target's chain is copied into the alert's steps, so a chain edited later does not change an alert
 * already walking, and the first step is told at once.
 */
@Service
public class AlertOpening {

  /** Office hours of a step that is not a desk's, when its target has no agreement. */
  static final LocalTime DEFAULT_OPENS = LocalTime.of(8, 30);

  static final LocalTime DEFAULT_CLOSES = LocalTime.of(17, 15);

  private final JdbcClient jdbc;
  private final Chains chains;
  private final Escalation escalation;
  private final AlertEvents events;

  AlertOpening(JdbcClient jdbc, Chains chains, Escalation escalation, AlertEvents events) {
    this.jdbc = jdbc;
    this.chains = chains;
    this.escalation = escalation;
    this.events = events;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public long forObservation(long targetId, long observationId, boolean danger, Instant now) {
    long id =
        jdbc.sql(
                "INSERT INTO watch.alert (target_id, organization_id, cause, observation_id, danger,"
                    + " opened_at, status, step_due_at) SELECT t.id, t.organization_id,"
                    + " 'OBSERVATION', ?, ?, ?, 'OPEN', ? FROM watch.target t WHERE t.id = ?"
                    + " RETURNING id")
            .params(observationId, danger, Timestamp.from(now), Timestamp.from(now), targetId)
            .query(Long.class)
            .single();
    return start(id, targetId, now);
  }

  /**
   * Opens the alert for one missed occurrence, unless one is already recorded for it (another node
   * took it first): then nothing happens.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public Optional<Long> forMissedContact(
      long targetId, long expectedContactId, Instant missedAt, Instant now) {
    Optional<Long> id =
        jdbc.sql(
                "INSERT INTO watch.alert (target_id, organization_id, cause, expected_contact_id,"
                    + " missed_at, opened_at, status, step_due_at) SELECT t.id, t.organization_id,"
                    + " 'MISSED_CONTACT', ?, ?, ?, 'OPEN', ? FROM watch.target t WHERE t.id = ?"
                    + " ON CONFLICT DO NOTHING RETURNING id")
            .params(
                expectedContactId,
                Timestamp.from(missedAt),
                Timestamp.from(now),
                Timestamp.from(now),
                targetId)
            .query(Long.class)
            .optional();
    return id.map(a -> start(a, targetId, now));
  }

  private long start(long alertId, long targetId, Instant now) {
    record Hours(LocalTime deskOpens, LocalTime deskCloses) {}
    Hours hours =
        jdbc.sql(
                "SELECT a.desk_opens, a.desk_closes FROM watch.target t LEFT JOIN watch.agreement"
                    + " a ON a.id = t.agreement_id WHERE t.id = ?")
            .param(targetId)
            .query(Hours.class)
            .single();
    LocalTime opens = hours.deskOpens() == null ? DEFAULT_OPENS : hours.deskOpens();
    LocalTime closes = hours.deskCloses() == null ? DEFAULT_CLOSES : hours.deskCloses();
    List<ChainStep> steps = chains.effectiveFor(targetId);
    for (ChainStep s : steps) {
      jdbc.sql(
              "INSERT INTO watch.alert_step (alert_id, position, receiver_kind, organization_id,"
                  + " user_id, contact_id, receiver_name, channel, address, ack_minutes,"
                  + " office_hours_only, opens, closes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                  + " ?, ?)")
          .params(
              alertId,
              s.position(),
              s.receiverKind().name(),
              s.organizationId(),
              s.userId(),
              s.contactId(),
              s.receiverName(),
              s.channel(),
              s.address(),
              s.ackMinutes(),
              s.officeHoursOnly(),
              Time.valueOf(opens),
              Time.valueOf(closes))
          .update();
    }
    events.system(alertId, now, "OPENED", null, null);
    escalation.advance(alertId, now);
    return alertId;
  }
}
