package org.tsunagu.consultation.internal.referral;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.consultation.ConsultationPermissions;
import org.tsunagu.consultation.DeclineReason;
import org.tsunagu.consultation.Urgency;
import org.tsunagu.consultation.internal.casework.CaseAccess;
import org.tsunagu.consultation.internal.casework.CaseBases;
import org.tsunagu.consultation.internal.casework.Cases;
import org.tsunagu.consultation.internal.casework.EntryKind;
import org.tsunagu.consultation.internal.casework.SupportCase;
import org.tsunagu.people.AccessGround;
import org.tsunagu.people.BasisKind;
import org.tsunagu.people.OrganizationRef;
import org.tsunagu.people.PeopleApi;
import org.tsunagu.people.PersonSummary;
import org.tsunagu.people.RelationshipKind;
import org.tsunagu.people.SupportDomain;
import org.tsunagu.platform.audit.AuditAction;
import org.tsunagu.platform.audit.AuditLog;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.time.WorkingDays;
import org.tsunagu.platform.web.NotFoundException;
import org.tsunagu.platform.web.Problems;
import org.tsunagu.platform.web.UserFacingException;

/**
 * Closed-loop referral: the lead organisation sends, the receiving one opens (既読), accepts or
 * declines, works and completes; the referrer may withdraw. Personal data travels only on a basis
 * recorded in the case.
 */
@Service
public class ReferralWork {

  private static final Pattern PHONE = Pattern.compile("\\d{2,4}-\\d{2,4}-\\d{3,4}|\\d{10,11}");

  private final Referrals referrals;
  private final Cases cases;
  private final CaseAccess access;
  private final CaseBases bases;
  private final PeopleApi people;
  private final WorkingDays workingDays;
  private final AuditLog audit;
  private final Clock clock;

  ReferralWork(
      Referrals referrals,
      Cases cases,
      CaseAccess access,
      CaseBases bases,
      PeopleApi people,
      WorkingDays workingDays,
      AuditLog audit,
      Clock clock) {
    this.referrals = referrals;
    this.clock = clock;
    this.cases = cases;
    this.access = access;
    this.bases = bases;
    this.people = people;
    this.workingDays = workingDays;
    this.audit = audit;
  }

  /** A referral to one or more organisations at once. */
  public record SendInput(
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<Long> toOrganizationIds,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String summary,
      String details,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Set<SupportDomain> domains,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Urgency urgency,
      Long basisId) {}

