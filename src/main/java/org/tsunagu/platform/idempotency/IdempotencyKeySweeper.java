package org.tsunagu.platform.idempotency;

import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Forgets idempotency keys older than {@code tsunagu.idempotency.keep} (30 days): a device retries
 * within minutes or days, and the table would otherwise grow with every card and report sent.
 */
@Component
public class IdempotencyKeySweeper {

  private static final int BATCH = 5_000;

  private final JdbcClient jdbc;
  private final Duration keep;

  IdempotencyKeySweeper(JdbcClient jdbc, @Value("${tsunagu.idempotency.keep:P30D}") Duration keep) {
    this.jdbc = jdbc;
    this.keep = keep;
  }

  @Scheduled(
      fixedDelayString = "${tsunagu.idempotency.sweep-interval:PT1H}",
      initialDelayString = "PT5M")
  @SchedulerLock(name = "idempotency-sweeper", lockAtMostFor = "PT30M")
  public void sweepScheduled() {
    sweep();
  }

  /** Deletes the expired keys in small batches, each its own statement; returns how many. */
  public int sweep() {
    int total = 0;
    int n;
    do {
      n =
          jdbc.sql(
                  "DELETE FROM platform.idempotent_request WHERE ctid IN (SELECT ctid FROM"
                      + " platform.idempotent_request WHERE created_at < now() - CAST(? AS"
                      + " interval) LIMIT ?)")
              .params(keep.getSeconds() + " seconds", BATCH)
              .update();
      total += n;
    } while (n == BATCH);
    return total;
  }
}
