package org.tsunagu.consultation.bulk;

import java.sql.SQLException;
import java.util.List;
import org.tsunagu.platform.demo.CopyIn;

/** COPY of the windows, the cases with their needs, the intakes and the case timelines. */
final class CaseRecordsCopy {

  private final CopyIn copyIn;

  CaseRecordsCopy(CopyIn copyIn) {
    this.copyIn = copyIn;
  }

  void windows(List<ConsultationRows.Window> windows) throws SQLException {
    copyIn.copy(
        "consultation.consultation_window (id, name, kind, organization_id, receiving_org_id, area_id, place)",
        windows,
        (w, row) ->
            row.add(
                w.id(),
                w.name(),
                w.kind(),
                w.organizationId(),
                w.receivingOrgId(),
                w.areaId(),
                w.place()));
  }

  void cases(List<ConsultationRows.SupportCase> cases) throws SQLException {
    copyIn.copy(
        "consultation.support_case (id, reference, person_id, household_id, subject_description, title,"
            + " lead_org_id, lead_worker_id, area_id, urgency, status, opened_at,"
            + " first_contact_at, review_on, closed_at, closed_by, closed_reason, closed_note,"
            + " created_by, updated_at)",
        cases,
        (c, row) ->
            row.add(
                c.id,
                c.reference,
                c.personId,
                c.householdId,
                c.subjectDescription,
                c.title,
                c.leadOrgId,
                c.leadWorkerId,
                c.areaId,
                c.urgency,
                c.status,
                c.openedAt,
                c.firstContactAt,
                c.reviewOn,
                c.closedAt,
                c.closed() ? c.leadWorkerId : null,
                c.closedReason,
                c.closedNote,
                c.leadWorkerId,
                c.closed() ? c.closedAt : c.openedAt));
  }

  void needs(List<ConsultationRows.Need> needs) throws SQLException {
    copyIn.copy(
        "consultation.case_need (case_id, domain)",
        needs,
        (n, row) -> row.add(n.caseId(), n.domain()));
  }

  void intakes(List<ConsultationRows.Intake> intakes) throws SQLException {
    copyIn.copy(
        "consultation.intake (id, window_id, channel, received_on, received_at, reporter_kind, reporter_name,"
            + " person_id, subject_description, contact_name, contact_phone, own_words, urgency,"
            + " may_contact, share_agreed, share_scope_type, consent_id, status, case_id,"
            + " no_case_reason, handled_at, handled_by, recorded_by, recorded_org_id)",
        intakes,
        (i, row) ->
            row.add(
                i.id,
                i.windowId,
                i.channel,
                i.receivedAt.toLocalDate(),
                i.receivedAt,
                i.reporterKind,
                i.reporterName,
                i.personId,
                i.subjectDescription,
                i.contactName,
                i.contactPhone,
                i.ownWords,
                i.urgency,
                i.mayContact,
                i.shareAgreed,
                i.shareScopeType,
                i.consentId,
                i.status,
                i.caseId,
                i.noCaseReason,
                i.handledAt,
                i.handledBy,
                i.recordedBy,
                i.recordedOrgId));
    copyIn.copy(
        "consultation.intake_domain (intake_id, domain)",
        intakes,
        (i, row) -> i.domains.forEach(d -> row.add(i.id, d)));
  }

  void entries(List<ConsultationRows.Entry> entries) throws SQLException {
    copyIn.copy(
        "consultation.case_entry (case_id, kind, occurred_at, summary, system, author_id, org_id,"
            + " created_at)",
        entries,
        (e, row) ->
            row.add(
                e.caseId(),
                e.kind(),
                e.occurredAt(),
                e.summary(),
                e.system(),
                e.authorId(),
                e.orgId(),
                e.occurredAt()));
  }
}
