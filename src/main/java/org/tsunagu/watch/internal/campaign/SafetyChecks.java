package org.tsunagu.watch.internal.campaign;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.platform.audit.AuditAction;
import org.tsunagu.platform.audit.AuditLog;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.web.NotFoundException;
import org.tsunagu.platform.web.Problems;
import org.tsunagu.platform.web.UserFacingException;
import org.tsunagu.watch.WatchPermissions;

/**
 * A watcher marks a check: safe, needs help, or not reached, with a note. The assigned watcher may,
 * and so may the campaign's organisation (taking over a check nobody was assigned); a check of a
 * closed campaign is no longer changed. Marking again replaces the mark: the latest word counts.
 */
@Service
public class SafetyChecks {

  static final Set<String> MARKS = Set.of("SAFE", "NEEDS_HELP", "NOT_REACHED");

  private final JdbcClient jdbc;
  private final AuditLog audit;
  private final Clock clock;

  SafetyChecks(JdbcClient jdbc, AuditLog audit, Clock clock) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  public void mark(CurrentUser user, long checkId, String status, String note) {
    record Check(Long assignedTo, long organizationId, boolean closed) {}
    Check c =
        jdbc.sql(
                "SELECT s.assigned_to, c.organization_id, c.closed_at IS NOT NULL AS closed FROM"
                    + " watch.safety_check s JOIN watch.campaign c ON c.id = s.campaign_id WHERE"
                    + " s.id = ? FOR UPDATE OF s")
            .param(checkId)
            .query(Check.class)
            .optional()
            .orElseThrow(NotFoundException::new);
    boolean assignee = c.assignedTo() != null && c.assignedTo() == user.id();
    boolean runner =
        c.organizationId() == user.organizationId() && user.may(WatchPermissions.SAFETY_CHECK_RUN);
    if (!(assignee && user.may(WatchPermissions.WATCH_REPORT)) && !runner) {
      throw new NotFoundException();
    }
    if (c.closed()) {
      throw new UserFacingException("watch.campaign.error.closed", 409);
    }
    Problems p = new Problems();
    if (status == null || !MARKS.contains(status)) {
      p.add("status", "watch.check.validation.status");
    }
    if (note != null && note.length() > 500) {
      p.add("note", "validation.tooLong", 500);
    }
    p.throwIfAny();
    jdbc.sql(
            "UPDATE watch.safety_check SET status = ?, note = ?, checked_by = ?, checked_at = ?,"
                + " assigned_to = coalesce(assigned_to, ?), version = version + 1 WHERE id = ?")
        .params(
            status,
            note == null || note.isBlank() ? null : note.strip(),
            user.id(),
            Timestamp.from(clock.instant()),
            user.id(),
            checkId)
        .update();
    audit.record(AuditAction.UPDATE, "watch_safety_check", checkId, status);
  }
}
