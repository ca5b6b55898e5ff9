package org.tsunagu.consultation;

/** Where a referral stands; every change is reported back to the referrer. */
public enum ReferralStatus {
  PENDING,
  ACCEPTED,
  DECLINED,
  IN_PROGRESS,
  COMPLETED,
  WITHDRAWN;

  /** Still waiting for, or being worked by, the receiving organisation. */
  public boolean isActive() {
    return this == PENDING || this == ACCEPTED || this == IN_PROGRESS;
  }
}
