package org.tsunagu.consultation.internal.referral;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.tsunagu.consultation.DeclineReason;
import org.tsunagu.consultation.ReferralStatus;
import org.tsunagu.consultation.Urgency;
import org.tsunagu.consultation.internal.casework.CaseBases;
import org.tsunagu.consultation.internal.casework.ConsultationPerson;
import org.tsunagu.people.SupportDomain;

/**
 * A referral as the API shows it to either side. The person and the details travel only as {@link
 * ReferralQueries#open} decided: to the referrer, and to the receiver once shared on a basis.
 */
record ReferralResponse(
    long id,
    long caseId,
    String caseReference,
    long fromOrgId,
    String fromOrgName,
    @Schema(description = "The worker who sent the referral: the receiver's contact person")
        String fromUserName,
    @Schema(description = "The referring organisation's phone, as the registry holds it")
        String fromOrgPhone,
    long toOrgId,
    String toOrgName,
    ReferralStatus status,
    Urgency urgency,
    List<SupportDomain> domains,
    String summary,
    String details,
    OffsetDateTime sentAt,
    LocalDate respondBy,
    OffsetDateTime firstOpenedAt,
    DeclineReason declineReason,
    String declineNote,
    Referral.Outcome outcome,
    Referral.UnsuccessfulReason unsuccessfulReason,
    String outcomeNote,
    String withdrawnReason,
    CaseBases.Kind basisKind,
    ConsultationPerson person,
    boolean mayOpenCase,
    boolean receiver,
    List<ReferralEvent> events) {

  /** What happened to a referral, when, by whom. */
  enum EventKind {
    SENT,
    OPENED,
    ACCEPTED,
    DECLINED,
    STARTED,
    COMPLETED,
    WITHDRAWN,
    BASIS_ADDED
  }

  record ReferralEvent(
      EventKind kind, OffsetDateTime at, String byName, String orgName, String note) {}

  static ReferralResponse of(ReferralQueries.Detail d) {
    return new ReferralResponse(
        d.id(),
        d.caseId(),
        d.caseReference(),
        d.fromOrgId(),
        d.fromOrgName(),
        d.fromUserName(),
        d.fromOrgPhone(),
        d.toOrgId(),
        d.toOrgName(),
        d.status(),
        d.urgency(),
        d.domains(),
        d.summary(),
        d.details(),
        d.sentAt(),
        d.respondBy(),
        d.firstOpenedAt(),
        d.declineReason(),
        d.declineNote(),
        d.outcome() == null ? null : Referral.Outcome.valueOf(d.outcome()),
        d.unsuccessfulReason() == null
            ? null
            : Referral.UnsuccessfulReason.valueOf(d.unsuccessfulReason()),
        d.outcomeNote(),
        d.withdrawnReason(),
        d.basisKind() == null ? null : CaseBases.Kind.valueOf(d.basisKind()),
        ConsultationPerson.of(d.person()),
        d.mayOpenCase(),
        d.receiver(),
        d.events().stream()
            .map(
                e ->
                    new ReferralEvent(
                        EventKind.valueOf(e.kind()), e.at(), e.byName(), e.orgName(), e.note()))
            .toList());
  }
}
