package org.tsunagu.consultation.internal.referral;

import java.time.LocalDate;
import org.tsunagu.platform.time.WorkingDays;

/** When a referral must be answered: the receiver's response days, in working days from sending. */
public final class ReferralDeadline {

  private ReferralDeadline() {}

  public static LocalDate respondBy(
      WorkingDays workingDays, LocalDate sentOn, int receiverResponseDays) {
    return workingDays.plusWorkingDays(sentOn, receiverResponseDays);
  }
}
