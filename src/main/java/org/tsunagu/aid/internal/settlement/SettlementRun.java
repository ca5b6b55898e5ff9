package org.tsunagu.aid.internal.settlement;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.tsunagu.aid.internal.ledger.Ledger;
import org.tsunagu.aid.internal.programme.Programme;
import org.tsunagu.aid.internal.programme.Programmes;
import org.tsunagu.platform.audit.AuditAction;
import org.tsunagu.platform.audit.AuditLog;
import org.tsunagu.platform.web.FieldErrorsException;
import org.tsunagu.platform.web.SafeLog;

/**
 * One run of a settlement by the runner that claimed its row, to the month closed or the reason it
 * stopped. Each batch is posted in one transaction with the heartbeat and the progress, after
 * checking the row is still this runner's: a run whose claim another node took over cannot commit a
 * posting, so two runs never settle one month at once.
 */
@Component
class SettlementRun {

  static final String UNEXPECTED = "aid.settlement.failedUnexpected";

  private static final Logger log = LoggerFactory.getLogger(SettlementRun.class);

  /** The row is no longer this runner's (another node resumed it): stop without a word. */
  private static final class ClaimLost extends RuntimeException {
    ClaimLost() {
      super(null, null, false, false);
    }
  }

  private final SettlementRecords records;
  private final SettlementBatches batches;
  private final Programmes programmes;
  private final Ledger ledger;
  private final TransactionTemplate tx;
  private final AuditLog audit;
  private final Clock clock;

  SettlementRun(
      SettlementRecords records,
      SettlementBatches batches,
      Programmes programmes,
      Ledger ledger,
      TransactionTemplate tx,
      AuditLog audit,
      Clock clock) {
    this.records = records;
    this.batches = batches;
    this.programmes = programmes;
    this.ledger = ledger;
    this.tx = tx;
    this.audit = audit;
    this.clock = clock;
  }

  /** Runs the settlement to its end; a failure is recorded on the row, never thrown. */
  void run(long id, String runner) {
    try {
      settle(records.run(id).orElseThrow(), runner);
    } catch (ClaimLost e) {
      log.info("Settlement {} was taken over by another runner", id);
    } catch (RuntimeException e) {
      log.error("Settlement {} failed: {}", id, SafeLog.describe(e));
      records.failed(id, runner, failureKey(e), clock.instant());
    }
  }

  private void settle(SettlementRecords.Run run, String runner) {
    Programme programme = programmes.find(run.programmeId()).orElseThrow();
    tx.executeWithoutResult(
        s -> {
          mine(run, runner);
          records.total(run.id(), batches.count(run.programmeId(), run.month()));
        });
    Integer posted;
    do {
      posted =
          tx.execute(
              s -> {
                mine(run, runner);
                int n = batches.postNext(programme, run.month(), run.startedBy());
                records.progressed(run.id(), n);
                return n;
              });
    } while (posted != null && posted > 0);
    tx.executeWithoutResult(
        s -> {
          mine(run, runner);
          ledger.close(run.programmeId(), run.month(), run.startedBy());
          records.closed(run.id(), clock.instant());
        });
    audit.recordFor(
        run.startedBy(),
        programme.organizationId(),
        AuditAction.UPDATE,
        "aid_settlement",
        run.id(),
        "closed=" + run.month());
  }

  private void mine(SettlementRecords.Run run, String runner) {
    if (!records.beat(run.id(), runner)) {
      throw new ClaimLost();
    }
  }

  /** A refusal the user can act on keeps its own words; anything else is "unexpected". */
  static String failureKey(RuntimeException e) {
    if (e instanceof FieldErrorsException f
        && !f.problems().isEmpty()
        && f.problems().get(0).args().length == 0) {
      return f.problems().get(0).messageKey();
    }
    return UNEXPECTED;
  }
}
