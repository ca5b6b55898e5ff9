package org.tsunagu.watch.internal.alert;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.watch.internal.chain.DeskHours;
import org.tsunagu.watch.internal.message.Outbox;

/**
 * Moves an alert to its next step. The caller holds the alert's row (just inserted, or locked with
 * {@code FOR UPDATE SKIP LOCKED} by the ticker), so each step is timed out, skipped and told once,
 * on whichever node gets there first; the unique index on the timeline backs that up. A step
 * reached only in office hours is skipped outside them; when no step is left the alert stays open,
 * marked exhausted, for the registering organisation to see: silence is never read as safety.
 */
@Service
public class Escalation {

  static final String STEP_SELECT =
      "SELECT alert_id, position, receiver_kind, organization_id, user_id, contact_id,"
          + " receiver_name, channel, address, ack_minutes, office_hours_only, opens, closes,"
          + " notified_at, due_at, outcome FROM watch.alert_step ";

  private final JdbcClient jdbc;
  private final DeskHours hours;
  private final AlertEvents events;
  private final Outbox outbox;
  private final EmergencyAccess access;

  Escalation(
      JdbcClient jdbc, DeskHours hours, AlertEvents events, Outbox outbox, EmergencyAccess access) {
    this.jdbc = jdbc;
    this.hours = hours;
    this.events = events;
    this.outbox = outbox;
    this.access = access;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public void advance(long alertId, Instant now) {
    int current =
        jdbc.sql("SELECT step_position FROM watch.alert WHERE id = ? AND status = 'OPEN'")
            .param(alertId)
            .query(Integer.class)
            .optional()
            .orElse(-1);
    if (current < 0) {
      return;
    }
    if (current > 0) {
      setOutcome(alertId, current, "TIMED_OUT");
      events.system(alertId, now, "TIMED_OUT", current, null);
    }
    List<AlertStep> rest =
        jdbc.sql(STEP_SELECT + "WHERE alert_id = ? AND position > ? ORDER BY position")
            .params(alertId, current)
            .query(AlertStep.class)
            .list();
    for (AlertStep step : rest) {
      if (step.officeHoursOnly() && !hours.open(now, step.opens(), step.closes())) {
        setOutcome(alertId, step.position(), "SKIPPED_CLOSED");
        events.system(alertId, now, "SKIPPED_CLOSED", step.position(), step.receiverName());
        continue;
      }
      notify(step, now);
      return;
    }
    jdbc.sql(
            "UPDATE watch.alert SET step_due_at = NULL, exhausted = true, version = version + 1"
                + " WHERE id = ?")
        .param(alertId)
        .update();
    events.system(alertId, now, "EXHAUSTED", 0, null);
  }

  private void notify(AlertStep step, Instant now) {
    Instant due = now.plusSeconds(60L * step.ackMinutes());
    jdbc.sql(
            "UPDATE watch.alert_step SET notified_at = ?, due_at = ? WHERE alert_id = ? AND"
                + " position = ?")
        .params(Timestamp.from(now), Timestamp.from(due), step.alertId(), step.position())
        .update();
    jdbc.sql(
            "UPDATE watch.alert SET step_position = ?, step_due_at = ?, version = version + 1"
                + " WHERE id = ?")
        .params(step.position(), Timestamp.from(due), step.alertId())
        .update();
    events.system(step.alertId(), now, "NOTIFIED", step.position(), step.receiverName());
    if (step.organizationId() != null) {
      access.grant(step.alertId(), step.organizationId(), now);
    }
    outbox.alertStep(step.alertId(), step.position(), now);
  }

  private void setOutcome(long alertId, int position, String outcome) {
    jdbc.sql("UPDATE watch.alert_step SET outcome = ? WHERE alert_id = ? AND position = ?")
        .params(outcome, alertId, position)
        .update();
  }
}
