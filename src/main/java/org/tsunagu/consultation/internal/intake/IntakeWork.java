package org.tsunagu.consultation.internal.intake;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.consultation.ConsultationPermissions;
import org.tsunagu.consultation.Urgency;
import org.tsunagu.consultation.internal.casework.CaseAccess;
import org.tsunagu.consultation.internal.casework.CaseBases;
import org.tsunagu.consultation.internal.casework.CaseWork;
import org.tsunagu.consultation.internal.casework.Cases;
import org.tsunagu.consultation.internal.casework.EntryKind;
import org.tsunagu.consultation.internal.casework.SupportCase;
import org.tsunagu.consultation.internal.window.Windows;
import org.tsunagu.people.ConsentRequest;
import org.tsunagu.people.OrganizationType;
import org.tsunagu.people.PeopleApi;
import org.tsunagu.people.PeoplePermissions;
import org.tsunagu.people.PersonSummary;
import org.tsunagu.platform.audit.AuditAction;
import org.tsunagu.platform.audit.AuditLog;
import org.tsunagu.platform.idempotency.IdempotencyOwner;
import org.tsunagu.platform.idempotency.IdempotentRequests;
import org.tsunagu.platform.idempotency.IdempotentResult;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.text.JapaneseDateFormatException;
import org.tsunagu.platform.text.JapaneseDates;
import org.tsunagu.platform.web.NotFoundException;
import org.tsunagu.platform.web.Problems;
import org.tsunagu.platform.web.UserFacingException;

/**
 * Taking a trouble in whole (丸ごと) at any window, and turning it into a case. The answer to "may we
 * pass this on" becomes a consent in the people module once the person is identified.
 */
@Service
public class IntakeWork {

  public static final Set<String> CHANNELS = IntakeChoices.names(IntakeChoices.Channel.class);
  public static final Set<String> REPORTERS = IntakeChoices.names(IntakeChoices.ReporterKind.class);

  private final Intakes intakes;
  private final Windows windows;
  private final PeopleApi people;
  private final CaseWork caseWork;
  private final CaseAccess caseAccess;
  private final CaseBases bases;
  private final Cases cases;
  private final AuditLog audit;
  private final IdempotentRequests idempotent;
  private final Clock clock;

  IntakeWork(
      Intakes intakes,
      Windows windows,
      PeopleApi people,
      CaseWork caseWork,
      CaseAccess caseAccess,
      CaseBases bases,
      Cases cases,
      AuditLog audit,
      IdempotentRequests idempotent,
      Clock clock) {
    this.intakes = intakes;
    this.windows = windows;
    this.people = people;
    this.caseWork = caseWork;
    this.caseAccess = caseAccess;
    this.bases = bases;
    this.cases = cases;
    this.audit = audit;
    this.idempotent = idempotent;
    this.clock = clock;
  }

  /** The operation under which intakes' idempotency keys are kept. */
  static final String OPERATION = "consultation.intake";

  /** Records an intake; see {@link #submit}. */
  @Transactional
  public long record(CurrentUser user, IntakeInput in) {
    return submit(user, in).id();
  }

  /**
   * Records an intake. With an idempotency key, the caller's same key and same intake store it once
   * (the repeat answers the first id), a different intake under that key is refused, and another
   * caller's same key is its own.
   */
  @Transactional
  public IdempotentResult submit(CurrentUser user, IntakeInput in) {
    if (!user.may(ConsultationPermissions.INTAKE_RECORD)) {
      throw new AccessDeniedException("intake");
    }
    if (in.idempotencyKey() == null) {
      return new IdempotentResult(create(user, in), false);
    }
    return idempotent.once(
        IdempotencyOwner.of(user),
        OPERATION,
        in.idempotencyKey(),
        in.canonical(),
        () -> create(user, in));
  }

