package org.tsunagu.consultation.internal.referral;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.tsunagu.consultation.ConsultationPermissions;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.web.NotFoundException;

/**
 * Locks a referral for one of its two sides, the receiver or the referrer: the other side is
 * refused, anyone else finds nothing.
 */
@Component
class ReferralParties {

  private final Referrals referrals;

  ReferralParties(Referrals referrals) {
    this.referrals = referrals;
  }

  Referral asReceiver(CurrentUser user, long referralId) {
    user.require(ConsultationPermissions.CASE_WORK);
    Referral r = referrals.lock(referralId).orElseThrow(NotFoundException::new);
    if (r.toOrgId != user.organizationId()) {
      if (r.fromOrgId == user.organizationId()) {
        throw new AccessDeniedException("receiver only");
      }
      throw new NotFoundException();
    }
    return r;
  }

  Referral asReferrer(CurrentUser user, long referralId) {
    user.require(ConsultationPermissions.CASE_WORK);
    Referral r = referrals.lock(referralId).orElseThrow(NotFoundException::new);
    if (r.fromOrgId != user.organizationId()) {
      if (r.toOrgId == user.organizationId()) {
        throw new AccessDeniedException("referrer only");
      }
      throw new NotFoundException();
    }
    return r;
  }
}
