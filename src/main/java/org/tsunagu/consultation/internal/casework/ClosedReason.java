package org.tsunagu.consultation.internal.casework;

/** Why a case was closed. */
public enum ClosedReason {
  RESOLVED,
  TRANSFERRED,
  PERSON_DECLINED,
  MOVED_AWAY,
  DIED,
  NO_CONTACT,
  OTHER
}