  private long create(CurrentUser user, IntakeInput in) {
    Problems p = new Problems();
    Windows.Window window = in.windowId() == null ? null : windows.find(in.windowId()).orElse(null);
    if (window == null || !windows.mayUse(user, window)) {
      p.add("windowId", "validation.required");
    }
    if (in.channel() == null || !CHANNELS.contains(in.channel())) {
      p.add("channel", "validation.required");
    }
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, clock.getZone());
    LocalDate receivedOn = null;
    try {
      receivedOn =
          in.receivedOn() == null || in.receivedOn().isBlank()
              ? today
              : JapaneseDates.parse(in.receivedOn());
      if (receivedOn.isAfter(today)) {
        p.add("receivedOn", "case.validation.future");
      }
    } catch (JapaneseDateFormatException e) {
      p.add("receivedOn", "validation.date." + e.reason().name());
    }
    if (in.reporterKind() == null || !REPORTERS.contains(in.reporterKind())) {
      p.add("reporterKind", "validation.required");
    }
    if (in.personId() != null
        && !(people.lockForReference(in.personId()) && people.maySee(user, in.personId(), null))) {
      p.add("personId", "case.validation.person");
    }
    if (in.personId() == null && blank(in.contactName()) && blank(in.subjectDescription())) {
      p.add("subjectDescription", "intake.validation.subject");
    }
    length(p, "reporterName", in.reporterName(), 100);
    length(p, "contactName", in.contactName(), 100);
    length(p, "contactPhone", in.contactPhone(), 30);
    length(p, "subjectDescription", in.subjectDescription(), 200);
    if (blank(in.ownWords())) {
      p.add("ownWords", "validation.required");
    } else {
      length(p, "ownWords", in.ownWords(), 4000);
    }
    if (in.domains() == null || in.domains().isEmpty()) {
      p.add("domains", "case.validation.needs");
    }
    Urgency urgency = CaseWork.urgency(in.urgency());
    if (urgency == null) {
      p.add("urgency", "validation.required");
    }
    if (Boolean.TRUE.equals(in.shareAgreed())) {
      if (!"SELF".equals(in.reporterKind()) && !"FAMILY".equals(in.reporterKind())) {
        p.add("shareAgreed", "intake.validation.shareBySelf");
      } else if ("FAMILY".equals(in.reporterKind()) && blank(in.reporterName())) {
        p.add("reporterName", "intake.validation.familyName");
      }
      if (in.shareScopeType() != null && !isOrganizationType(in.shareScopeType())) {
        p.add("shareScopeType", "validation.required");
      }
    }
    p.throwIfAny();
    IntakeInput normalised =
        Boolean.TRUE.equals(in.shareAgreed()) && in.shareScopeType() == null
            ? in.withShareScopeType(OrganizationType.COMMUNITY_CARE_CENTER.name())
            : in;
    long id =
        intakes.insert(normalised, receivedOn, now, urgency, user.id(), user.organizationId());
    audit.record(AuditAction.CREATE, "intake", id, "window=" + in.windowId());
    if (in.personId() != null) {
      consentIfAgreed(user, intakes.lock(id).orElseThrow());
    }
    return id;
  }

  /** The intake, if the user's organisation recorded it or receives it; the read is audited. */
  @Transactional
  public Intake open(CurrentUser user, long id) {
    Intake i = intakes.find(id).orElseThrow(NotFoundException::new);
    if (!isReader(user, i)) {
      audit.recordRefused("intake", id);
      throw new NotFoundException();
    }
    audit.record(AuditAction.READ, "intake", id, null);
    return i;
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
    consentIfAgreed(user, identified);
    if (i.caseId() != null) {
      caseWork.identify(user, i.caseId(), personId);
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
        caseWork.open(
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
    } else {
      length(p, "noCaseReason", reason, 1000);
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
    cases.addSystemEntry(
        caseId, EntryKind.INTAKE, "intake", i.windowName(), user.id(), user.organizationId());
    if (i.consentId() != null) {
      bases.linkConsent(user, caseId, i.consentId());
    }
    audit.record(AuditAction.UPDATE, "intake", i.id(), "case=" + caseId);
  }

  private void consentIfAgreed(CurrentUser user, Intake i) {
    if (!i.shareAgreed() || i.consentId() != null || i.personId() == null) {
      return;
    }
    if (!user.may(PeoplePermissions.CONSENT_RECORD)) {
      return;
    }
    boolean proxy = "FAMILY".equals(i.reporterKind());
    long consentId =
        people.recordConsent(
            user,
            i.personId(),
            new ConsentRequest(
                CaseAccess.PURPOSE,
                null,
                i.shareScopeType(),
                proxy ? "PROXY" : "PERSON",
                proxy ? i.reporterName() : null,
                proxy ? "FAMILY" : null,
                "PAPER_CARD".equals(i.channel()) ? "WRITTEN" : "ORAL",
                i.receivedOn().toString(),
                null));
    intakes.update(i.id(), "consent_id = ?", consentId);
  }

  private static boolean isReader(CurrentUser user, Intake i) {
    boolean recorder = i.recordedOrgId() == user.organizationId() && i.recordedBy() == user.id();
    boolean receiver =
        i.receivingOrgId() == user.organizationId() && user.may(ConsultationPermissions.CASE_WORK);
    return recorder || receiver;
  }

  private static void requireReceiver(CurrentUser user, Intake i) {
    if (i.receivingOrgId() != user.organizationId()) {
      throw new NotFoundException();
    }
    if (!user.may(ConsultationPermissions.CASE_WORK)) {
      throw new AccessDeniedException("intake");
    }
  }

  private static void requireNew(Intake i) {
    if (!i.isNew()) {
      throw new UserFacingException("intake.error.handled", 409);
    }
  }

  private static boolean isOrganizationType(String s) {
    for (OrganizationType t : OrganizationType.values()) {
      if (t.name().equals(s)) {
        return true;
      }
    }
    return false;
  }

  private static void length(Problems p, String field, String value, int max) {
    if (value != null && value.length() > max) {
      p.add(field, "validation.tooLong", max);
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
