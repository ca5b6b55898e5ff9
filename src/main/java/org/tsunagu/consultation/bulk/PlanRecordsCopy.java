package org.tsunagu.consultation.bulk;

import java.sql.SQLException;
import java.util.List;
import org.tsunagu.platform.demo.CopyIn;

/**
 * COPY of the 支援会議 with their participants and cases, and the support plans: goals, actions,
 * decisions, reviews.
 */
final class PlanRecordsCopy {

  private final CopyIn copyIn;

  PlanRecordsCopy(CopyIn copyIn) {
    this.copyIn = copyIn;
  }

  void conferences(ConsultationData data) throws SQLException {
    copyIn.copy(
        "consultation.case_conference (id, kind, title, held_on, place, convened_by_org, convened_by,"
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
    copyIn.copy(
        "consultation.conference_participant (conference_id, organization_id, name, acknowledged_at,"
            + " acknowledged_by)",
        data.participants,
        (p, row) ->
            row.add(
                p.conferenceId(),
                p.organizationId(),
                p.name(),
                p.acknowledgedAt(),
                p.acknowledgedBy()));
    copyIn.copy(
        "consultation.conference_case (conference_id, case_id)",
        data.conferenceCases,
        (c, row) -> row.add(c.conferenceId(), c.caseId()));
  }

  void goals(List<ConsultationRows.Goal> goals) throws SQLException {
    copyIn.copy(
        "consultation.plan_goal (id, case_id, text, status, created_at, created_by)",
        goals,
        (g, row) ->
            row.add(g.id(), g.caseId(), g.text(), g.status(), g.createdAt(), g.createdBy()));
  }

  void actions(List<ConsultationRows.Action> actions) throws SQLException {
    copyIn.copy(
        "consultation.plan_action (id, case_id, goal_id, description, responsible_org_id,"
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

  void decisions(List<ConsultationRows.Decision> decisions) throws SQLException {
    copyIn.copy(
        "consultation.conference_decision (conference_id, case_id, text, plan_action_id, created_by,"
            + " created_at)",
        decisions,
        (d, row) ->
            row.add(
                d.conferenceId(),
                d.caseId(),
                d.text(),
                d.planActionId(),
                d.createdBy(),
                d.createdAt()));
  }

  void reviews(List<ConsultationRows.Review> reviews) throws SQLException {
    copyIn.copy(
        "consultation.plan_review (case_id, reviewed_on, note, next_review_on, reviewed_by)",
        reviews,
        (r, row) ->
            row.add(r.caseId(), r.reviewedOn(), r.note(), r.nextReviewOn(), r.reviewedBy()));
  }
}
