package org.tsunagu.consultation;

/** How soon someone must act on an intake, a case or a referral. */
public enum Urgency {
  EMERGENCY,
  HIGH,
  NORMAL,
  LOW
}
