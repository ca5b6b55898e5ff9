package org.tsunagu.consultation.bulk;

import java.sql.SQLException;
import java.util.List;
import org.tsunagu.platform.demo.CopyIn;

/** COPY of the bases for sharing a case, and the referrals with their domains and events. */
final class ReferralRecordsCopy {

  private final CopyIn copyIn;

  ReferralRecordsCopy(CopyIn copyIn) {
    this.copyIn = copyIn;
  }

  void bases(List<ConsultationRows.Basis> bases) throws SQLException {
    copyIn.copy(
        "consultation.case_basis (id, case_id, kind, consent_id, conference_id, reason, decided_by,"
            + " decided_at, ended_at, ended_by)",
        bases,
        (b, row) ->
            row.add(
                b.id(),
                b.caseId(),
                b.kind(),
                b.consentId(),
                b.conferenceId(),
                b.reason(),
                b.decidedBy(),
                b.decidedAt(),
                b.endedAt(),
                b.endedBy()));
  }

  void referrals(List<ConsultationRows.Referral> referrals) throws SQLException {
    copyIn.copy(
        "consultation.referral (id, case_id, from_org_id, from_user_id, to_org_id, status, urgency, summary,"
            + " details, basis_id, access_basis_id, relationship_id, sent_at, respond_by,"
            + " first_opened_at, first_opened_by, answered_at, answered_by, decline_reason,"
            + " decline_note, handled_by, completed_at, outcome, unsuccessful_reason, outcome_note,"
            + " withdrawn_at, withdrawn_reason, return_seen_at)",
        referrals,
        (r, row) ->
            row.add(
                r.id,
                r.caseId,
                r.fromOrgId,
                r.fromUserId,
                r.toOrgId,
                r.status.name(),
                r.urgency,
                r.summary,
                r.details,
                r.basisId,
                r.accessBasisId,
                r.relationshipId,
                r.sentAt,
                r.respondBy,
                r.firstOpenedAt,
                r.firstOpenedBy,
                r.answeredAt,
                r.answeredBy,
                r.declineReason,
                r.declineNote,
                r.handledBy,
                r.completedAt,
                r.outcome,
                r.unsuccessfulReason,
                r.outcomeNote,
                r.withdrawnAt,
                r.withdrawnReason,
                r.returnSeenAt));
    copyIn.copy(
        "consultation.referral_domain (referral_id, domain)",
        referrals,
        (r, row) -> r.domains.forEach(d -> row.add(r.id, d)));
    copyIn.copy(
        "consultation.referral_event (referral_id, kind, at, by_user, by_org, note)",
        referrals,
        (r, row) ->
            r.events.forEach(
                e -> row.add(e.referralId(), e.kind(), e.at(), e.byUser(), e.byOrg(), e.note())));
  }
}
