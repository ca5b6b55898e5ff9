package org.tsunagu.consultation.internal.intake;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import org.tsunagu.consultation.Urgency;

/** An intake in the receiving organisation's list in the API. */
record IntakeListItem(
    long id,
    LocalDate receivedOn,
    String windowName,
    IntakeChoices.Channel channel,
    Urgency urgency,
    IntakeStatus status,
    @Schema(description = "Whom to call back, else the description of whom it is about")
        String label,
    Long caseId) {

  /** New, made a case, or closed without one. */
  enum IntakeStatus {
    NEW,
    CASE,
    NO_CASE
  }

  static IntakeListItem of(IntakeQueries.Row r) {
    return new IntakeListItem(
        r.id(),
        r.receivedOn(),
        r.windowName(),
        IntakeChoices.Channel.valueOf(r.channel()),
        Urgency.valueOf(r.urgency()),
        IntakeStatus.valueOf(r.status()),
        r.label(),
        r.caseId());
  }
}
