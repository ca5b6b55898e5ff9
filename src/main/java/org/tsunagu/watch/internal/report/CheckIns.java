package org.tsunagu.watch.internal.report;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.platform.audit.AuditAction;
import org.tsunagu.platform.audit.AuditLog;
import org.tsunagu.platform.idempotency.IdempotencyOwner;
import org.tsunagu.platform.idempotency.IdempotentRequests;
import org.tsunagu.platform.idempotency.IdempotentResult;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.web.Problems;
import org.tsunagu.watch.WatchPermissions;
import org.tsunagu.watch.internal.message.Outbox;
import org.tsunagu.watch.internal.target.Schedule;

/**
 * Records a contact that happened. It meets the target's expected contact of the same kind whose
 * occurrence it falls near (from 12 hours before), moving that contact's deadline to the next
 * occurrence, so no missed-contact alert is raised; and family contacts who asked for it get a
 * short note.
 */
@Service
public class CheckIns {

  static final Duration EARLY = Duration.ofHours(12);
  static final Set<String> KINDS = Set.of("DELIVERY", "VISIT", "CALL", "SENSOR");

  private final JdbcClient jdbc;
  private final ReportAccess access;
  private final IdempotentRequests idempotent;
  private final Outbox outbox;
  private final AuditLog audit;
  private final Clock clock;

  CheckIns(
      JdbcClient jdbc,
      ReportAccess access,
      IdempotentRequests idempotent,
      Outbox outbox,
      AuditLog audit,
      Clock clock) {
    this.jdbc = jdbc;
    this.access = access;
    this.idempotent = idempotent;
    this.outbox = outbox;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  public IdempotentResult record(CurrentUser user, CheckInInput in, String key) {
    user.require(WatchPermissions.WATCH_REPORT);
    Instant now = clock.instant();
    Problems p = new Problems();
    if (in.targetId() == null) {
      p.add("targetId", "validation.required");
    }
    if (in.kind() == null || !KINDS.contains(in.kind())) {
      p.add("kind", "validation.required");
    }
    if (in.note() != null && in.note().length() > 500) {
      p.add("note", "validation.tooLong", 500);
    }
    Instant happened = Observations.observedAt(in.happenedAt(), now, p);
    p.throwIfAny();
    ReportAccess.Target target = access.require(user, in.targetId());
    if (key == null) {
      return new IdempotentResult(store(user, target.id(), in, happened, now), false);
    }
    return idempotent.once(
        IdempotencyOwner.of(user),
        "watch.checkin",
        key,
        in,
        () -> store(user, target.id(), in, happened, now));
  }

  private long store(
      CurrentUser user, long targetId, CheckInInput in, Instant happened, Instant now) {
    Long expected = meetExpected(targetId, in.kind(), happened);
    long id =
        jdbc.sql(
                "INSERT INTO watch.check_in (target_id, expected_contact_id, recorded_by, kind,"
                    + " note, happened_at, received_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id")
            .params(
                targetId,
                expected,
                user.id(),
                in.kind(),
                in.note() == null || in.note().isBlank() ? null : in.note().strip(),
                Timestamp.from(happened),
                Timestamp.from(now))
            .query(Long.class)
            .single();
    audit.record(AuditAction.CREATE, "watch_check_in", id, null);
    if (expected != null) {
      jdbc.sql(
              "SELECT id FROM watch.target_contact WHERE target_id = ? AND daily_updates AND"
                  + " email IS NOT NULL ORDER BY id")
          .param(targetId)
          .query(Long.class)
          .list()
          .forEach(contact -> outbox.familyUpdate(id, contact, now));
    }
    return id;
  }

  private Long meetExpected(long targetId, String kind, Instant happened) {
    record Due(long id, Integer weekday, LocalTime atTime, int graceMinutes, Instant nextAt) {}
    List<Due> due =
        jdbc.sql(
                "SELECT id, weekday, at_time, grace_minutes, next_at FROM watch.expected_contact"
                    + " WHERE target_id = ? AND kind = ? AND active AND next_at <= ? ORDER BY"
                    + " next_at LIMIT 1 FOR UPDATE")
            .params(targetId, kind, Timestamp.from(happened.plus(EARLY)))
            .query(Due.class)
            .list();
    if (due.isEmpty()) {
      return null;
    }
    Due d = due.get(0);
    Schedule s = new Schedule(d.weekday(), d.atTime(), d.graceMinutes());
    Instant next = s.nextAfter(d.nextAt().isAfter(happened) ? d.nextAt() : happened);
    jdbc.sql("UPDATE watch.expected_contact SET next_at = ?, next_due_at = ? WHERE id = ?")
        .params(Timestamp.from(next), Timestamp.from(s.deadline(next)), d.id())
        .update();
    return d.id();
  }
}
