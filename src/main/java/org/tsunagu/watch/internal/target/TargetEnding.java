package org.tsunagu.watch.internal.target;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.people.PeopleApi;
import org.tsunagu.platform.audit.AuditAction;
import org.tsunagu.platform.audit.AuditLog;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.web.NotFoundException;
import org.tsunagu.platform.web.Problems;
import org.tsunagu.platform.web.UserFacingException;
import org.tsunagu.watch.WatchPermissions;

/**
 * Ends the watch over a person (moved into a care home, moved away, asked to stop): no more
 * expected contacts or missed-contact alerts, off every route, and the WATCH relationships its
 * registration recorded end, so the organisations that took part no longer see the person on this
 * ground. The consent stays as recorded (it is revoked on the registry's screen if the person
 * withdrew it). Open alerts are not closed here: each still needs its outcome.
 */
@Service
public class TargetEnding {

  private final JdbcClient jdbc;
  private final PeopleApi people;
  private final AuditLog audit;
  private final Clock clock;

  TargetEnding(JdbcClient jdbc, PeopleApi people, AuditLog audit, Clock clock) {
    this.jdbc = jdbc;
    this.people = people;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  public void end(CurrentUser user, long targetId, String reason) {
    user.require(WatchPermissions.WATCH_MANAGE);
    Problems p = new Problems();
    if (reason == null || reason.isBlank()) {
      p.add("reason", "validation.required");
    } else if (reason.length() > 500) {
      p.add("reason", "validation.tooLong", 500);
    }
    Boolean active =
        jdbc.sql("SELECT active FROM watch.target WHERE id = ? AND organization_id = ? FOR UPDATE")
            .params(targetId, user.organizationId())
            .query(Boolean.class)
            .optional()
            .orElseThrow(NotFoundException::new);
    if (!active) {
      throw new UserFacingException("watch.target.error.ended", 409);
    }
    p.throwIfAny();
    Instant now = clock.instant();
    jdbc.sql(
            "UPDATE watch.target SET active = false, ended_at = ?, ended_by = ?, end_reason = ?,"
                + " version = version + 1 WHERE id = ?")
        .params(Timestamp.from(now), user.id(), reason.strip(), targetId)
        .update();
    jdbc.sql("UPDATE watch.expected_contact SET active = false WHERE target_id = ?")
        .param(targetId)
        .update();
    jdbc.sql("SELECT relationship_id FROM watch.target_relationship WHERE target_id = ?")
        .param(targetId)
        .query(Long.class)
        .list()
        .forEach(r -> people.endRelationship(r, "watch ended"));
    audit.record(AuditAction.UPDATE, "watch_target", targetId, "ended");
  }
}
