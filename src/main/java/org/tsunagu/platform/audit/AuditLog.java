package org.tsunagu.platform.audit;

import java.sql.Types;
import java.util.Collection;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.CurrentUsers;

/**
 * Writes audit entries in the caller's transaction, so an entry exists exactly when the work it
 * records committed. Details carry ids and kinds, never personal data.
 */
@Component
public class AuditLog {

  private final JdbcClient jdbc;
  private final TransactionTemplate separately;

  public AuditLog(JdbcClient jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.separately = new TransactionTemplate(transactions);
    this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /**
   * A read refused for lack of a basis. It is written in a transaction of its own, because the
   * refusal (a "not found") rolls back the caller's.
   */
  public void recordRefused(String objectType, Object objectId) {
    separately.executeWithoutResult(
        status -> record(AuditAction.READ_REFUSED, objectType, objectId, "refused"));
  }

  public void record(AuditAction action, String objectType, Object objectId, String detail) {
    CurrentUser user = CurrentUsers.current().orElse(null);
    write(
        user == null ? null : user.id(),
        user == null ? null : user.organizationId(),
        action,
        objectType,
        objectId,
        detail);
  }

  /** An entry for work done on a user's behalf where no request is signed in (a background job). */
  public void recordFor(
      long actorUserId,
      long actorOrgId,
      AuditAction action,
      String objectType,
      Object objectId,
      String detail) {
    write(actorUserId, actorOrgId, action, objectType, objectId, detail);
  }

  private void write(
      Long actorUserId,
      Long actorOrgId,
      AuditAction action,
      String objectType,
      Object objectId,
      String detail) {
    jdbc.sql(
            "INSERT INTO platform.audit_entry (actor_user_id, actor_org_id, action, object_type,"
                + " object_id, detail) VALUES (?, ?, ?, ?, ?, ?)")
        // Typed, so that a null binds like a value and the prepared statement is reused.
        .param(1, actorUserId, Types.BIGINT)
        .param(2, actorOrgId, Types.BIGINT)
        .param(3, action.name(), Types.VARCHAR)
        .param(4, objectType, Types.VARCHAR)
        .param(5, objectId == null ? null : String.valueOf(objectId), Types.VARCHAR)
        .param(6, detail, Types.VARCHAR)
        .update();
  }

  /** One entry for a search or list: its kind and the ids it showed. */
  public void recordSearch(String objectType, String queryKind, Collection<Long> idsShown) {
    String ids = idsShown.stream().map(String::valueOf).collect(Collectors.joining(","));
    record(AuditAction.SEARCH, objectType, null, "kind=" + queryKind + ";ids=" + ids);
  }
}
