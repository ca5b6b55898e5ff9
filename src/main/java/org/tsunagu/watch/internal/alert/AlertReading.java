package org.tsunagu.watch.internal.alert;

import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.platform.audit.AuditAction;
import org.tsunagu.platform.audit.AuditLog;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.web.NotFoundException;
import org.tsunagu.watch.internal.WatchPersons;
import org.tsunagu.watch.internal.target.Targets;

/**
 * Opens an alert for someone who may: audited as a read of a watch record, and marking the viewer's
 * messages about it as opened (既読 — which is not 確認: only acknowledging takes it).
 */
@Service
public class AlertReading {

  private final AlertAccess access;
  private final AlertQueries queries;
  private final Targets targets;
  private final WatchPersons persons;
  private final AuditLog audit;
  private final Clock clock;

  AlertReading(
      AlertAccess access,
      AlertQueries queries,
      Targets targets,
      WatchPersons persons,
      AuditLog audit,
      Clock clock) {
    this.access = access;
    this.queries = queries;
    this.targets = targets;
    this.persons = persons;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  public AlertView open(CurrentUser user, long alertId) {
    AlertAccess.Subject s = access.require(user, alertId);
    AlertQueries.Alert alert = queries.alert(alertId).orElseThrow(NotFoundException::new);
    audit.record(AuditAction.READ, "watch_alert", alertId, null);
    queries.markOpened(user, alertId, clock.instant());
    return new AlertView(
        alert,
        queries.report(alert.observationId()).orElse(null),
        persons.line(s.personId(), user.organizationId()).orElseThrow(NotFoundException::new),
        targets.details(s.targetId()).orElseThrow(NotFoundException::new),
        queries.steps(alertId),
        queries.events(alertId),
        queries.messages(alertId));
  }
}
