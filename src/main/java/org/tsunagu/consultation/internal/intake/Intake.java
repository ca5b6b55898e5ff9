package org.tsunagu.consultation.internal.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.tsunagu.consultation.Urgency;
import org.tsunagu.people.SupportDomain;

/** An intake (相談受付・つながりカード) as stored. */
public record Intake(
    long id,
    long windowId,
    String windowName,
    long receivingOrgId,
    String channel,
    LocalDate receivedOn,
    Instant receivedAt,
    String reporterKind,
    String reporterName,
    Long personId,
    String subjectDescription,
    String contactName,
    String contactPhone,
    String ownWords,
    List<SupportDomain> domains,
    Urgency urgency,
    Boolean mayContact,
    boolean shareAgreed,
    String shareScopeType,
    Long consentId,
    String status,
    Long caseId,
    String noCaseReason,
    long recordedBy,
    long recordedOrgId) {

  public boolean isNew() {
    return "NEW".equals(status);
  }
}
