package org.tsunagu.watch.internal.alert;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tsunagu.people.PeopleApi;
import org.tsunagu.platform.audit.AuditLog;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.web.NotFoundException;
import org.tsunagu.watch.WatchPermissions;

/**
 * Who may open and act on an alert: with {@code WATCH_ALERT}, staff of the organisation that
 * registered the target, and anyone its chain has told — the named user of a step, or staff of the
 * organisation or desk of a step — and only while their organisation may see the person (the
 * emergency basis an alert records for those it tells counts). The permission, not the registry's
 * read permission, admits a 民生委員. Everyone else gets 404.
 */
@Component
public class AlertAccess {

  public record Subject(long alertId, long targetId, long personId, String status) {}

  private final JdbcClient jdbc;
  private final PeopleApi people;
  private final AuditLog audit;

  AlertAccess(JdbcClient jdbc, PeopleApi people, AuditLog audit) {
    this.jdbc = jdbc;
    this.people = people;
    this.audit = audit;
  }

  public Subject require(CurrentUser user, long alertId) {
    if (!user.may(WatchPermissions.WATCH_ALERT)) {
      throw new NotFoundException();
    }
    Subject s =
        jdbc.sql(
                "SELECT a.id AS alert_id, a.target_id, t.person_id, a.status FROM watch.alert a"
                    + " JOIN watch.target t ON t.id = a.target_id WHERE a.id = ? AND"
                    + " (t.organization_id = ? OR EXISTS (SELECT 1 FROM watch.alert_step s WHERE"
                    + " s.alert_id = a.id AND s.notified_at IS NOT NULL AND (s.user_id = ? OR"
                    + " s.organization_id = ?)))")
            .params(alertId, user.organizationId(), user.id(), user.organizationId())
            .query(Subject.class)
            .optional()
            .orElse(null);
    if (s == null || !people.visibleTo(s.personId(), user.organizationId(), "WATCH")) {
      audit.recordRefused("watch_alert", alertId);
      throw new NotFoundException();
    }
    return s;
  }
}
