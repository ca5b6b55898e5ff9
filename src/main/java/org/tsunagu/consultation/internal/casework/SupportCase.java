package org.tsunagu.consultation.internal.casework;

import java.time.Instant;
import java.time.LocalDate;
import org.tsunagu.consultation.Urgency;

/** A case (個別支援ケース) as stored. */
public record SupportCase(
    long id,
    String reference,
    Long personId,
    Long householdId,
    String subjectDescription,
    String title,
    long leadOrgId,
    Long leadWorkerId,
    Long areaId,
    Urgency urgency,
    CaseStatus status,
    Instant openedAt,
    Instant firstContactAt,
    LocalDate reviewOn,
    Instant closedAt,
    String closedReason,
    String closedNote,
    int version) {

  public boolean isClosed() {
    return status == CaseStatus.CLOSED;
  }
}
