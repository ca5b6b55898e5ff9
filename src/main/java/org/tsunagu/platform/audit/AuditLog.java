package org.tsunagu.platform.audit;

import java.util.Collection;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.CurrentUsers;

/**
 * Writes audit entries in the caller's transaction, so an entry exists exactly when the work it
 * records committed. Details carry ids and kinds, never personal data.
 */
@Component
public class AuditLog {

  private final JdbcClient jdbc;

  public AuditLog(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void record(AuditAction action, String objectType, Object objectId, String detail) {
    CurrentUser user = CurrentUsers.current().orElse(null);
    jdbc.sql(
            "INSERT INTO platform.audit_entry (actor_user_id, actor_org_id, action, object_type,"
                + " object_id, detail) VALUES (?, ?, ?, ?, ?, ?)")
        .params(
            user == null ? null : user.id(),
            user == null ? null : user.organizationId(),
            action.name(),
            objectType,
            objectId == null ? null : String.valueOf(objectId),
            detail)
        .update();
  }

  /** One entry for a search or list: its kind and the ids it showed. */
  public void recordSearch(String objectType, String queryKind, Collection<Long> idsShown) {
    String ids = idsShown.stream().map(String::valueOf).collect(Collectors.joining(","));
    record(AuditAction.SEARCH, objectType, null, "kind=" + queryKind + ";ids=" + ids);
  }
}
