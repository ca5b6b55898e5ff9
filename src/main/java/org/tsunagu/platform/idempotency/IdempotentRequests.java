package org.tsunagu.platform.idempotency;

import java.util.function.LongSupplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.platform.web.UserFacingException;

/**
 * Runs a field device's write once per (owner, operation, key). The same key with the same request
 * answers the first result; with a different request it is refused (422); another owner's key is
 * its own. The key row is claimed before the work, in the caller's transaction, so a second
 * identical request sent at once waits for the first to commit (or roll back) and then replays it.
 */
@Service
public class IdempotentRequests {

  /** Longest key accepted; a UUID is 36. */
  public static final int MAX_KEY_LENGTH = 200;

  private final JdbcClient jdbc;

  IdempotentRequests(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * The result of {@code create} for this request, created now or by an earlier request with the
   * same key. {@code request} is the request as the owner sent it, without the key, in a canonical
   * form (see {@link RequestHash}).
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public IdempotentResult once(
      IdempotencyOwner owner, String operation, String key, Object request, LongSupplier create) {
    requireValid(key);
    String hash = RequestHash.of(request);
    boolean claimed =
        jdbc.sql(
                    "INSERT INTO platform.idempotent_request (owner_kind, owner_id, operation, key,"
                        + " request_hash) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")
                .params(owner.kind().name(), owner.id(), operation, key, hash)
                .update()
            == 1;
    if (!claimed) {
      return replay(owner, operation, key, hash);
    }
    long id = create.getAsLong();
    jdbc.sql(
            "UPDATE platform.idempotent_request SET result_id = ? WHERE owner_kind = ? AND"
                + " owner_id = ? AND operation = ? AND key = ?")
        .params(id, owner.kind().name(), owner.id(), operation, key)
        .update();
    return new IdempotentResult(id, false);
  }

  /** 1 to 200 printable ASCII characters (space to tilde), else 400. */
  public static void requireValid(String key) {
    boolean valid = key != null && !key.isEmpty() && key.length() <= MAX_KEY_LENGTH;
    for (int i = 0; valid && i < key.length(); i++) {
      char c = key.charAt(i);
      valid = c >= 0x20 && c <= 0x7e;
    }
    if (!valid) {
      throw new UserFacingException("idempotency.error.key", 400, MAX_KEY_LENGTH);
    }
  }

  private IdempotentResult replay(
      IdempotencyOwner owner, String operation, String key, String hash) {
    record Stored(String requestHash, Long resultId) {}
    Stored stored =
        jdbc.sql(
                "SELECT request_hash, result_id FROM platform.idempotent_request WHERE owner_kind"
                    + " = ? AND owner_id = ? AND operation = ? AND key = ?")
            .params(owner.kind().name(), owner.id(), operation, key)
            .query(Stored.class)
            .single();
    if (!stored.requestHash().equals(hash)) {
      throw new UserFacingException("idempotency.error.reused", 422);
    }
    return new IdempotentResult(stored.resultId(), true);
  }
}
