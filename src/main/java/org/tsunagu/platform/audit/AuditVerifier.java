package org.tsunagu.platform.audit;

import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recomputes the hash chain over every seal and reports the first break: an entry changed, removed
 * or slipped into a sealed range, or a seal changed or removed from the middle.
 */
@Component
public class AuditVerifier {

  private final JdbcClient jdbc;

  AuditVerifier(DataSource dataSource) {
    this.jdbc = AuditChain.streaming(dataSource);
  }

  @Transactional(readOnly = true)
  public Result verify() {
    List<Seal> seals =
        jdbc.sql(
                "SELECT id, entry_count, below_txid::text, previous_hash, hash FROM"
                    + " platform.audit_seal ORDER BY id")
            .query(
                (rs, n) ->
                    new Seal(
                        rs.getLong("id"),
                        rs.getLong("entry_count"),
                        rs.getString("below_txid"),
                        rs.getString("previous_hash"),
                        rs.getString("hash")))
            .list();
    String previous = AuditChain.GENESIS;
    String from = AuditChain.FIRST_TXID;
    long entries = 0;
    for (Seal seal : seals) {
      AuditChain.Digest digest = AuditChain.digest(jdbc, previous, from, seal.belowTxid());
      if (!seal.previousHash().equals(previous)
          || digest.entries() != seal.entryCount()
          || !digest.hash().equals(seal.hash())) {
        return new Result(false, seals.size(), entries, seal.id(), unsealed(from));
      }
      entries += digest.entries();
      previous = seal.hash();
      from = seal.belowTxid();
    }
    return new Result(true, seals.size(), entries, null, unsealed(from));
  }

  private long unsealed(String from) {
    return jdbc.sql("SELECT count(*) FROM platform.audit_entry WHERE txid >= ?::xid8")
        .param(from)
        .query(Long.class)
        .single();
  }

  private record Seal(
      long id, long entryCount, String belowTxid, String previousHash, String hash) {}

  /** brokenSealId is the first seal that does not match, or null when the chain is intact. */
  public record Result(
      boolean intact, long sealsChecked, long entriesChecked, Long brokenSealId, long unsealed) {}
}
