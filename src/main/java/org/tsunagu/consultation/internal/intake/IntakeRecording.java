package org.tsunagu.consultation.internal.intake;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.consultation.ConsultationPermissions;
import org.tsunagu.consultation.Urgency;
import org.tsunagu.consultation.internal.casework.CaseWork;
import org.tsunagu.consultation.internal.window.Windows;
import org.tsunagu.people.OrganizationType;
import org.tsunagu.people.PeopleApi;
import org.tsunagu.platform.audit.AuditAction;
import org.tsunagu.platform.audit.AuditLog;
import org.tsunagu.platform.idempotency.IdempotencyOwner;
import org.tsunagu.platform.idempotency.IdempotentRequests;
import org.tsunagu.platform.idempotency.IdempotentResult;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.text.JapaneseDateFormatException;
import org.tsunagu.platform.text.JapaneseDates;
import org.tsunagu.platform.web.Problems;

/**
 * Takes a trouble in whole (丸ごと) at any window: checks and stores the intake, once per idempotency
 * key, and records the consent given at intake when the person is already known.
 */
@Service
public class IntakeRecording {

  public static final Set<String> CHANNELS = IntakeChoices.names(IntakeChoices.Channel.class);
  public static final Set<String> REPORTERS = IntakeChoices.names(IntakeChoices.ReporterKind.class);

  private final Intakes intakes;
  private final Windows windows;
  private final PeopleApi people;
  private final IntakeConsent consent;
  private final AuditLog audit;
  private final IdempotentRequests idempotent;
  private final Clock clock;

  IntakeRecording(
      Intakes intakes,
      Windows windows,
      PeopleApi people,
      IntakeConsent consent,
      AuditLog audit,
      IdempotentRequests idempotent,
      Clock clock) {
    this.intakes = intakes;
    this.windows = windows;
    this.people = people;
    this.consent = consent;
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
    user.require(ConsultationPermissions.INTAKE_RECORD);
    if (in.idempotencyKey() == null) {
      return new IdempotentResult(create(user, in, true), false);
    }
    return idempotent.once(
        IdempotencyOwner.of(user),
        OPERATION,
        in.idempotencyKey(),
        in.canonical(),
        () -> create(user, in, true));
  }

  /**
   * An intake another module brings for its worker ({@code BroughtConcerns}), once per key: the
   * window must be the worker's organisation's own, and the intake permission is not asked, as the
   * module asked its own.
   */
  IdempotentResult submitBrought(CurrentUser user, IntakeInput in) {
    return idempotent.once(
        IdempotencyOwner.of(user),
        OPERATION,
        in.idempotencyKey(),
        in.canonical(),
        () -> create(user, in, false));
  }

  private long create(CurrentUser user, IntakeInput in, boolean askPermission) {
    Problems p = new Problems();
    Windows.Window window = in.windowId() == null ? null : windows.find(in.windowId()).orElse(null);
    if (window == null
        || (askPermission
            ? !windows.mayUse(user, window)
            : !window.active() || window.organizationId() != user.organizationId())) {
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
        && !(people.lockForReference(in.personId())
            && (askPermission
                ? people.maySee(user, in.personId(), null)
                : people.visibleTo(in.personId(), user.organizationId(), null)))) {
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
      consent.recordIfAgreed(user, intakes.lock(id).orElseThrow());
    }
    return id;
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
