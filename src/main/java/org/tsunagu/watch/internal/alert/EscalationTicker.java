package org.tsunagu.watch.internal.alert;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.tsunagu.watch.internal.Batches;

/**
 * Takes the alerts whose step is due (every node, every two seconds: {@link WatchTimers}), each row
 * locked and skipped by the other nodes, and moves each to its next step in the same transaction.
 * The deadline lives in the alert's row, so a restart or a killed node loses none: the row stays
 * due until a transaction that moved it commits.
 */
@Component
public class EscalationTicker {

  static final int BATCH = 50;

  private final JdbcClient jdbc;
  private final Escalation escalation;
  private final TransactionTemplate tx;
  private final Clock clock;

  EscalationTicker(JdbcClient jdbc, Escalation escalation, TransactionTemplate tx, Clock clock) {
    this.clock = clock;
    this.jdbc = jdbc;
    this.escalation = escalation;
    this.tx = tx;
  }

  /** Moves every alert due at {@code now}; returns how many steps were moved. */
  public int runDue(Instant now) {
    return Batches.untilShort(
        tx,
        BATCH,
        () -> {
          List<Long> due =
              jdbc.sql(
                      "SELECT id FROM watch.alert WHERE status = 'OPEN' AND step_due_at <= ? ORDER"
                          + " BY step_due_at LIMIT ? FOR UPDATE SKIP LOCKED")
                  .params(Timestamp.from(now), BATCH)
                  .query(Long.class)
                  .list();
          // Recorded when it happens: a long run's later batches are later than its start.
          Instant at = later(now, clock.instant());
          due.forEach(id -> escalation.advance(id, at));
          return due.size();
        });
  }

  static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }
}
