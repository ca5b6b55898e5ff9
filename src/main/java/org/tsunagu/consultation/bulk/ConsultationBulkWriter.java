package org.tsunagu.consultation.bulk;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.function.BiConsumer;
import org.tsunagu.people.bulk.PeopleBulkWriter;
import org.tsunagu.platform.demo.CopyIn;
import org.tsunagu.platform.demo.IdBlock;

/**
 * Writes the consultation tables with COPY, on the caller's connection and transaction, in the
 * order their foreign keys need; the people-module records go through {@link PeopleBulkWriter}.
 */
public final class ConsultationBulkWriter {

  private static final List<String> TABLES =
      List.of(
          "consultation_window",
          "support_case",
          "case_need",
          "intake",
          "intake_domain",
          "case_entry",
          "case_conference",
          "conference_participant",
          "conference_case",
          "plan_goal",
          "plan_action",
          "conference_decision",
          "plan_review",
          "case_basis",
          "referral",
          "referral_domain",
          "referral_event");

  private final Connection connection;
  private final CopyIn copyIn;
  private final PeopleBulkWriter registry;

  public ConsultationBulkWriter(Connection connection, PeopleBulkWriter registry) {
    this.connection = connection;
    this.copyIn = new CopyIn(connection);
    this.registry = registry;
  }

  public void write(ConsultationData data) throws SQLException {
    windows(data.windows);
    registry.sharingConsents(data.consents);
    cases(data.cases);
    copy("case_need (case_id, domain)", data.needs, (n, row) -> row.add(n.caseId(), n.domain()));
    intakes(data.intakes);
    entries(data.entries);
    conferences(data);
    goals(data.goals);
    actions(data.actions);
    copy(
        "conference_decision (conference_id, case_id, text, plan_action_id, created_by,"
            + " created_at)",
        data.decisions,
        (d, row) ->
            row.add(
                d.conferenceId(),
                d.caseId(),
                d.text(),
                d.planActionId(),
                d.createdBy(),
                d.createdAt()));
    copy(
        "plan_review (case_id, reviewed_on, note, next_review_on, reviewed_by)",
        data.reviews,
        (r, row) ->
            row.add(r.caseId(), r.reviewedOn(), r.note(), r.nextReviewOn(), r.reviewedBy()));
    bases(data.bases);
    referrals(data.referrals);
    // Access bases first: a relationship granted on one refers to it.
    registry.accessBases(data.accessBases);
    registry.datedRelationships(data.relationships);
  }

  /** Ids of a consultation table handed out from a block of up to {@code capacity}. */
  public IdBlock idBlock(ConsultationTable table, int capacity) throws SQLException {
    return IdBlock.reserve(connection, table, capacity);
  }

  /** As {@link PeopleBulkWriter#vacuumAnalyze()}, for the consultation tables. */
  public void vacuumAnalyze() throws SQLException {
    try (Statement st = connection.createStatement()) {
      for (String table : TABLES) {
        st.execute("VACUUM (ANALYZE) consultation." + table);
      }
    }
  }

  private void windows(List<ConsultationRows.Window> windows) throws SQLException {
    copy(
        "consultation_window (id, name, kind, organization_id, receiving_org_id, area_id, place)",
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

  private void cases(List<ConsultationRows.SupportCase> cases) throws SQLException {
    copy(
        "support_case (id, reference, person_id, household_id, subject_description, title,"
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

  private void intakes(List<ConsultationRows.Intake> intakes) throws SQLException {
    copy(
        "intake (id, window_id, channel, received_on, received_at, reporter_kind, reporter_name,"
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
    copy(
        "intake_domain (intake_id, domain)",
        intakes,
        (i, row) -> i.domains.forEach(d -> row.add(i.id, d)));
  }

  private void entries(List<ConsultationRows.Entry> entries) throws SQLException {
    copy(
        "case_entry (case_id, kind, occurred_at, summary, system, author_id, org_id,"
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

  private void conferences(ConsultationData data) throws SQLException {
    copy(
        "case_conference (id, kind, title, held_on, place, convened_by_org, convened_by,"
            + " minutes, status)",
        data.conferences,
        (c, row) ->
            row.add(
                c.id(),
                c.kind(),
                c.title(),
                c.heldOn(),
                c.place(),
                c.convenedByOrg(),
                c.convenedBy(),
                c.minutes(),
                c.status()));
    copy(
        "conference_participant (conference_id, organization_id, name, acknowledged_at,"
            + " acknowledged_by)",
        data.participants,
        (p, row) ->
            row.add(
                p.conferenceId(),
                p.organizationId(),
                p.name(),
                p.acknowledgedAt(),
                p.acknowledgedBy()));
    copy(
        "conference_case (conference_id, case_id)",
        data.conferenceCases,
        (c, row) -> row.add(c.conferenceId(), c.caseId()));
  }

  private void goals(List<ConsultationRows.Goal> goals) throws SQLException {
    copy(
        "plan_goal (id, case_id, text, status, created_at, created_by)",
        goals,
        (g, row) ->
            row.add(g.id(), g.caseId(), g.text(), g.status(), g.createdAt(), g.createdBy()));
  }

  private void actions(List<ConsultationRows.Action> actions) throws SQLException {
    copy(
        "plan_action (id, case_id, goal_id, description, responsible_org_id,"
            + " responsible_user_id, due_on, status, done_at, conference_id, created_at,"
            + " created_by)",
        actions,
        (a, row) ->
            row.add(
                a.id(),
                a.caseId(),
                a.goalId(),
                a.description(),
                a.responsibleOrgId(),
                a.responsibleUserId(),
                a.dueOn(),
                a.status(),
                a.doneAt(),
                a.conferenceId(),
                a.createdAt(),
                a.createdBy()));
  }

  private void bases(List<ConsultationRows.Basis> bases) throws SQLException {
    copy(
        "case_basis (id, case_id, kind, consent_id, conference_id, reason, decided_by,"
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

  private void referrals(List<ConsultationRows.Referral> referrals) throws SQLException {
    copy(
        "referral (id, case_id, from_org_id, from_user_id, to_org_id, status, urgency, summary,"
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
    copy(
        "referral_domain (referral_id, domain)",
        referrals,
        (r, row) -> r.domains.forEach(d -> row.add(r.id, d)));
    copy(
        "referral_event (referral_id, kind, at, by_user, by_org, note)",
        referrals,
        (r, row) ->
            r.events.forEach(
                e -> row.add(e.referralId(), e.kind(), e.at(), e.byUser(), e.byOrg(), e.note())));
  }

  /**
   * Moves the case reference sequence past the {@code used} numbers of the generated references, so
   * that those the application numbers later never collide with them.
   */
  public void continueCaseReferencesAfter(int used) throws SQLException {
    if (used == 0) {
      return;
    }
    try (Statement st = connection.createStatement()) {
      st.execute("SELECT setval('consultation.case_reference_seq', " + used + ")");
    }
  }

  private <T> void copy(String target, List<T> items, BiConsumer<T, CopyIn.CopyRow> rows)
      throws SQLException {
    copyIn.copy("consultation." + target, items, rows);
  }
}
