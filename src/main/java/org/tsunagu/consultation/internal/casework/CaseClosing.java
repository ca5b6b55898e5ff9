package org.tsunagu.consultation.internal.casework;

import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.consultation.CaseClosed;
import org.tsunagu.platform.audit.AuditAction;
import org.tsunagu.platform.audit.AuditLog;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.web.Problems;
import org.tsunagu.platform.web.UserFacingException;

/** Closes a case (終結) with a reason, once no referral of it is still open. */
@Service
public class CaseClosing {

  private final Cases cases;
  private final CaseTimeline timeline;
  private final CaseAccess access;
  private final AuditLog audit;
  private final JdbcClient jdbc;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  CaseClosing(
      Cases cases,
      CaseTimeline timeline,
      CaseAccess access,
      AuditLog audit,
      JdbcClient jdbc,
      ApplicationEventPublisher events,
      Clock clock) {
    this.cases = cases;
    this.timeline = timeline;
    this.access = access;
    this.audit = audit;
    this.jdbc = jdbc;
    this.events = events;
    this.clock = clock;
  }

  /**
   * Closes the case (終結) with a reason. Refused while a referral is still pending or worked:
   * nothing may fall between two desks.
   */
  @Transactional
  public void close(CurrentUser user, long caseId, int version, ClosedReason reason, String note) {
    SupportCase c = access.lockAsLead(user, caseId);
    Problems p = new Problems();
    if (reason == null) {
      p.add("closedReason", "validation.required");
    }
    CaseWork.text(p, "closedNote", note, reason == ClosedReason.OTHER);
    p.throwIfAny();
    CaseWork.requireOpen(c);
    long active =
        jdbc.sql(
                "SELECT count(*) FROM consultation.referral WHERE case_id = ? AND status IN"
                    + " ('PENDING','ACCEPTED','IN_PROGRESS')")
            .param(caseId)
            .query(Long.class)
            .single();
    if (active > 0) {
      throw new UserFacingException("case.error.activeReferrals", 409, active);
    }
    CaseWork.checkVersion(
        cases.update(
            caseId,
            version,
            "status = 'CLOSED', closed_at = ?, closed_by = ?, closed_reason = ?, closed_note = ?",
            Timestamp.from(clock.instant()),
            user.id(),
            reason.name(),
            CaseWork.blank(note) ? null : note.strip()));
    timeline.addSystemEntry(
        caseId, EntryKind.STATUS, "closed", reason.name(), user.id(), user.organizationId());
    audit.record(AuditAction.UPDATE, "support_case", caseId, "closed=" + reason);
    events.publishEvent(new CaseClosed(caseId, c.leadOrgId(), reason.name()));
  }
}