  @Transactional
  public List<Long> send(CurrentUser user, long caseId, SendInput in) {
    SupportCase c = access.lockAsLead(user, caseId);
    if (c.isClosed()) {
      throw new UserFacingException("case.error.closed", 409);
    }
    Problems p = new Problems();
    Set<Long> targets =
        in.toOrganizationIds() == null ? Set.of() : new LinkedHashSet<>(in.toOrganizationIds());
    List<OrganizationRef> orgs = new ArrayList<>();
    if (targets.isEmpty()) {
      p.add("toOrganizationIds", "referral.validation.target");
    }
    for (Long id : targets) {
      OrganizationRef org = id == null ? null : people.organization(id).orElse(null);
      if (org == null || id == user.organizationId()) {
        p.add("toOrganizationIds", "referral.validation.target");
      } else {
        orgs.add(org);
      }
    }
    if (in.summary() == null || in.summary().isBlank()) {
      p.add("summary", "validation.required");
    } else if (in.summary().length() > 1000) {
      p.add("summary", "validation.tooLong", 1000);
    } else if (identifies(c, in.summary())) {
      p.add("summary", "referral.validation.summaryIdentifies");
    }
    if (in.details() != null && in.details().length() > 4000) {
      p.add("details", "validation.tooLong", 4000);
    }
    if (in.domains() == null || in.domains().isEmpty()) {
      p.add("domains", "case.validation.needs");
    }
    if (in.urgency() == null) {
      p.add("urgency", "validation.required");
    }
    CaseBases.Basis basis = null;
    if (in.basisId() != null) {
      basis = bases.inForce(caseId, in.basisId());
      if (basis == null) {
        p.add("basisId", "referral.validation.basis");
      } else if (basis.kind() == CaseBases.Kind.CONSENT) {
        for (OrganizationRef org : orgs) {
          if (!people.visibleTo(c.personId(), org.id(), CaseAccess.PURPOSE)) {
            p.add("basisId", "referral.validation.consentScope", org.name());
          }
        }
      }
    }
    p.throwIfAny();
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, clock.getZone());
    List<Long> ids = new ArrayList<>();
    for (OrganizationRef org : orgs) {
      long id;
      try {
        id =
            referrals.insert(
                caseId,
                user.organizationId(),
                user.id(),
                org.id(),
                in.urgency(),
                in.summary().strip(),
                blank(in.details()) ? null : in.details().strip(),
                basis == null ? null : basis.id(),
                ReferralDeadline.respondBy(workingDays, today, org.responseDays()),
                in.domains(),
                now);
      } catch (org.springframework.dao.DuplicateKeyException e) {
        throw new UserFacingException("referral.error.alreadyActive", 409, org.name());
      }
      referrals.event(id, "SENT", user.id(), user.organizationId(), null, now);
      if (basis != null) {
        shareOnBasis(id, c, basis, org.id());
      }
      cases.addSystemEntry(
          caseId,
          EntryKind.REFERRAL,
          "referral.SENT",
          org.name(),
          user.id(),
          user.organizationId(),
          now);
      audit.record(AuditAction.CREATE, "referral", id, "case=" + caseId);
      ids.add(id);
    }
    referrals.markReturnsSeen(caseId, user.organizationId(), now);
    return ids;
  }

  /** The receiving organisation opened the referral: the referrer sees it was read (既読). */
  @Transactional
  public void markOpened(CurrentUser user, long referralId) {
    Referral r = referrals.lock(referralId).orElseThrow(NotFoundException::new);
    Instant now = clock.instant();
    if (r.toOrgId == user.organizationId() && r.open(user.id(), now)) {
      referrals.save(r);
      referrals.event(r.id, "OPENED", user.id(), user.organizationId(), null, now);
    }
  }

  @Transactional
  public void accept(CurrentUser user, long referralId) {
    Referral r = asReceiver(user, referralId);
    Instant now = clock.instant();
    r.accept(user.id(), now);
    serveIfShared(r);
    finish(user, r, "ACCEPTED", null, now);
  }

  /** Declines with a reason from the list; the note is required for OTHER. */
  @Transactional
  public void decline(CurrentUser user, long referralId, DeclineReason reason, String note) {
    Referral r = asReceiver(user, referralId);
    Problems p = new Problems();
    if (reason == null) {
      p.add("declineReason", "referral.validation.declineReason");
    }
    if (reason == DeclineReason.OTHER && blank(note)) {
      p.add("declineNote", "referral.validation.declineNote");
    } else if (note != null && note.length() > 1000) {
      p.add("declineNote", "validation.tooLong", 1000);
    }
    p.throwIfAny();
    Instant now = clock.instant();
    r.decline(user.id(), now, reason, blank(note) ? null : note.strip());
    stopSharing(user, r);
    finish(user, r, "DECLINED", reason.name(), now);
  }

  @Transactional
  public void start(CurrentUser user, long referralId) {
    Referral r = asReceiver(user, referralId);
    r.start(user.id());
    finish(user, r, "STARTED", null, clock.instant());
  }

  @Transactional
  public void complete(
      CurrentUser user,
      long referralId,
      Referral.Outcome outcome,
      Referral.UnsuccessfulReason reason,
      String note) {
    Referral r = asReceiver(user, referralId);
    Problems p = new Problems();
    if (outcome == null) {
      p.add("outcome", "validation.required");
    } else if (outcome == Referral.Outcome.UNSUCCESSFUL && reason == null) {
      p.add("unsuccessfulReason", "referral.validation.unsuccessfulReason");
    }
    if (note != null && note.length() > 4000) {
      p.add("outcomeNote", "validation.tooLong", 4000);
    }
    if (reason == Referral.UnsuccessfulReason.OTHER && blank(note)) {
      p.add("outcomeNote", "validation.required");
    }
    p.throwIfAny();
    Instant now = clock.instant();
    r.complete(now, outcome, reason, blank(note) ? null : note.strip());
    finish(user, r, "COMPLETED", outcome.name(), now);
  }

  @Transactional
  public void withdraw(CurrentUser user, long referralId, String reason) {
    Referral r = asReferrer(user, referralId);
    requireText("withdrawnReason", reason);
    Instant now = clock.instant();
    r.withdraw(now, reason.strip());
    stopSharing(user, r);
    finish(user, r, "WITHDRAWN", reason.strip(), now);
  }

  /** Shares the person's details with the receiver on a basis recorded after sending. */
  @Transactional
  public void attachBasis(CurrentUser user, long referralId, long basisId) {
    Referral r = asReferrer(user, referralId);
    if (!r.status.isActive()) {
      throw new UserFacingException("referral.error.notActive", 409);
    }
    SupportCase c = access.lockAsLead(user, r.caseId);
    CaseBases.Basis basis = bases.inForce(r.caseId, basisId);
    Problems p = new Problems();
    if (basis == null) {
      p.add("basisId", "referral.validation.basis");
    } else if (basis.kind() == CaseBases.Kind.CONSENT
        && !people.visibleTo(c.personId(), r.toOrgId, CaseAccess.PURPOSE)) {
      p.add(
          "basisId",
          "referral.validation.consentScope",
          people.organization(r.toOrgId).map(OrganizationRef::name).orElse(""));
    }
    p.throwIfAny();
    r.basisId = basis.id();
    if (basis.kind() != CaseBases.Kind.CONSENT && r.accessBasisId == null) {
      r.accessBasisId = recordAccess(c, basis, r.toOrgId, r.id);
    }
    if (r.status != org.tsunagu.consultation.ReferralStatus.PENDING) {
      serveIfShared(r);
    }
    referrals.save(r);
    referrals.event(
        r.id,
        "BASIS_ADDED",
        user.id(),
        user.organizationId(),
        basis.kind().name(),
        clock.instant());
    audit.record(AuditAction.BASIS_RECORDED, "referral", r.id, "basis=" + basis.id());
  }

  /**
   * The referrer saw that the referral came back (declined or unsuccessful) and chose not to refer
   * again.
   */
  @Transactional
  public void dismissReturn(CurrentUser user, long referralId) {
    Referral r = asReferrer(user, referralId);
    referrals.markReturnsSeen(r.caseId, r.fromOrgId, clock.instant());
  }

  /** The person's details, if the referral's receiver may see them; the read is audited. */
  public PersonSummary sharedPerson(CurrentUser user, Long personId) {
    return personId == null
        ? null
        : people.findVisible(user, personId, CaseAccess.PURPOSE).orElse(null);
  }

  private void shareOnBasis(long referralId, SupportCase c, CaseBases.Basis basis, long toOrg) {
    if (basis.kind() == CaseBases.Kind.CONSENT) {
      return;
    }
    Referral r = referrals.lock(referralId).orElseThrow();
    r.accessBasisId = recordAccess(c, basis, toOrg, referralId);
    referrals.save(r);
  }

  private Long recordAccess(SupportCase c, CaseBases.Basis basis, long toOrg, long referralId) {
    BasisKind kind =
        basis.kind() == CaseBases.Kind.SUPPORT_MEETING
            ? BasisKind.SUPPORT_MEETING
            : BasisKind.EMERGENCY;
    return people.recordBasis(
        c.personId(),
        toOrg,
        kind,
        "referral:" + referralId + " " + basis.reason(),
        basis.decidedBy(),
        null);
  }

  /**
   * Accepting with a basis makes the receiver an organisation that serves the person, for as long
   * as that basis holds: the relationship rests on the consent or the access basis it came from.
   */
  private void serveIfShared(Referral r) {
    if (r.relationshipId != null || r.basisId == null) {
      return;
    }
    SupportCase c = cases.find(r.caseId).orElseThrow();
    CaseBases.Basis basis = bases.inForce(r.caseId, r.basisId);
    if (c.personId() == null || basis == null) {
      return;
    }
    AccessGround ground =
        basis.kind() == CaseBases.Kind.CONSENT
            ? AccessGround.consent(basis.consentId())
            : r.accessBasisId == null ? null : AccessGround.basis(r.accessBasisId);
    if (ground != null && people.visibleTo(c.personId(), r.toOrgId, CaseAccess.PURPOSE)) {
      r.relationshipId =
          people.recordRelationship(
              c.personId(), r.toOrgId, RelationshipKind.REFERRAL, "referral:" + r.id, ground);
    }
  }

  private void stopSharing(CurrentUser user, Referral r) {
    if (r.accessBasisId != null) {
      people.endBasis(r.accessBasisId, user.id());
    }
    if (r.relationshipId != null) {
      people.endRelationship(r.relationshipId, "referral " + r.status.name());
    }
  }

  /** Saves a state change made at {@code at}, with its event and its entry on the timeline. */
  private void finish(CurrentUser user, Referral r, String event, String note, Instant at) {
    referrals.save(r);
    referrals.event(r.id, event, user.id(), user.organizationId(), note, at);
    String orgName = people.organization(r.toOrgId).map(OrganizationRef::name).orElse("");
    cases.addSystemEntry(
        r.caseId,
        EntryKind.REFERRAL,
        "referral." + event,
        orgName,
        user.id(),
        user.organizationId(),
        at);
    audit.record(AuditAction.UPDATE, "referral", r.id, "status=" + r.status);
  }

  private Referral asReceiver(CurrentUser user, long referralId) {
    requireCaseWork(user);
    Referral r = referrals.lock(referralId).orElseThrow(NotFoundException::new);
    if (r.toOrgId != user.organizationId()) {
      if (r.fromOrgId == user.organizationId()) {
        throw new AccessDeniedException("receiver only");
      }
      throw new NotFoundException();
    }
    return r;
  }

  private Referral asReferrer(CurrentUser user, long referralId) {
    requireCaseWork(user);
    Referral r = referrals.lock(referralId).orElseThrow(NotFoundException::new);
    if (r.fromOrgId != user.organizationId()) {
      if (r.toOrgId == user.organizationId()) {
        throw new AccessDeniedException("referrer only");
      }
      throw new NotFoundException();
    }
    return r;
  }

  /** A summary must not name the person or carry a phone number: it travels without a basis. */
  private boolean identifies(SupportCase c, String summary) {
    if (PHONE.matcher(summary).find()) {
      return true;
    }
    if (c.personId() == null) {
      return false;
    }
    return people.mentionsPerson(c.personId(), summary);
  }

  private static void requireText(String field, String value) {
    Problems p = new Problems();
    if (blank(value)) {
      p.add(field, "validation.required");
    } else if (value.length() > 1000) {
      p.add(field, "validation.tooLong", 1000);
    }
    p.throwIfAny();
  }

  private static void requireCaseWork(CurrentUser user) {
    if (!user.may(ConsultationPermissions.CASE_WORK)) {
      throw new AccessDeniedException("case work");
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
