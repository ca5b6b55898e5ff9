package org.tsunagu.consultation.internal.intake;

import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.consultation.ConsultationPermissions;
import org.tsunagu.consultation.internal.casework.CaseAccess;
import org.tsunagu.consultation.internal.casework.CaseBases;
import org.tsunagu.consultation.internal.casework.CaseOpening;
import org.tsunagu.consultation.internal.casework.CaseTimeline;
import org.tsunagu.consultation.internal.casework.Cases;
import org.tsunagu.consultation.internal.casework.EntryKind;
import org.tsunagu.consultation.internal.casework.SupportCase;
import org.tsunagu.consultation.internal.window.Windows;
import org.tsunagu.people.PeopleApi;
import org.tsunagu.people.PersonSummary;
import org.tsunagu.platform.audit.AuditAction;
import org.tsunagu.platform.audit.AuditLog;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.web.NotFoundException;
import org.tsunagu.platform.web.Problems;
import org.tsunagu.platform.web.UserFacingException;

/**
 * The receiving organisation handles an intake: names the person, opens a case for it or adds it to
 * one it leads, or closes it without a case.
 */
@Service
public class IntakeHandling {

  private final Intakes intakes;
  private final Windows windows;
  private final PeopleApi people;
  private final IntakeConsent consent;
  private final CaseOpening caseOpening;
  private final CaseAccess caseAccess;
  private final CaseBases bases;
  private final Cases cases;
  private final CaseTimeline timeline;
  private final AuditLog audit;
  private final Clock clock;

  IntakeHandling(
      Intakes intakes,
      Windows windows,
      PeopleApi people,
      IntakeConsent consent,
      CaseOpening caseOpening,
      CaseAccess caseAccess,
      CaseBases bases,
      Cases cases,
      CaseTimeline timeline,
      AuditLog audit,
      Clock clock) {
    this.intakes = intakes;
    this.windows = windows;
    this.people = people;
    this.consent = consent;
    this.caseOpening = caseOpening;
    this.caseAccess = caseAccess;
    this.bases = bases;
    this.cases = cases;
    this.timeline = timeline;
    this.audit = audit;
    this.clock = clock;
  }

  /** Names the person the intake is about; a consent given at intake is recorded now. */
  @Transactional
  public void identify(CurrentUser user, long intakeId, long personId) {
    Intake i = intakes.lock(intakeId).orElseThrow(NotFoundException::new);
    requireReceiver(user, i);
    if (!people.lockForReference(personId) || !people.maySee(user, personId, null)) {
      throw new NotFoundException();
    }
    if (i.personId() != null && i.personId() != personId) {
      throw new UserFacingException("intake.error.alreadyIdentified", 409);
    }
    intakes.update(intakeId, "person_id = ?", personId);
    audit.record(AuditAction.UPDATE, "intake", intakeId, "identified");
    Intake identified = intakes.lock(intakeId).orElseThrow();
    consent.recordIfAgreed(user, identified);
    if (i.caseId() != null) {
      caseOpening.identify(user, i.caseId(), personId);
      Intake withConsent = intakes.find(intakeId).orElseThrow();
      if (withConsent.consentId() != null) {
        bases.linkConsent(user, i.caseId(), withConsent.consentId());
      }
    }
  }

  /** Opens a case for the intake, led by the user's organisation. */
  @Transactional
  public long openCase(CurrentUser user, long intakeId, String title, Long leadWorkerId) {
    Intake i = intakes.lock(intakeId).orElseThrow(NotFoundException::new);
    requireReceiver(user, i);
    requireNew(i);
    Long areaId = null;
    if (i.personId() != null) {
      areaId = people.findVisible(user, i.personId()).map(PersonSummary::areaId).orElse(null);
    }
    if (areaId == null) {
      areaId = windows.find(i.windowId()).map(Windows.Window::areaId).orElse(null);
    }
    String subject =
        i.personId() != null
            ? null
            : (blank(i.subjectDescription()) ? i.contactName() : i.subjectDescription());
    long caseId =
        caseOpening.open(
            user,
            new Cases.NewCase(
                i.personId(),
                null,
                subject,
                title,
                user.organizationId(),
                leadWorkerId == null ? user.id() : leadWorkerId,
                areaId,
                i.urgency(),
                i.domains()));
    link(user, i, caseId);
    return caseId;
  }

  /** Adds the intake to a case the user's organisation already leads. */
  @Transactional
  public void joinCase(CurrentUser user, long intakeId, long caseId) {
    Intake i = intakes.lock(intakeId).orElseThrow(NotFoundException::new);
    requireReceiver(user, i);
    requireNew(i);
    SupportCase c = caseAccess.lockAsLead(user, caseId);
    if (c.isClosed()) {
      throw new UserFacingException("case.error.closed", 409);
    }
    if (i.personId() != null && c.personId() != null && !i.personId().equals(c.personId())) {
      throw new UserFacingException("intake.error.otherPerson", 409);
    }
    cases.addNeeds(caseId, i.domains());
    link(user, i, caseId);
  }

  /** Closes the intake without a case (information given, no further support needed). */
  @Transactional
  public void closeWithoutCase(CurrentUser user, long intakeId, String reason) {
    Intake i = intakes.lock(intakeId).orElseThrow(NotFoundException::new);
    requireReceiver(user, i);
    requireNew(i);
    Problems p = new Problems();
    if (blank(reason)) {
      p.add("noCaseReason", "validation.required");
    } else if (reason.length() > 1000) {
      p.add("noCaseReason", "validation.tooLong", 1000);
    }
    p.throwIfAny();
    intakes.update(
        intakeId,
        "status = 'NO_CASE', no_case_reason = ?, handled_at = ?, handled_by = ?",
        reason.strip(),
        Timestamp.from(clock.instant()),
        user.id());
    audit.record(AuditAction.UPDATE, "intake", intakeId, "noCase");
  }

  private void link(CurrentUser user, Intake i, long caseId) {
    intakes.update(
        i.id(),
        "status = 'CASE', case_id = ?, handled_at = ?, handled_by = ?",
        caseId,
        Timestamp.from(clock.instant()),
        user.id());
    timeline.addSystemEntry(
        caseId, EntryKind.INTAKE, "intake", i.windowName(), user.id(), user.organizationId());
    if (i.consentId() != null) {
      bases.linkConsent(user, caseId, i.consentId());
    }
    audit.record(AuditAction.UPDATE, "intake", i.id(), "case=" + caseId);
  }

  private static void requireReceiver(CurrentUser user, Intake i) {
    if (i.receivingOrgId() != user.organizationId()) {
      throw new NotFoundException();
    }
    user.require(ConsultationPermissions.CASE_WORK);
  }

  private static void requireNew(Intake i) {
    if (!i.isNew()) {
      throw new UserFacingException("intake.error.handled", 409);
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
