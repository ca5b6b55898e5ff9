package org.tsunagu.platform.audit;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Recomputes the hash chain over every seal and reports the first break. */
@Component
public class AuditVerifier {

  private final JdbcClient jdbc;

  AuditVerifier(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Transactional(readOnly = true)
  public Result verify() {
    List<Seal> seals =
        jdbc.sql("SELECT id, entry_count, previous_hash, hash FROM platform.audit_seal ORDER BY id")
            .query(
                (rs, n) ->
                    new Seal(
                        rs.getLong("id"),
                        rs.getInt("entry_count"),
                        rs.getString("previous_hash"),
                        rs.getString("hash")))
            .list();
    String previous = AuditChain.GENESIS;
    long entries = 0;
    for (Seal seal : seals) {
      List<AuditChain.SealedEntry> covered =
          jdbc.sql(
                  "SELECT "
                      + AuditChain.ENTRY_COLUMNS
                      + " FROM platform.audit_entry WHERE seal_id = ? ORDER BY id")
              .param(seal.id())
              .query(AuditChain::map)
              .list();
      if (!seal.previousHash().equals(previous)
          || covered.size() != seal.entryCount()
          || !AuditChain.hash(previous, covered).equals(seal.hash())) {
        return new Result(false, seals.size(), entries, seal.id(), unsealed());
      }
      entries += covered.size();
      previous = seal.hash();
    }
    long orphaned =
        jdbc.sql(
                "SELECT count(*) FROM platform.audit_entry e WHERE e.seal_id IS NOT NULL AND NOT"
                    + " EXISTS (SELECT 1 FROM platform.audit_seal s WHERE s.id = e.seal_id)")
            .query(Long.class)
            .single();
    return new Result(orphaned == 0, seals.size(), entries, orphaned == 0 ? null : -1L, unsealed());
  }

  private long unsealed() {
    return jdbc.sql("SELECT count(*) FROM platform.audit_entry WHERE seal_id IS NULL")
        .query(Long.class)
        .single();
  }

  private record Seal(long id, int entryCount, String previousHash, String hash) {}

  /** brokenSealId is the first seal that does not match, or null when the chain is intact. */
  public record Result(
      boolean intact, long sealsChecked, long entriesChecked, Long brokenSealId, long unsealed) {}
}
