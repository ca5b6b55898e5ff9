package org.tsunagu.consultation.internal.intake;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.tsunagu.consultation.ConsultationPermissions;
import org.tsunagu.consultation.Urgency;
import org.tsunagu.people.SupportDomain;
import org.tsunagu.platform.security.CurrentUser;

/**
 * An intake as the API shows it. Whom to call back (contact name and phone), the person it was
 * found to be about and what became of it are the receiving organisation's case workers' alone: the
 * recorder (a salon host's or watcher's device) gets back what it sent, without them.
 */
record IntakeResponse(
    long id,
    long windowId,
    String windowName,
    @Schema(implementation = IntakeChoices.Channel.class) String channel,
    LocalDate receivedOn,
    Instant receivedAt,
    @Schema(implementation = IntakeChoices.ReporterKind.class) String reporterKind,
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
    @Schema(allowableValues = {"NEW", "CASE", "NO_CASE"}) String status,
    Long caseId,
    String noCaseReason) {

  static IntakeResponse of(Intake i, CurrentUser caller) {
    boolean receiver =
        i.receivingOrgId() == caller.organizationId()
            && caller.may(ConsultationPermissions.CASE_WORK);
    return new IntakeResponse(
        i.id(),
        i.windowId(),
        i.windowName(),
        i.channel(),
        i.receivedOn(),
        i.receivedAt(),
        i.reporterKind(),
        i.reporterName(),
        receiver ? i.personId() : null,
        i.subjectDescription(),
        receiver ? i.contactName() : null,
        receiver ? i.contactPhone() : null,
        i.ownWords(),
        i.domains(),
        i.urgency(),
        i.mayContact(),
        i.shareAgreed(),
        i.status(),
        receiver ? i.caseId() : null,
        receiver ? i.noCaseReason() : null);
  }
}
