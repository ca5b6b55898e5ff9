package org.tsunagu.consultation.internal.casework;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.consultation.ConsultationPermissions;
import org.tsunagu.consultation.Urgency;
import org.tsunagu.people.SupportDomain;
import org.tsunagu.platform.audit.AuditAction;
import org.tsunagu.platform.audit.AuditLog;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.web.Problems;
import org.tsunagu.platform.web.UserFacingException;

/**
 * Day-to-day work on a case: its timeline entries, status, lead worker and needs. Opening and
 * closing are {@link CaseOpening} and {@link CaseClosing}.
 */
@Service
public class CaseWork {

  static final int MAX_TEXT = 4000;

  private final Cases cases;
  private final CaseTimeline timeline;
  private final CaseAccess access;
  private final AuditLog audit;
  private final JdbcClient jdbc;
  private final Clock clock;

  CaseWork(
      Cases cases,
      CaseTimeline timeline,
      CaseAccess access,
      AuditLog audit,
      JdbcClient jdbc,
      Clock clock) {
    this.cases = cases;
    this.timeline = timeline;
    this.access = access;
    this.audit = audit;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Records a contact, visit, call, outreach, decision or note on the timeline. */
  @Transactional
  public long addEntry(
      CurrentUser user, long caseId, EntryKind kind, Instant occurredAt, String summary) {
    SupportCase c = access.lockAsWorking(user, caseId);
    Problems p = new Problems();
    if (kind == null || !EntryKind.MANUAL.contains(kind)) {
      p.add("kind", "validation.required");
    }
    if (occurredAt == null) {
      p.add("occurredAt", "validation.required");
    } else if (occurredAt.isAfter(clock.instant().plus(10, ChronoUnit.MINUTES))) {
      p.add("occurredAt", "case.validation.future");
    } else if (occurredAt.isBefore(c.openedAt().minus(1, ChronoUnit.DAYS))) {
      p.add("occurredAt", "case.validation.beforeOpened");
    }
    text(p, "summary", summary, true);
    p.throwIfAny();
    requireOpen(c);
    long id =
        timeline.addEntry(
            caseId, kind, occurredAt, summary.strip(), user.id(), user.organizationId());
    audit.record(AuditAction.UPDATE, "support_case", caseId, "entry=" + id);
    return id;
  }

  @Transactional
  public void changeStatus(CurrentUser user, long caseId, int version, CaseStatus status) {
    SupportCase c = access.lockAsLead(user, caseId);
    if (status == null || status == CaseStatus.CLOSED) {
      Problems p = new Problems();
      p.add("status", "validation.required");
      p.throwIfAny();
    }
    requireOpen(c);
    checkVersion(cases.update(caseId, version, "status = ?", status.name()));
    timeline.addSystemEntry(
        caseId, EntryKind.STATUS, "status", status.name(), user.id(), user.organizationId());
    audit.record(AuditAction.UPDATE, "support_case", caseId, "status=" + status);
  }

  @Transactional
  public void assignWorker(CurrentUser user, long caseId, int version, Long workerId) {
    access.lockAsLead(user, caseId);
    if (workerId != null
        && !jdbc.sql(
                "SELECT EXISTS (SELECT 1 FROM platform.user_directory WHERE id = ? AND organization_id ="
                    + " ? AND enabled)")
            .params(workerId, user.organizationId())
            .query(Boolean.class)
            .single()) {
      Problems p = new Problems();
      p.add("leadWorkerId", "case.validation.worker");
      p.throwIfAny();
    }
    checkVersion(cases.update(caseId, version, "lead_worker_id = ?", workerId));
    audit.record(AuditAction.UPDATE, "support_case", caseId, "leadWorker=" + workerId);
  }

  @Transactional
  public void setNeeds(CurrentUser user, long caseId, int version, Set<SupportDomain> needs) {
    access.lockAsLead(user, caseId);
    if (needs == null || needs.isEmpty()) {
      Problems p = new Problems();
      p.add("needs", "case.validation.needs");
      p.throwIfAny();
    }
    checkVersion(cases.update(caseId, version, "urgency = urgency"));
    cases.replaceNeeds(caseId, needs);
    audit.record(AuditAction.UPDATE, "support_case", caseId, "needs");
  }

  static void requireCaseWork(CurrentUser user) {
    user.require(ConsultationPermissions.CASE_WORK);
  }

  /** Refuses a change to a closed case. */
  static void requireOpen(SupportCase c) {
    if (c.isClosed()) {
      throw new UserFacingException("case.error.closed", 409);
    }
  }

  static void checkVersion(int updated) {
    if (updated != 1) {
      throw new OptimisticLockingFailureException("support_case");
    }
  }

  static void text(Problems p, String field, String value, boolean required) {
    if (blank(value)) {
      if (required) {
        p.add(field, "validation.required");
      }
    } else if (value.length() > MAX_TEXT) {
      p.add(field, "validation.tooLong", MAX_TEXT);
    }
  }

  static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  /** Urgency from a form or request value; null when missing or unknown. */
  public static Urgency urgency(String value) {
    try {
      return value == null ? null : Urgency.valueOf(value);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
