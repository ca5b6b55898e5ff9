package org.tsunagu.consultation.internal.casework;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.platform.audit.AuditAction;
import org.tsunagu.platform.audit.AuditLog;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.web.Problems;

/** Plan reviews (モニタリング) of a case: what was found, and the date to look again. */
@Service
public class PlanReviews {

  private final JdbcClient jdbc;
  private final CaseAccess access;
  private final Cases cases;
  private final CaseTimeline timeline;
  private final AuditLog audit;
  private final Clock clock;

  PlanReviews(
      JdbcClient jdbc,
      CaseAccess access,
      Cases cases,
      CaseTimeline timeline,
      AuditLog audit,
      Clock clock) {
    this.jdbc = jdbc;
    this.access = access;
    this.cases = cases;
    this.timeline = timeline;
    this.audit = audit;
    this.clock = clock;
  }

  /** A plan review (モニタリング): what was found, and when to look again. */
  @Transactional
  public long review(
      CurrentUser user, long caseId, LocalDate reviewedOn, String note, LocalDate nextReviewOn) {
    SupportCase c = access.lockAsLead(user, caseId);
    CaseWork.requireOpen(c);
    LocalDate today = LocalDate.now(clock);
    Problems p = new Problems();
    if (reviewedOn == null) {
      p.add("reviewedOn", "validation.required");
    } else if (reviewedOn.isAfter(today)) {
      p.add("reviewedOn", "case.validation.future");
    }
    CaseWork.text(p, "note", note, true);
    if (nextReviewOn != null && !nextReviewOn.isAfter(today)) {
      p.add("nextReviewOn", "plan.validation.nextReview");
    }
    p.throwIfAny();
    long id =
        jdbc.sql(
                "INSERT INTO consultation.plan_review (case_id, reviewed_on, note, next_review_on,"
                    + " reviewed_by, created_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id")
            .params(
                caseId,
                reviewedOn,
                note.strip(),
                nextReviewOn,
                user.id(),
                Timestamp.from(clock.instant()))
            .query(Long.class)
            .single();
    CaseWork.checkVersion(cases.update(caseId, c.version(), "review_on = ?", nextReviewOn));
    timeline.addSystemEntry(
        caseId, EntryKind.PLAN, "review", note.strip(), user.id(), user.organizationId());
    audit.record(AuditAction.UPDATE, "support_case", caseId, "review=" + id);
    return id;
  }

  /** Sets the first review date of a plan (or moves it), without a review. */
  @Transactional
  public void scheduleReview(CurrentUser user, long caseId, int version, LocalDate reviewOn) {
    SupportCase c = access.lockAsLead(user, caseId);
    CaseWork.requireOpen(c);
    if (reviewOn == null || reviewOn.isBefore(LocalDate.now(clock))) {
      Problems p = new Problems();
      p.add("reviewOn", "plan.validation.nextReview");
      p.throwIfAny();
    }
    CaseWork.checkVersion(cases.update(caseId, version, "review_on = ?", reviewOn));
    audit.record(AuditAction.UPDATE, "support_case", caseId, "reviewOn");
  }
}
