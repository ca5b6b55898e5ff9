package org.tsunagu.platform.audit;

import java.util.Optional;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seals audit entries into a hash chain in the background, so writing an entry never waits for a
 * lock, and never touches an entry again. A seal covers every entry whose transaction id lies
 * between the previous seal's bound and its own; the bound is the oldest transaction still running
 * ({@code pg_snapshot_xmin}), below which no entry can appear any more. An entry of a long
 * transaction (with a lower id than entries already committed) falls into a later seal.
 *
 * <p>The transaction is opened here, not by {@code @Transactional}: the scheduled method calls
 * {@link #sealOnce} through {@code this}, which a proxy never sees, and without a transaction the
 * lock on the last seal would end before the new seal is written.
 */
@Component
public class AuditSealer {

  private final JdbcClient jdbc;
  private final TransactionTemplate tx;

  AuditSealer(DataSource dataSource, PlatformTransactionManager tm) {
    this.jdbc = AuditChain.streaming(dataSource);
    this.tx = new TransactionTemplate(tm);
  }

  @Scheduled(fixedDelayString = "${tsunagu.audit.seal-interval:PT10S}")
  @SchedulerLock(name = "audit-sealer", lockAtMostFor = "PT5M")
  public void sealScheduled() {
    sealOnce();
  }

  /** Seals what has become final since the last seal; returns how many entries it covered. */
  public int sealOnce() {
    return tx.execute(s -> seal());
  }

  private int seal() {
    Optional<AuditChain.Seal> last =
        jdbc.sql(
                "SELECT hash, below_txid::text FROM platform.audit_seal ORDER BY id DESC LIMIT 1"
                    + " FOR UPDATE")
            .query((rs, n) -> new AuditChain.Seal(rs.getString(1), rs.getString(2)))
            .optional();
    String previous = last.map(AuditChain.Seal::hash).orElse(AuditChain.GENESIS);
    String from = last.map(AuditChain.Seal::belowTxid).orElse(AuditChain.FIRST_TXID);
    String below =
        jdbc.sql("SELECT pg_snapshot_xmin(pg_current_snapshot())::text")
            .query(String.class)
            .single();
    AuditChain.Digest digest = AuditChain.digest(jdbc, previous, from, below);
    if (digest.entries() == 0) {
      return 0;
    }
    jdbc.sql(
            "INSERT INTO platform.audit_seal (entry_count, below_txid, previous_hash, hash) VALUES"
                + " (?, ?::xid8, ?, ?)")
        .params(digest.entries(), below, previous, digest.hash())
        .update();
    return Math.toIntExact(digest.entries());
  }
}
