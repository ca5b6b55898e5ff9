package org.tsunagu.consultation.internal.casework;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.consultation.ConsultationPermissions;
import org.tsunagu.people.PeopleApi;
import org.tsunagu.people.PersonSummary;
import org.tsunagu.platform.audit.AuditAction;
import org.tsunagu.platform.audit.AuditLog;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.web.NotFoundException;

/** Reads for the case page, the case API and case lists. Every opening of a case is audited. */
@Service
public class CaseQueries {

  static final int TIMELINE_LIMIT = 200;

  private final JdbcClient jdbc;
  private final CaseAccess access;
  private final Cases cases;
  private final PeopleApi people;
  private final AuditLog audit;

  CaseQueries(JdbcClient jdbc, CaseAccess access, Cases cases, PeopleApi people, AuditLog audit) {
    this.jdbc = jdbc;
    this.access = access;
    this.cases = cases;
    this.people = people;
    this.audit = audit;
  }

  @Transactional
  public CaseView open(CurrentUser user, long caseId) {
    return open(user, caseId, null);
  }

  /** Opens the case; the audit entry's detail says how it was read (a print names itself). */
  @Transactional
  public CaseView open(CurrentUser user, long caseId, String auditDetail) {
    Cases.Head head = cases.head(caseId).orElseThrow(NotFoundException::new);
    SupportCase c = head.supportCase();
    if (!access.mayOpenRegardlessOfPerson(user, c)) {
      audit.recordRefused("support_case", caseId);
      throw new NotFoundException();
    }
    // Asking for the person answers the visibility half of the rule, in one read.
    PersonSummary person = null;
    if (c.personId() != null) {
      person = people.findVisible(user, c.personId(), CaseAccess.PURPOSE).orElse(null);
      if (person == null) {
        audit.recordRefused("support_case", caseId);
        throw new NotFoundException();
      }
    }
    audit.record(AuditAction.READ, "support_case", caseId, auditDetail);
    return new CaseView(
        c,
        head.needs(),
        head.leadOrgName(),
        head.leadWorkerName(),
        c.areaId() == null ? List.of() : people.areaPath(c.areaId()),
        person,
        jdbc.sql(
                "SELECT e.id, e.kind, e.occurred_at, e.summary, e.system, u.display_name AS"
                    + " author_name, o.name AS org_name FROM consultation.case_entry e LEFT JOIN"
                    + " platform.user_directory u ON u.id = e.author_id JOIN people.organization_directory o ON"
                    + " o.id = e.org_id WHERE e.case_id = ? ORDER BY e.occurred_at DESC, e.id"
                    + " DESC LIMIT "
                    + TIMELINE_LIMIT)
            .param(caseId)
            .query(CaseView.Entry.class)
            .list(),
        jdbc.sql(
                "SELECT id, text, status FROM consultation.plan_goal WHERE case_id = ? ORDER BY"
                    + " id")
            .param(caseId)
            .query(CaseView.Goal.class)
            .list(),
        jdbc.sql(
                "SELECT a.id, a.goal_id, a.description, a.responsible_org_id, o.name AS"
                    + " responsible_org_name, u.display_name AS responsible_user_name, a.due_on,"
                    + " a.status, a.conference_id FROM consultation.plan_action a JOIN"
                    + " people.organization_directory o ON o.id = a.responsible_org_id LEFT JOIN"
                    + " platform.user_directory u ON u.id = a.responsible_user_id WHERE a.case_id = ?"
                    + " ORDER BY a.status = 'OPEN' DESC, a.due_on, a.id")
            .param(caseId)
            .query(CaseView.Action.class)
            .list(),
        jdbc.sql(
                "SELECT r.reviewed_on, r.note, r.next_review_on, u.display_name AS reviewer_name"
                    + " FROM consultation.plan_review r LEFT JOIN platform.user_directory u ON u.id ="
                    + " r.reviewed_by WHERE r.case_id = ? ORDER BY r.reviewed_on DESC, r.id DESC")
            .param(caseId)
            .query(CaseView.Review.class)
            .list(),
        jdbc.sql(
                "SELECT b.id, b.kind, b.reason, u.display_name AS decided_by_name, b.decided_at,"
                    + " b.ended_at IS NULL AS active, b.consent_id FROM consultation.case_basis b"
                    + " LEFT JOIN platform.user_directory u ON u.id = b.decided_by WHERE b.case_id = ?"
                    + " ORDER BY b.id")
            .param(caseId)
            .query(CaseView.Basis.class)
            .list(),
        jdbc.sql(
                "SELECT r.id, r.to_org_id, o.name AS to_org_name, r.status, r.sent_at,"
                    + " r.respond_by, r.first_opened_at, r.decline_reason, r.decline_note,"
                    + " r.outcome, r.unsuccessful_reason, r.basis_id, b.kind AS basis_kind,"
                    + " ((r.status = 'DECLINED' OR r.outcome IS NOT DISTINCT FROM 'UNSUCCESSFUL')"
                    + " AND r.return_seen_at IS NULL) AS return_unseen FROM consultation.referral r"
                    + " JOIN people.organization_directory o ON o.id = r.to_org_id LEFT JOIN"
                    + " consultation.case_basis b ON b.id = r.basis_id WHERE r.case_id = ?"
                    + " ORDER BY r.sent_at DESC, r.id DESC")
            .param(caseId)
            .query(CaseView.ReferralRow.class)
            .list(),
        jdbc.sql(
                "SELECT c.id, c.title, c.held_on, c.kind, c.status FROM"
                    + " consultation.case_conference c JOIN consultation.conference_case cc ON"
                    + " cc.conference_id = c.id WHERE cc.case_id = ? ORDER BY c.held_on DESC")
            .param(caseId)
            .query(CaseView.ConferenceRow.class)
            .list(),
        c.leadOrgId() == user.organizationId(),
        user.may(ConsultationPermissions.CASE_WORK) && access.works(user.organizationId(), c));
  }

