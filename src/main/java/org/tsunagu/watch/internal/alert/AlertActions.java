package org.tsunagu.watch.internal.alert;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.platform.audit.AuditAction;
import org.tsunagu.platform.audit.AuditLog;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.web.NotFoundException;
import org.tsunagu.platform.web.Problems;
import org.tsunagu.platform.web.UserFacingException;
import org.tsunagu.watch.internal.message.Outbox;

/**
 * What people do with an alert. Acknowledging (確認) is a named person taking it: the escalation
 * stops and every message not yet handed over is cancelled in the same transaction. An alert ends
 * only with an outcome recorded by a named person; the emergency access it granted ends with it.
 */
@Service
public class AlertActions {

  /** In the order a form offers them, the most common first. */
  public static final List<String> OUTCOMES =
      List.of("SAFE", "NOT_AT_HOME", "HOSPITAL", "EMERGENCY_TRANSPORT", "DECEASED", "OTHER");

  private final JdbcClient jdbc;
  private final AlertAccess access;
  private final AlertEvents events;
  private final Outbox outbox;
  private final EmergencyAccess emergency;
  private final AuditLog audit;
  private final Clock clock;

  AlertActions(
      JdbcClient jdbc,
      AlertAccess access,
      AlertEvents events,
      Outbox outbox,
      EmergencyAccess emergency,
      AuditLog audit,
      Clock clock) {
    this.jdbc = jdbc;
    this.access = access;
    this.events = events;
    this.outbox = outbox;
    this.emergency = emergency;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  public void acknowledge(CurrentUser user, long alertId) {
    access.require(user, alertId);
    String status = lock(alertId);
    if (!"OPEN".equals(status)) {
      throw new UserFacingException("watch.alert.error.alreadyTaken", 409);
    }
    take(alertId, user.id(), user.displayName(), clock.instant());
    audit.record(AuditAction.UPDATE, "watch_alert", alertId, "acknowledged");
  }

  /**
   * A contact outside the platform confirms through the link in their message, giving their name.
   * An unknown or stale link is 404; an alert someone else has taken is 409.
   */
  @Transactional
  public long acknowledgeByLink(String token, String name) {
    Problems p = new Problems();
    if (name == null || name.isBlank()) {
      p.add("name", "watch.ack.validation.name");
    } else if (name.length() > 100) {
      p.add("name", "validation.tooLong", 100);
    }
    p.throwIfAny();
    record Link(long alertId, String receiverName) {}
    Link link =
        jdbc.sql("SELECT alert_id, receiver_name FROM watch.message WHERE ack_token = ?")
            .param(token)
            .query(Link.class)
            .optional()
            .orElseThrow(NotFoundException::new);
    String status = lock(link.alertId());
    if (!"OPEN".equals(status)) {
      throw new UserFacingException("watch.alert.error.alreadyTaken", 409);
    }
    Instant now = clock.instant();
    take(link.alertId(), null, name.strip() + "（" + link.receiverName() + "）", now);
    jdbc.sql("UPDATE watch.message SET acknowledged_at = ? WHERE ack_token = ?")
        .params(Timestamp.from(now), token)
        .update();
    return link.alertId();
  }

  @Transactional
  public void close(CurrentUser user, long alertId, String outcome, String note) {
    access.require(user, alertId);
    Problems p = new Problems();
    if (outcome == null || !OUTCOMES.contains(outcome)) {
      p.add("outcome", "watch.alert.validation.outcome");
    }
    if (note != null && note.length() > 2000) {
      p.add("note", "validation.tooLong", 2000);
    } else if ("OTHER".equals(outcome) && (note == null || note.isBlank())) {
      p.add("note", "watch.alert.validation.otherNote");
    }
    p.throwIfAny();
    String status = lock(alertId);
    if ("CLOSED".equals(status)) {
      throw new UserFacingException("watch.alert.error.closed", 409);
    }
    Instant now = clock.instant();
    if ("OPEN".equals(status)) {
      take(alertId, user.id(), user.displayName(), now);
    }
    jdbc.sql(
            "UPDATE watch.alert SET status = 'CLOSED', outcome = ?, outcome_note = ?, closed_by ="
                + " ?, closed_at = ?, version = version + 1 WHERE id = ?")
        .params(
            outcome,
            note == null || note.isBlank() ? null : note.strip(),
            user.id(),
            Timestamp.from(now),
            alertId)
        .update();
    events.add(alertId, now, "CLOSED", null, user.id(), user.displayName(), outcome);
    emergency.endAll(alertId, user.id());
    audit.record(AuditAction.UPDATE, "watch_alert", alertId, "closed");
  }

  private String lock(long alertId) {
    return jdbc.sql("SELECT status FROM watch.alert WHERE id = ? FOR UPDATE")
        .param(alertId)
        .query(String.class)
        .single();
  }

  private void take(long alertId, Long userId, String name, Instant now) {
    jdbc.sql(
            "UPDATE watch.alert SET status = 'ACKNOWLEDGED', acknowledged_by = ?,"
                + " acknowledged_name = ?, acknowledged_at = ?, step_due_at = NULL, version ="
                + " version + 1 WHERE id = ?")
        .params(userId, name, Timestamp.from(now), alertId)
        .update();
    jdbc.sql(
            "UPDATE watch.alert_step SET outcome = 'ACKNOWLEDGED' WHERE alert_id = ? AND position"
                + " = (SELECT step_position FROM watch.alert WHERE id = ?) AND outcome IS NULL")
        .params(alertId, alertId)
        .update();
    jdbc.sql(
            "UPDATE watch.message SET acknowledged_at = ? WHERE alert_id = ? AND position = (SELECT"
                + " step_position FROM watch.alert WHERE id = ?) AND acknowledged_at IS NULL")
        .params(Timestamp.from(now), alertId, alertId)
        .update();
    int cancelled = outbox.cancelPending(alertId);
    events.add(
        alertId,
        now,
        "ACKNOWLEDGED",
        null,
        userId,
        name,
        cancelled > 0 ? "cancelled=" + cancelled : null);
  }
}
