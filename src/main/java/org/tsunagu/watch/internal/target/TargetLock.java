package org.tsunagu.watch.internal.target;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.web.NotFoundException;
import org.tsunagu.platform.web.Problems;
import org.tsunagu.watch.WatchPermissions;

/**
 * The active target of the user's organisation, locked for a change made after registration; anyone
 * else's is 404. A change's problems are named as its own request's fields.
 */
@Component
class TargetLock {

  private final JdbcClient jdbc;

  TargetLock(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  <T> T lock(CurrentUser user, long targetId, Class<T> type, String columns) {
    user.require(WatchPermissions.WATCH_MANAGE);
    return jdbc.sql(
            "SELECT "
                + columns
                + " FROM watch.target WHERE id = ? AND organization_id = ? AND active FOR UPDATE")
        .params(targetId, user.organizationId())
        .query(type)
        .optional()
        .orElseThrow(NotFoundException::new);
  }

  /** The registration's problems (under {@code prefix}) under the names of the request's fields. */
  static void throwAsBody(Problems checked, String prefix) {
    Problems p = new Problems();
    checked.list().forEach(f -> p.add(f.field().replace(prefix, ""), f.messageKey(), f.args()));
    p.throwIfAny();
  }
}
