package org.tsunagu.consultation.internal.referral;

import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.tsunagu.consultation.CaseClosed;

/** A closed case needs no one to refer it again: its returned referrals leave the work list. */
@Component
class ReturnsOfClosedCases {

  private final Referrals referrals;
  private final Clock clock;

  ReturnsOfClosedCases(Referrals referrals, Clock clock) {
    this.referrals = referrals;
    this.clock = clock;
  }

  @EventListener
  void on(CaseClosed closed) {
    referrals.markReturnsSeen(closed.caseId(), closed.leadOrganizationId(), clock.instant());
  }
}
