package org.tsunagu.consultation.internal.referral;

import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.consultation.internal.casework.CaseAccess;
import org.tsunagu.consultation.internal.casework.CaseBases;
import org.tsunagu.consultation.internal.casework.SupportCase;
import org.tsunagu.people.OrganizationRef;
import org.tsunagu.people.PeopleApi;
import org.tsunagu.platform.audit.AuditAction;
import org.tsunagu.platform.audit.AuditLog;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.web.Problems;
import org.tsunagu.platform.web.UserFacingException;

/**
 * The referring organisation's steps after sending: withdrawing the referral, sharing the person on
 * a basis recorded later, and letting a referral that came back rest.
 */
@Service
public class ReferrerFollowUp {

  private final Referrals referrals;
  private final ReferralParties parties;
  private final ReferralSharing sharing;
  private final ReferralStepLog steps;
  private final CaseAccess access;
  private final CaseBases bases;
  private final PeopleApi people;
  private final AuditLog audit;
  private final Clock clock;

  ReferrerFollowUp(
      Referrals referrals,
      ReferralParties parties,
      ReferralSharing sharing,
      ReferralStepLog steps,
      CaseAccess access,
      CaseBases bases,
      PeopleApi people,
      AuditLog audit,
      Clock clock) {
    this.referrals = referrals;
    this.parties = parties;
    this.sharing = sharing;
    this.steps = steps;
    this.access = access;
    this.bases = bases;
    this.people = people;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  public void withdraw(CurrentUser user, long referralId, String reason) {
    Referral r = parties.asReferrer(user, referralId);
    requireText("withdrawnReason", reason);
    Instant now = clock.instant();
    r.withdraw(now, reason.strip());
    sharing.stopSharing(user, r);
    steps.record(user, r, "WITHDRAWN", reason.strip(), now);
  }

  /** Shares the person's details with the receiver on a basis recorded after sending. */
  @Transactional
  public void attachBasis(CurrentUser user, long referralId, long basisId) {
    Referral r = parties.asReferrer(user, referralId);
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
      r.accessBasisId = sharing.recordAccess(c, basis, r.toOrgId, r.id);
    }
    if (r.status != org.tsunagu.consultation.ReferralStatus.PENDING) {
      sharing.serveIfShared(r);
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
    Referral r = parties.asReferrer(user, referralId);
    referrals.markReturnsSeen(r.caseId, r.fromOrgId, clock.instant());
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

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
