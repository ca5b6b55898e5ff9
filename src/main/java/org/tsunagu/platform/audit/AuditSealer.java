package org.tsunagu.platform.audit;

import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seals audit entries into a hash chain in the background, so writing an entry never waits for a
 * lock. Only entries whose transaction ended before the oldest running one ({@code
 * pg_snapshot_xmin}) are sealed: an entry with a lower id that commits later is picked up by a
 * later seal instead of being skipped.
 */
@Component
public class AuditSealer {

  private static final int BATCH = 5000;

  private final JdbcClient jdbc;

  AuditSealer(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Scheduled(fixedDelayString = "${tsunagu.audit.seal-interval:PT10S}")
  @SchedulerLock(name = "audit-sealer", lockAtMostFor = "PT5M")
  public void sealScheduled() {
    while (sealOnce() == BATCH) {
      // keep going while there is a backlog
    }
  }

  /** Seals one batch; returns how many entries it covered. */
  @Transactional
  public int sealOnce() {
    List<AuditChain.SealedEntry> entries =
        jdbc.sql(
                "SELECT "
                    + AuditChain.ENTRY_COLUMNS
                    + " FROM platform.audit_entry WHERE seal_id IS NULL"
                    + " AND txid < pg_snapshot_xmin(pg_current_snapshot())"
                    + " ORDER BY id LIMIT "
                    + BATCH
                    + " FOR UPDATE")
            .query(AuditChain::map)
            .list();
    if (entries.isEmpty()) {
      return 0;
    }
    String previous =
        jdbc.sql("SELECT hash FROM platform.audit_seal ORDER BY id DESC LIMIT 1 FOR UPDATE")
            .query(String.class)
            .optional()
            .orElse(AuditChain.GENESIS);
    String hash = AuditChain.hash(previous, entries);
    long sealId =
        jdbc.sql(
                "INSERT INTO platform.audit_seal (entry_count, first_entry_id, last_entry_id,"
                    + " previous_hash, hash) VALUES (?, ?, ?, ?, ?) RETURNING id")
            .params(
                entries.size(),
                entries.get(0).id(),
                entries.get(entries.size() - 1).id(),
                previous,
                hash)
            .query(Long.class)
            .single();
    jdbc.sql("UPDATE platform.audit_entry SET seal_id = ? WHERE id = ANY (?)")
        .params(sealId, entries.stream().map(AuditChain.SealedEntry::id).toArray(Long[]::new))
        .update();
    return entries.size();
  }
}
