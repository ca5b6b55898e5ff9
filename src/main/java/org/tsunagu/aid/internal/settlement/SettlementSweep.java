package org.tsunagu.aid.internal.settlement;

import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.task.TaskExecutor;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Settlement runs on the job threads, and every node looks now and then for a RUNNING settlement
 * whose heartbeat went stale (its node was stopped or killed) and resumes it, so a month always
 * ends closed without anybody asking again. The claim is one UPDATE in the database, so no
 * scheduler lock is needed: two nodes sweeping at once take a row once.
 */
@Component
class SettlementSweep {

  private static final Logger log = LoggerFactory.getLogger(SettlementSweep.class);

  private final SettlementRecords records;
  private final SettlementRun run;
  private final TaskExecutor executor;
  private final Duration stale;

  SettlementSweep(
      SettlementRecords records,
      SettlementRun run,
      @Qualifier("jobExecutor") TaskExecutor executor,
      @Value("${tsunagu.aid.settlement-stale:PT2M}") Duration stale) {
    this.records = records;
    this.run = run;
    this.executor = executor;
    this.stale = stale;
  }

  /** Runs the claimed settlement on a job thread; if none is free, a later sweep resumes it. */
  void submit(long id, String runner) {
    try {
      executor.execute(() -> run.run(id, runner));
    } catch (TaskRejectedException e) {
      log.warn("Settlement {} waits for a free job thread; the sweep will resume it", id);
    }
  }

  @Scheduled(
      fixedDelayString = "${tsunagu.aid.settlement-sweep:PT30S}",
      initialDelayString = "${tsunagu.aid.settlement-sweep:PT30S}")
  void tick() {
    resumeStale();
  }

  /** Claims the stale settlements for this node and starts them; answers how many it took. */
  int resumeStale() {
    String runner = SettlementRecords.newRunner();
    List<Long> claimed = records.claimStale(runner, stale);
    claimed.forEach(id -> submit(id, runner));
    return claimed.size();
  }
}
