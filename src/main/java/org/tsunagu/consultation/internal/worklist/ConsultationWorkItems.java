package org.tsunagu.consultation.internal.worklist;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tsunagu.consultation.ConsultationPermissions;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.Role;
import org.tsunagu.platform.web.DisplayFormats;
import org.tsunagu.platform.worklist.WorkItem;
import org.tsunagu.platform.worklist.WorkItem.Urgency;
import org.tsunagu.platform.worklist.WorkItemSource;

/**
 * What consultation work needs the user today: new intakes at their windows, referrals waiting for
 * their answer or overdue at the other side, referrals that came back (declined, or completed
 * without success) to pass on, overdue plan actions and reviews due. A coordinator sees these for
 * the whole organisation; a worker sees the organisation's referrals and intakes and their own
 * cases and actions. Titles carry case references and organisation names, never a person's name.
 */
@Component
class ConsultationWorkItems implements WorkItemSource {

  static final int PER_KIND = 20;
  static final int REVIEW_WARNING_DAYS = 7;

  private final JdbcClient jdbc;

  ConsultationWorkItems(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<WorkItem> itemsFor(CurrentUser user) {
    if (!user.may(ConsultationPermissions.CASE_WORK)) {
      return List.of();
    }
    LocalDate today = LocalDate.now(DisplayFormats.TOKYO);
    boolean wholeOrganization =
        user.role() == Role.COORDINATOR || user.role() == Role.MUNICIPAL_OFFICER;
    List<WorkItem> items = new ArrayList<>();
    newIntakes(user, items);
    referralsToAnswer(user, today, items);
    referralsOverdueElsewhere(user, today, items);
    returnedReferrals(user, items);
    overdueActions(user, today, wholeOrganization, items);
    reviewsDue(user, today, wholeOrganization, items);
    return items;
  }

  private void newIntakes(CurrentUser user, List<WorkItem> items) {
    List<WorkItem> found =
        jdbc.sql(
                "SELECT i.id, i.urgency, i.received_on, w.name FROM consultation.intake i JOIN"
                    + " consultation.consultation_window w ON w.id = i.window_id WHERE i.status ="
                    + " 'NEW' AND w.receiving_org_id = ? ORDER BY CASE i.urgency WHEN 'EMERGENCY'"
                    + " THEN 0 WHEN 'HIGH' THEN 1 ELSE 2 END, i.received_at LIMIT "
                    + (PER_KIND + 1))
            .param(user.organizationId())
            .query(
                (rs, n) ->
                    new WorkItem(
                        "EMERGENCY".equals(rs.getString("urgency"))
                            ? Urgency.OVERDUE
                            : Urgency.TODAY,
                        "worklist.category.intake",
                        "worklist.intakeNew",
                        new Object[] {
                          rs.getString("name"), rs.getObject("received_on", LocalDate.class)
                        },
                        "/intakes/" + rs.getLong("id")))
            .list();
    add(items, found, "worklist.category.intake", "/intakes?newOnly=true");
  }

  private void referralsToAnswer(CurrentUser user, LocalDate today, List<WorkItem> items) {
    List<WorkItem> found =
        jdbc.sql(
                "SELECT r.id, r.respond_by, r.urgency, o.name FROM consultation.referral r JOIN"
                    + " people.organization_directory o ON o.id = r.from_org_id WHERE r.to_org_id = ? AND"
                    + " r.status = 'PENDING' ORDER BY r.respond_by, r.id LIMIT "
                    + (PER_KIND + 1))
            .param(user.organizationId())
            .query(
                (rs, n) -> {
                  LocalDate by = rs.getObject("respond_by", LocalDate.class);
                  boolean late = by.isBefore(today);
                  return new WorkItem(
                      late ? Urgency.OVERDUE : Urgency.TODAY,
                      "worklist.category.referral",
                      late ? "worklist.referralToAnswerLate" : "worklist.referralToAnswer",
                      new Object[] {rs.getString("name"), by},
                      "/referrals/" + rs.getLong("id"));
                })
            .list();
    add(items, found, "worklist.category.referral", "/referrals?box=received&active=true");
  }

  private void referralsOverdueElsewhere(CurrentUser user, LocalDate today, List<WorkItem> items) {
    List<WorkItem> found =
        jdbc.sql(
                "SELECT r.case_id, r.respond_by, o.name, c.reference FROM consultation.referral r"
                    + " JOIN people.organization_directory o ON o.id = r.to_org_id JOIN"
                    + " consultation.support_case c ON c.id = r.case_id WHERE r.from_org_id = ?"
                    + " AND r.status = 'PENDING' AND r.respond_by < ? ORDER BY r.respond_by, r.id"
                    + " LIMIT "
                    + (PER_KIND + 1))
            .params(user.organizationId(), today)
            .query(
                (rs, n) ->
                    new WorkItem(
                        Urgency.OVERDUE,
                        "worklist.category.referral",
                        "worklist.referralUnanswered",
                        new Object[] {
                          rs.getString("name"),
                          rs.getObject("respond_by", LocalDate.class),
                          rs.getString("reference")
                        },
                        "/cases/" + rs.getLong("case_id") + "?tab=referrals#tabs"))
            .list();
    add(items, found, "worklist.category.referral", "/referrals?box=sent&active=true");
  }

  /**
   * Referrals that came back to the referrer: declined, or completed without connecting the person
   * to support. Each stays until the referrer refers the case again or dismisses it.
   */
  private void returnedReferrals(CurrentUser user, List<WorkItem> items) {
    List<WorkItem> found =
        jdbc.sql(
                "SELECT r.case_id, r.status, r.unsuccessful_reason, o.name, c.reference FROM"
                    + " (SELECT case_id, to_org_id, status, unsuccessful_reason, coalesce("
                    + "completed_at, answered_at) AS returned_at, id FROM consultation.referral"
                    + " WHERE from_org_id = ? AND (status = 'DECLINED' OR outcome ="
                    + " 'UNSUCCESSFUL') AND return_seen_at IS NULL ORDER BY coalesce(completed_at,"
                    + " answered_at), id LIMIT "
                    + (PER_KIND + 1)
                    + ") r JOIN people.organization_directory o ON o.id = r.to_org_id JOIN"
                    + " consultation.support_case c ON c.id = r.case_id ORDER BY r.returned_at,"
                    + " r.id")
            .param(user.organizationId())
            .query(
                (rs, n) -> {
                  boolean declined = "DECLINED".equals(rs.getString("status"));
                  Object[] args =
                      declined
                          ? new Object[] {rs.getString("name"), rs.getString("reference")}
                          : new Object[] {
                            rs.getString("name"),
                            rs.getString("reference"),
                            new DefaultMessageSourceResolvable(
                                "unsuccessfulReason." + rs.getString("unsuccessful_reason"))
                          };
                  return new WorkItem(
                      Urgency.TODAY,
                      "worklist.category.referral",
                      declined ? "worklist.referralDeclined" : "worklist.referralUnsuccessful",
                      args,
                      "/cases/" + rs.getLong("case_id") + "?tab=referrals#tabs");
                })
            .list();
    add(items, found, "worklist.category.referral", "/referrals?box=sent");
  }

  private void overdueActions(
      CurrentUser user, LocalDate today, boolean wholeOrganization, List<WorkItem> items) {
    String who =
        wholeOrganization
            ? "a.responsible_org_id = :org"
            : "(a.responsible_user_id = :me OR (a.responsible_user_id IS NULL AND"
                + " a.responsible_org_id = :org AND c.lead_worker_id = :me))";
    List<WorkItem> found =
        jdbc.sql(
                "SELECT a.case_id, a.due_on, c.reference FROM consultation.plan_action a JOIN"
                    + " consultation.support_case c ON c.id = a.case_id WHERE a.status = 'OPEN'"
                    + " AND a.due_on <= :today AND "
                    + who
                    + " ORDER BY a.due_on, a.id LIMIT "
                    + (PER_KIND + 1))
            .param("org", user.organizationId())
            .param("me", user.id())
            .param("today", today)
            .query(
                (rs, n) -> {
                  LocalDate due = rs.getObject("due_on", LocalDate.class);
                  return new WorkItem(
                      due.isBefore(today) ? Urgency.OVERDUE : Urgency.TODAY,
                      "worklist.category.plan",
                      "worklist.actionDue",
                      new Object[] {rs.getString("reference"), due},
                      "/cases/" + rs.getLong("case_id") + "?tab=plan#tabs");
                })
            .list();
    add(items, found, "worklist.category.plan", "/cases");
  }

  private void reviewsDue(
      CurrentUser user, LocalDate today, boolean wholeOrganization, List<WorkItem> items) {
    String who = wholeOrganization ? "" : " AND c.lead_worker_id = :me";
    List<WorkItem> found =
        jdbc.sql(
                "SELECT c.id, c.review_on, c.reference FROM consultation.support_case c WHERE"
                    + " c.lead_org_id = :org AND c.status <> 'CLOSED' AND c.review_on <= :until"
                    + who
                    + " ORDER BY c.review_on, c.id LIMIT "
                    + (PER_KIND + 1))
            .param("org", user.organizationId())
            .param("me", user.id())
            .param("until", today.plusDays(REVIEW_WARNING_DAYS))
            .query(
                (rs, n) -> {
                  LocalDate on = rs.getObject("review_on", LocalDate.class);
                  Urgency u =
                      on.isBefore(today)
                          ? Urgency.OVERDUE
                          : on.isEqual(today) ? Urgency.TODAY : Urgency.SOON;
                  return new WorkItem(
                      u,
                      "worklist.category.review",
                      "worklist.reviewDue",
                      new Object[] {rs.getString("reference"), on},
                      "/cases/" + rs.getLong("id") + "?tab=plan#tabs");
                })
            .list();
    add(items, found, "worklist.category.review", "/cases");
  }

  /** At most PER_KIND items of a kind, then one pointing to the full list. */
  private static void add(
      List<WorkItem> items, List<WorkItem> found, String category, String href) {
    if (found.size() <= PER_KIND) {
      items.addAll(found);
      return;
    }
    items.addAll(found.subList(0, PER_KIND));
    items.add(new WorkItem(Urgency.INFO, category, "worklist.more", new Object[] {}, href));
  }
}
