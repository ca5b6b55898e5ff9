package org.tsunagu.consultation.internal.casework;

/** From opening to closure (終結): open, supporting, monitoring, closed with a reason. */
public enum CaseStatus {
  OPEN,
  SUPPORTING,
  MONITORING,
  CLOSED
}
