package org.tsunagu.consultation.internal.casework;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.tsunagu.consultation.Urgency;

/** A case in the API's list: the person's name only where the caller may see the person. */
record CaseListItem(
    long id,
    String reference,
    String title,
    CaseStatus status,
    Urgency urgency,
    OffsetDateTime openedAt,
    LocalDate reviewOn,
    String leadWorkerName,
    String personName) {

  static CaseListItem of(CaseQueries.CaseRow r) {
    return new CaseListItem(
        r.id(),
        r.reference(),
        r.title(),
        CaseStatus.valueOf(r.status()),
        Urgency.valueOf(r.urgency()),
        r.openedAt(),
        r.reviewOn(),
        r.leadWorkerName(),
        r.personName());
  }
}
