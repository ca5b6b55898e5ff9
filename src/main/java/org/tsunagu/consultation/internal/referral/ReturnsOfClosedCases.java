package org.tsunagu.consultation.internal.referral;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.tsunagu.consultation.CaseClosed;

/** A closed case needs no one to refer it again: its returned referrals leave the work list. */
@Component
class ReturnsOfClosedCases {

  private final Referrals referrals;

  ReturnsOfClosedCases(Referrals referrals) {
    this.referrals = referrals;
  }

  @EventListener
  void on(CaseClosed closed) {
    referrals.markReturnsSeen(closed.caseId(), closed.leadOrganizationId());
  }
}
