package org.tsunagu.platform.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The hash of one seal: the previous seal's hash, then each entry of the seal's range of
 * transaction ids, in transaction and id order.
 */
final class AuditChain {

  static final String GENESIS = "0".repeat(64);

  /** Where the first seal's range starts: below every transaction id. */
  static final String FIRST_TXID = "0";

  private AuditChain() {}

  /** What a seal records: its hash and the transaction id its range stops below. */
  record Seal(String hash, String belowTxid) {}

  /** The hash over a range of entries, and how many there were. */
  record Digest(String hash, long entries) {}

  /** A client that streams large results in a transaction instead of reading them whole. */
  static JdbcClient streaming(DataSource dataSource) {
    JdbcTemplate template = new JdbcTemplate(dataSource);
    template.setFetchSize(1000);
    return JdbcClient.create(template);
  }

  /**
   * Hashes the entries with {@code from <= txid < below}; pass a {@link #streaming} client, as a
   * range may be large (the first seal covers every entry written before it).
   */
  static Digest digest(JdbcClient jdbc, String previousHash, String from, String below) {
    MessageDigest digest = sha256();
    digest.update(previousHash.getBytes(StandardCharsets.UTF_8));
    long[] count = {0};
    jdbc.sql(
            "SELECT "
                + ENTRY_COLUMNS
                + " FROM platform.audit_entry WHERE txid >= ?::xid8 AND txid < ?::xid8"
                + " ORDER BY txid, id")
        .params(from, below)
        .query(
            rs -> {
              digest.update(map(rs, 0).canonical().getBytes(StandardCharsets.UTF_8));
              count[0]++;
            });
    return new Digest(HexFormat.of().formatHex(digest.digest()), count[0]);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The fields an entry is sealed with, in a fixed text form. */
  record SealedEntry(
      long id,
      long occurredAtMicros,
      String txid,
      Long actorUserId,
      Long actorOrgId,
      String action,
      String objectType,
      String objectId,
      String detail) {

    String canonical() {
      return String.join(
              "\u001f",
              String.valueOf(id),
              String.valueOf(occurredAtMicros),
              txid,
              String.valueOf(actorUserId),
              String.valueOf(actorOrgId),
              action,
              objectType,
              String.valueOf(objectId),
              String.valueOf(detail))
          + "\u001e";
    }
  }

  static final String ENTRY_COLUMNS =
      "id, (extract(epoch FROM occurred_at) * 1000000)::bigint AS micros, txid::text AS txid,"
          + " actor_user_id, actor_org_id, action, object_type, object_id, detail";

  static SealedEntry map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    return new SealedEntry(
        rs.getLong("id"),
        rs.getLong("micros"),
        rs.getString("txid"),
        (Long) rs.getObject("actor_user_id"),
        (Long) rs.getObject("actor_org_id"),
        rs.getString("action"),
        rs.getString("object_type"),
        rs.getString("object_id"),
        rs.getString("detail"));
  }
}
