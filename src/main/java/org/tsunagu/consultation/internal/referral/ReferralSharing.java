package org.tsunagu.consultation.internal.referral;

import org.springframework.stereotype.Component;
import org.tsunagu.consultation.internal.casework.CaseAccess;
import org.tsunagu.consultation.internal.casework.CaseBases;
import org.tsunagu.consultation.internal.casework.Cases;
import org.tsunagu.consultation.internal.casework.SupportCase;
import org.tsunagu.people.AccessGround;
import org.tsunagu.people.BasisKind;
import org.tsunagu.people.PeopleApi;
import org.tsunagu.people.PersonSummary;
import org.tsunagu.people.RelationshipKind;
import org.tsunagu.platform.security.CurrentUser;

/**
 * How the person's details travel with a referral: an access basis for the receiver, the receiver
 * serving the person once it accepts, and both ended when the referral is declined or withdrawn.
 */
@Component
class ReferralSharing {

  private final Referrals referrals;
  private final Cases cases;
  private final CaseBases bases;
  private final PeopleApi people;

  ReferralSharing(Referrals referrals, Cases cases, CaseBases bases, PeopleApi people) {
    this.referrals = referrals;
    this.cases = cases;
    this.bases = bases;
    this.people = people;
  }

  /** The person's details, if the referral's receiver may see them; the read is audited. */
  PersonSummary sharedPerson(CurrentUser user, Long personId) {
    return personId == null
        ? null
        : people.findVisible(user, personId, CaseAccess.PURPOSE).orElse(null);
  }

  void shareOnBasis(long referralId, SupportCase c, CaseBases.Basis basis, long toOrg) {
    if (basis.kind() == CaseBases.Kind.CONSENT) {
      return;
    }
    Referral r = referrals.lock(referralId).orElseThrow();
    r.accessBasisId = recordAccess(c, basis, toOrg, referralId);
    referrals.save(r);
  }

  Long recordAccess(SupportCase c, CaseBases.Basis basis, long toOrg, long referralId) {
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
  void serveIfShared(Referral r) {
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

  void stopSharing(CurrentUser user, Referral r) {
    if (r.accessBasisId != null) {
      people.endBasis(r.accessBasisId, user.id());
    }
    if (r.relationshipId != null) {
      people.endRelationship(r.relationshipId, "referral " + r.status.name());
    }
  }
}
