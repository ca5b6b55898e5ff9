package org.tsunagu.watch.internal.alert;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.tsunagu.watch.internal.Batches;

/**
 * Every node, every two seconds, takes the alerts whose step is due, each row locked and skipped by
 * the other nodes, and moves each to its next step in the same transaction. The deadline lives in
 * the alert's row, so a restart or a killed node loses none: the row stays due until a transaction
 * that moved it commits.
 */
@Component
public class EscalationTicker {

  static final int BATCH = 50;

  private final JdbcClient jdbc;
  private final Escalation escalation;
  private final TransactionTemplate tx;
  private final Clock clock;
  private final boolean background;

  EscalationTicker(
      JdbcClient jdbc,
      Escalation escalation,
      TransactionTemplate tx,
      Clock clock,
      @Value("${tsunagu.watch.background:true}") boolean background) {
    this.background = background;
    this.jdbc = jdbc;
    this.escalation = escalation;
    this.tx = tx;
    this.clock = clock;
  }

  @Scheduled(
      fixedDelayString = "${tsunagu.watch.tick:PT2S}",
      initialDelayString = "${tsunagu.watch.tick:PT2S}")
  void tick() {
    if (!background) {
      return;
    }
    runDue(clock.instant());
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
          due.forEach(id -> escalation.advance(id, now));
          return due.size();
        });
  }
}
