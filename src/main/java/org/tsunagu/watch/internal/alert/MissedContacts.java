package org.tsunagu.watch.internal.alert;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.tsunagu.watch.internal.Batches;
import org.tsunagu.watch.internal.target.Schedule;

/**
 * Takes the expected contacts whose deadline has passed (every node: {@link WatchTimers}) with no
 * contact recorded (rows locked and skipped by the other nodes), opens one alert for each missed
 * occurrence and moves the contact to its next occurrence, in one transaction. The unique index on
 * (contact, occurrence) keeps an occurrence to one alert even if two scans overlap.
 */
@Component
public class MissedContacts {

  static final int BATCH = 500;

  record Due(
      long id,
      long targetId,
      Integer weekday,
      LocalTime atTime,
      int graceMinutes,
      Instant nextAt) {}

  private final JdbcClient jdbc;
  private final AlertOpening opening;
  private final TransactionTemplate tx;
  private final Clock clock;

  MissedContacts(JdbcClient jdbc, AlertOpening opening, TransactionTemplate tx, Clock clock) {
    this.clock = clock;
    this.jdbc = jdbc;
    this.opening = opening;
    this.tx = tx;
  }

  /** Opens an alert for every occurrence missed by {@code now}; returns the alerts opened. */
  public List<Long> runDue(Instant now) {
    List<Long> opened = new java.util.ArrayList<>();
    Batches.untilShort(
        tx,
        BATCH,
        () -> {
          List<Due> due =
              jdbc.sql(
                      "SELECT id, target_id, weekday, at_time, grace_minutes, next_at FROM"
                          + " watch.expected_contact WHERE active AND next_due_at <= ? ORDER BY"
                          + " next_due_at LIMIT ? FOR UPDATE SKIP LOCKED")
                  .params(Timestamp.from(now), BATCH)
                  .query(Due.class)
                  .list();
          Instant at = EscalationTicker.later(now, clock.instant());
          due.forEach(d -> missed(d, at).ifPresent(opened::add));
          return due.size();
        });
    return opened;
  }

  private java.util.Optional<Long> missed(Due d, Instant now) {
    var alert = opening.forMissedContact(d.targetId(), d.id(), d.nextAt(), now);
    Schedule s = new Schedule(d.weekday(), d.atTime(), d.graceMinutes());
    Instant next = s.nextAfter(now.isAfter(d.nextAt()) ? now : d.nextAt());
    jdbc.sql("UPDATE watch.expected_contact SET next_at = ?, next_due_at = ? WHERE id = ?")
        .params(Timestamp.from(next), Timestamp.from(s.deadline(next)), d.id())
        .update();
    return alert;
  }
}
