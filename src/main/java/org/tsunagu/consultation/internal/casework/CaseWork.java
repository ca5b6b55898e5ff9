package org.tsunagu.consultation.internal.casework;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.consultation.CaseClosed;
import org.tsunagu.consultation.ConsultationPermissions;
import org.tsunagu.consultation.Urgency;
import org.tsunagu.people.PeopleApi;
import org.tsunagu.people.RelationshipKind;
import org.tsunagu.people.SupportDomain;
import org.tsunagu.platform.audit.AuditAction;
import org.tsunagu.platform.audit.AuditLog;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.web.Problems;
import org.tsunagu.platform.web.UserFacingException;

/** Use cases of a case: open, record on its timeline, change status, assign, close. */
@Service
public class CaseWork {

  static final int MAX_TEXT = 4000;

  private final Cases cases;
  private final CaseAccess access;
  private final PeopleApi people;
  private final AuditLog audit;
  private final JdbcClient jdbc;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  CaseWork(
      Cases cases,
      CaseAccess access,
      PeopleApi people,
      AuditLog audit,
      JdbcClient jdbc,
      ApplicationEventPublisher events,
      Clock clock) {
    this.cases = cases;
    this.access = access;
    this.people = people;
    this.audit = audit;
    this.jdbc = jdbc;
    this.events = events;
    this.clock = clock;
  }

  /** Opens a case led by the user's organisation; the person, if known, becomes one it serves. */
  @Transactional
  public long open(CurrentUser user, Cases.NewCase in) {
    requireCaseWork(user);
    Problems p = new Problems();
    if (blank(in.title())) {
      p.add("title", "validation.required");
    } else if (in.title().length() > 200) {
      p.add("title", "validation.tooLong", 200);
    }
    if (in.needs() == null || in.needs().isEmpty()) {
      p.add("needs", "case.validation.needs");
    }
    if (in.urgency() == null) {
      p.add("urgency", "validation.required");
    }
    if (in.leadOrgId() != user.organizationId()) {
      p.add("leadOrgId", "case.validation.leadOrg");
    }
    if (in.personId() != null
        && !(people.lockForReference(in.personId()) && people.maySee(user, in.personId(), null))) {
      p.add("personId", "case.validation.person");
    }
    if (in.personId() == null && in.householdId() == null && blank(in.subjectDescription())) {
      p.add("subjectDescription", "case.validation.subject");
    }
    p.throwIfAny();
    long id = cases.insert(in, user.id());
    if (in.personId() != null) {
      people.recordRelationship(
          in.personId(), user.organizationId(), RelationshipKind.CASE, "case:" + id);
    }
    audit.record(AuditAction.CREATE, "support_case", id, null);
    return id;
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
    if (c.isClosed()) {
      throw new UserFacingException("case.error.closed", 409);
    }
    long id =
        cases.addEntry(caseId, kind, occurredAt, summary.strip(), user.id(), user.organizationId());
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
    if (c.isClosed()) {
      throw new UserFacingException("case.error.closed", 409);
    }
    checkVersion(cases.update(caseId, version, "status = ?", status.name()));
    cases.addSystemEntry(
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
    text(p, "closedNote", note, reason == ClosedReason.OTHER);
    p.throwIfAny();
    if (c.isClosed()) {
      throw new UserFacingException("case.error.closed", 409);
    }
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
    checkVersion(
        cases.update(
            caseId,
            version,
            "status = 'CLOSED', closed_at = ?, closed_by = ?, closed_reason = ?, closed_note = ?",
            Timestamp.from(clock.instant()),
            user.id(),
            reason.name(),
            blank(note) ? null : note.strip()));
    cases.addSystemEntry(
        caseId, EntryKind.STATUS, "closed", reason.name(), user.id(), user.organizationId());
    audit.record(AuditAction.UPDATE, "support_case", caseId, "closed=" + reason);
    events.publishEvent(new CaseClosed(caseId, c.leadOrgId(), reason.name()));
  }

  /** Names the person of a case opened for someone not yet identified. */
  @Transactional
  public void identify(CurrentUser user, long caseId, long personId) {
    SupportCase c = access.lockAsLead(user, caseId);
    if (!people.lockForReference(personId) || !people.maySee(user, personId, null)) {
      throw new org.tsunagu.platform.web.NotFoundException();
    }
    if (c.personId() != null && c.personId() != personId) {
      throw new UserFacingException("case.error.alreadyIdentified", 409);
    }
    if (c.personId() == null) {
      checkVersion(cases.update(caseId, c.version(), "person_id = ?", personId));
      people.recordRelationship(personId, c.leadOrgId(), RelationshipKind.CASE, "case:" + caseId);
      audit.record(AuditAction.UPDATE, "support_case", caseId, "identified");
    }
  }

  static void requireCaseWork(CurrentUser user) {
    if (!user.may(ConsultationPermissions.CASE_WORK)) {
      throw new AccessDeniedException("case work");
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