  /** A row of a case list: no personal details beyond what the list's viewer may see. */
  public record CaseRow(
      long id,
      String reference,
      String title,
      String status,
      String urgency,
      java.time.OffsetDateTime openedAt,
      java.time.LocalDate reviewOn,
      String leadWorkerName,
      String personName) {}

  /**
   * Cases the user's organisation leads, open first; filtered in SQL by the visibility rule so
   * paging stays right. One audit entry for the list.
   */
  @Transactional
  public List<CaseRow> led(CurrentUser user, boolean mine, boolean includeClosed, int page) {
    CaseWork.requireCaseWork(user);
    List<CaseRow> rows =
        jdbc.sql(
                "SELECT c.id, c.reference, c.title, c.status, c.urgency, c.opened_at,"
                    + " c.review_on, u.display_name AS lead_worker_name, CASE WHEN c.person_id IS"
                    + " NULL THEN c.subject_description ELSE p.display_name"
                    + " END AS person_name FROM consultation.support_case c LEFT JOIN"
                    + " platform.user_directory u ON u.id = c.lead_worker_id LEFT JOIN people.person_display_name p"
                    + " ON p.id = c.person_id WHERE c.lead_org_id = :viewerOrg AND (:all OR"
                    + " c.status <> 'CLOSED') AND (NOT :mine OR c.lead_worker_id = :me) AND"
                    + " (c.person_id IS NULL OR "
                    + PeopleApi.visibleSql("c.person_id")
                    + ") ORDER BY c.status = 'CLOSED', c.opened_at DESC, c.id DESC LIMIT 51"
                    + " OFFSET :offset")
            .param("viewerOrg", user.organizationId())
            .param("all", includeClosed)
            .param("mine", mine)
            .param("me", user.id())
            .param("offset", Math.max(0, page) * 50)
            .query(CaseRow.class)
            .list();
    audit.recordSearch("support_case", "led", rows.stream().map(CaseRow::id).toList());
    return rows;
  }
}
