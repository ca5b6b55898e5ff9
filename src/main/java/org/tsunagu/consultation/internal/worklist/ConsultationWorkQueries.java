package org.tsunagu.consultation.internal.worklist;

import java.time.LocalDate;
import java.util.List;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.worklist.WorkFilter;
import org.tsunagu.platform.worklist.WorkKind;

/**
 * The statements of the consultation work list for one user, filter and day. Each is bounded and
 * ordered by a partial index: {@code intake_window_new}, {@code referral_to_pending}, {@code
 * referral_from_open}, {@code referral_from_returned}, {@code plan_action_open_due} / {@code
 * plan_action_open_user}, {@code case_review_open}. Joins to the case and the organisation are LEFT
 * JOINs on their keys, so PostgreSQL drops them from a count that does not read them.
 */
final class ConsultationWorkQueries {

  static final int REVIEW_WARNING_DAYS = 7;

  private final CurrentUser user;
  private final WorkFilter filter;
  private final LocalDate today;
  private final List<Long> areas;

  /**
   * @param areas the chosen area and those below it, or null when no area was chosen
   */
  ConsultationWorkQueries(CurrentUser user, WorkFilter filter, LocalDate today, List<Long> areas) {
    this.user = user;
    this.filter = filter;
    this.today = today;
    this.areas = areas;
  }

  /** New intakes at windows passing on to the organisation: nobody's yet. */
  WorkQuery newIntakes() {
    if (!filter.includesUnassigned()) {
      return null;
    }
    return bind(
        WorkQuery.of(
            "FROM consultation.intake i JOIN consultation.consultation_window w ON w.id ="
                + " i.window_id WHERE i.status = 'NEW' AND w.receiving_org_id = :viewerOrg"
                + inArea("w.area_id"),
            "i.id, i.person_id, i.subject_description, left(i.own_words, "
                + ConsultationWorkRows.SUMMARY_CHARS
                + ") AS words,"
                + " i.received_at, w.name AS window_name",
            "CASE i.urgency WHEN 'EMERGENCY' THEN 0 WHEN 'HIGH' THEN 1 ELSE 2 END, i.received_at",
            "false",
            WorkKind.NEW));
  }

  /** Referrals waiting for the organisation's answer: nobody's until answered. */
  WorkQuery referralsToAnswer() {
    if (!filter.includesUnassigned()) {
      return null;
    }
    return bind(
        WorkQuery.of(
            "FROM consultation.referral r LEFT JOIN consultation.support_case c ON c.id = r.case_id"
                + " LEFT JOIN people.organization_directory o ON o.id = r.from_org_id WHERE r.to_org_id"
                + " = :viewerOrg AND r.status = 'PENDING'"
                + inArea("c.area_id"),
            "r.id, c.person_id, left(r.summary, "
                + ConsultationWorkRows.SUMMARY_CHARS
                + ") AS summary, r.sent_at, r.respond_by, o.name"
                + " AS org_name",
            "r.respond_by, r.id",
            "r.respond_by < :today",
            WorkKind.NEW));
  }

  /** Referrals the organisation sent, still unanswered: the sender's. */
  WorkQuery referralsAwaited() {
    return bind(
        WorkQuery.of(
            "FROM consultation.referral r LEFT JOIN consultation.support_case c ON c.id = r.case_id"
                + " LEFT JOIN people.organization_directory o ON o.id = r.to_org_id WHERE r.from_org_id"
                + " = :viewerOrg AND r.status = 'PENDING'"
                + assignedTo("r.from_user_id")
                + inArea("c.area_id"),
            "r.id, r.case_id, c.person_id, c.subject_description, c.reference, r.sent_at,"
                + " r.respond_by, o.name AS org_name",
            "r.respond_by, r.id",
            "r.respond_by < :today",
            WorkKind.AWAITING));
  }

  /** Referrals that came back (declined, or completed without success) to pass on. */
  WorkQuery referralsReturned() {
    return bind(
        WorkQuery.of(
            "FROM consultation.referral r LEFT JOIN consultation.support_case c ON c.id = r.case_id"
                + " LEFT JOIN people.organization_directory o ON o.id = r.to_org_id WHERE r.from_org_id"
                + " = :viewerOrg AND (r.status = 'DECLINED' OR r.outcome = 'UNSUCCESSFUL') AND"
                + " r.return_seen_at IS NULL"
                + assignedTo("r.from_user_id")
                + inArea("c.area_id"),
            "r.id, r.case_id, c.person_id, c.subject_description, c.reference, r.status,"
                + " r.unsuccessful_reason, coalesce(r.completed_at, r.answered_at) AS returned_at,"
                + " o.name AS org_name",
            "coalesce(r.completed_at, r.answered_at), r.id",
            "false",
            WorkKind.NEW));
  }

  /** Open plan actions due today or before, of the organisation or of the worker. */
  WorkQuery actionsDue() {
    Long worker = filter.assignee(user);
    String who =
        worker == null
            ? "a.responsible_org_id = :viewerOrg"
            : "(a.responsible_user_id = :worker OR (a.responsible_user_id IS NULL AND"
                + " a.responsible_org_id = :viewerOrg AND c.lead_worker_id = :worker))";
    return bind(
        WorkQuery.of(
            "FROM consultation.plan_action a LEFT JOIN consultation.support_case c ON c.id ="
                + " a.case_id WHERE a.status = 'OPEN' AND a.due_on <= :today AND "
                + who
                + inArea("c.area_id"),
            "a.id, a.case_id, c.person_id, c.subject_description, c.reference,"
                + " left(a.description, "
                + ConsultationWorkRows.SUMMARY_CHARS
                + ") AS description, a.created_at, a.due_on",
            "a.due_on, a.id",
            "a.due_on < :today",
            WorkKind.NEW));
  }

  /** Plan reviews of the organisation's open cases due within a week, or past. */
  WorkQuery reviewsDue() {
    return bind(
        WorkQuery.of(
                "FROM consultation.support_case c WHERE c.lead_org_id = :viewerOrg AND c.status <>"
                    + " 'CLOSED' AND c.review_on <= :until"
                    + assignedTo("c.lead_worker_id")
                    + inArea("c.area_id"),
                "c.id, c.person_id, c.subject_description, c.reference, c.review_on",
                "c.review_on, c.id",
                "c.review_on < :today",
                WorkKind.REVIEW)
            .param("until", today.plusDays(REVIEW_WARNING_DAYS)));
  }

  private WorkQuery bind(WorkQuery q) {
    q.param("viewerOrg", user.organizationId()).param("today", today);
    Long worker = filter.assignee(user);
    if (worker != null) {
      q.param("worker", worker);
    }
    if (areas != null && !areas.isEmpty()) {
      q.param("areas", areas);
    }
    return q.narrowedTo(filter.kind());
  }

  private String assignedTo(String column) {
    return filter.assignee(user) == null ? "" : " AND " + column + " = :worker";
  }

  private String inArea(String column) {
    if (areas == null) {
      return "";
    }
    return areas.isEmpty() ? " AND false" : " AND " + column + " IN (:areas)";
  }
}
