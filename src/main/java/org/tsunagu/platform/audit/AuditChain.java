package org.tsunagu.platform.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** The hash of one seal: the previous seal's hash, then each covered entry in id order. */
final class AuditChain {

  static final String GENESIS = "0".repeat(64);

  private AuditChain() {}

  static String hash(String previousHash, List<SealedEntry> entries) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(previousHash.getBytes(StandardCharsets.UTF_8));
      for (SealedEntry e : entries) {
        digest.update(e.canonical().getBytes(StandardCharsets.UTF_8));
      }
      return HexFormat.of().formatHex(digest.digest());
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
