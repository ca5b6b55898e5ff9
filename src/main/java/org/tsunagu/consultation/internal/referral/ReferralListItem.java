package org.tsunagu.consultation.internal.referral;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.tsunagu.consultation.ReferralStatus;
import org.tsunagu.consultation.Urgency;

/** A referral in the API's list: what travels without a basis, nothing identifying. */
record ReferralListItem(
    long id,
    String caseReference,
    String otherOrgName,
    ReferralStatus status,
    Urgency urgency,
    String summary,
    OffsetDateTime sentAt,
    LocalDate respondBy,
    OffsetDateTime firstOpenedAt) {

  static ReferralListItem of(ReferralQueries.ListRow r) {
    return new ReferralListItem(
        r.id(),
        r.caseReference(),
        r.otherOrgName(),
        ReferralStatus.valueOf(r.status()),
        Urgency.valueOf(r.urgency()),
        r.summary(),
        r.sentAt(),
        r.respondBy(),
        r.firstOpenedAt());
  }
}
