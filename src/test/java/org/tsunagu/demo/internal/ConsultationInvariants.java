package org.tsunagu.demo.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tsunagu.consultation.ReferralStatus;
import org.tsunagu.consultation.internal.referral.ReferralDeadline;
import org.tsunagu.consultation.internal.referral.ReferralStep;
import org.tsunagu.platform.time.WorkingDays;

/**
 * Rules every generated consultation must keep, as queries listing what breaks them (empty when all
 * hold): referrals whose fields or events do not fit their status, and cases or referrals without
 * the relationship that lets their organisation see the person.
 */
final class ConsultationInvariants {

  private ConsultationInvariants() {}

  /** Referrals ("id status") whose fields, times or events do not fit their status. */
  static List<String> inconsistentReferrals(JdbcClient jdbc) {
    return jdbc.sql(
            "SELECT r.id || ' ' || r.status FROM consultation.referral r JOIN"
                + " consultation.support_case c ON c.id = r.case_id WHERE NOT ("
                + "CASE r.status"
                + " WHEN 'PENDING' THEN answered_at IS NULL AND handled_by IS NULL"
                + "   AND completed_at IS NULL AND withdrawn_at IS NULL"
                + "   AND decline_reason IS NULL AND outcome IS NULL"
                + " WHEN 'ACCEPTED' THEN answered_at IS NOT NULL AND answered_by IS NOT NULL"
                + "   AND completed_at IS NULL AND withdrawn_at IS NULL"
                + "   AND decline_reason IS NULL AND outcome IS NULL"
                + " WHEN 'IN_PROGRESS' THEN answered_at IS NOT NULL AND handled_by IS NOT NULL"
                + "   AND completed_at IS NULL AND withdrawn_at IS NULL AND outcome IS NULL"
                + " WHEN 'COMPLETED' THEN answered_at IS NOT NULL AND handled_by IS NOT NULL"
                + "   AND completed_at IS NOT NULL AND outcome IS NOT NULL AND withdrawn_at IS NULL"
                + " WHEN 'DECLINED' THEN answered_at IS NOT NULL AND decline_reason IS NOT NULL"
                + "   AND handled_by IS NULL AND completed_at IS NULL"
                + " WHEN 'WITHDRAWN' THEN withdrawn_at IS NOT NULL AND withdrawn_reason IS NOT NULL"
                + "   AND completed_at IS NULL"
                + " END"
                // Times in order, within the case's life.
                + " AND r.sent_at >= c.opened_at AND r.sent_at <= coalesce(c.closed_at, now())"
                + " AND r.sent_at <= coalesce(r.first_opened_at, r.sent_at)"
                + " AND coalesce(r.first_opened_at, r.sent_at) <= coalesce(r.answered_at,"
                + "   'infinity')"
                + " AND r.sent_at <= coalesce(r.answered_at, 'infinity')"
                + " AND coalesce(r.answered_at, r.sent_at) <= coalesce(r.completed_at,"
                + "   r.withdrawn_at, 'infinity')"
                + " AND coalesce(r.completed_at, r.withdrawn_at, r.answered_at, r.sent_at)"
                + "   <= coalesce(c.closed_at, now())"
                + " AND r.respond_by > (r.sent_at AT TIME ZONE 'Asia/Tokyo')::date"
                + " AND (r.outcome IS DISTINCT FROM 'SUCCESSFUL' OR r.unsuccessful_reason IS NULL)"
                // Sent by the lead organisation's worker, answered by the receiver's.
                + " AND r.from_org_id = c.lead_org_id AND r.to_org_id <> c.lead_org_id"
                + " AND EXISTS (SELECT 1 FROM platform.app_user u WHERE u.id = r.from_user_id"
                + "   AND u.organization_id = r.from_org_id)"
                + " AND (r.answered_by IS NULL OR EXISTS (SELECT 1 FROM platform.app_user u WHERE"
                + "   u.id = r.answered_by AND u.organization_id = r.to_org_id))"
                // A closed case has no referral still running.
                + " AND (c.status <> 'CLOSED' OR r.status NOT IN ('PENDING','ACCEPTED',"
                + "   'IN_PROGRESS'))"
                // One event per state change: SENT always, then each state gone through.
                + " AND "
                + events("SENT")
                + " = 1"
                + " AND (r.first_opened_at IS NOT NULL) = ("
                + events("OPENED")
                + " = 1)"
                + " AND (r.status = 'DECLINED') = ("
                + events("DECLINED")
                + " = 1)"
                + " AND (r.answered_at IS NOT NULL AND r.status <> 'DECLINED') = ("
                + events("ACCEPTED")
                + " = 1)"
                + " AND (r.status IN ('IN_PROGRESS','COMPLETED')) = ("
                + events("STARTED")
                + " = 1)"
                + " AND (r.status = 'COMPLETED') = ("
                + events("COMPLETED")
                + " = 1)"
                + " AND (r.status = 'WITHDRAWN') = ("
                + events("WITHDRAWN")
                + " = 1)"
                + ") ORDER BY r.id")
        .query(String.class)
        .list();
  }

  /**
   * Breaches of the visibility records (ADR 0005), one line each: a case whose lead has no CASE
   * relationship with the person; a referral taken on with a basis whose receiver has no REFERRAL
   * relationship; a REFERRAL relationship that does not match its referral or is still active after
   * a withdrawal; a consent basis that does not cover the receiver; a legal basis without the
   * receiver's access basis.
   */
  static List<String> missingVisibility(JdbcClient jdbc) {
    return jdbc.sql(
            "SELECT 'case ' || c.id FROM consultation.support_case c WHERE c.person_id IS NOT NULL"
                + " AND NOT EXISTS (SELECT 1 FROM people.relationship r WHERE r.person_id ="
                + " c.person_id AND r.organization_id = c.lead_org_id AND r.kind = 'CASE' AND"
                + " r.source_ref = 'case:' || c.id AND r.ended_at IS NULL)"
                + " UNION ALL SELECT 'no relationship for referral ' || f.id FROM"
                + " consultation.referral f WHERE f.status IN ('ACCEPTED','IN_PROGRESS','COMPLETED')"
                + " AND f.basis_id IS NOT NULL AND f.relationship_id IS NULL"
                + " UNION ALL SELECT 'relationship of referral ' || f.id FROM consultation.referral f"
                + " JOIN consultation.support_case c ON c.id = f.case_id WHERE f.relationship_id IS"
                + " NOT NULL AND NOT EXISTS (SELECT 1 FROM people.relationship r WHERE r.id ="
                + " f.relationship_id AND r.person_id = c.person_id AND r.organization_id ="
                + " f.to_org_id AND r.kind = 'REFERRAL' AND r.source_ref = 'referral:' || f.id AND"
                + " (r.ended_at IS NULL) = (f.status IN ('ACCEPTED','IN_PROGRESS','COMPLETED')))"
                + " UNION ALL SELECT 'consent basis of referral ' || f.id FROM consultation.referral f"
                + " JOIN consultation.support_case c ON c.id = f.case_id JOIN"
                + " consultation.case_basis b ON b.id = f.basis_id JOIN people.organization o ON"
                + " o.id = f.to_org_id WHERE b.kind = 'CONSENT' AND NOT EXISTS (SELECT 1 FROM"
                + " people.consent k WHERE k.id = b.consent_id AND b.case_id = c.id AND k.purpose ="
                + " 'CONSULTATION' AND k.person_id = c.person_id AND (k.scope_org_id = o.id OR"
                + " k.scope_org_type = o.type))"
                + " UNION ALL SELECT 'legal basis of referral ' || f.id FROM consultation.referral f"
                + " JOIN consultation.support_case c ON c.id = f.case_id JOIN"
                + " consultation.case_basis b ON b.id = f.basis_id WHERE b.kind <> 'CONSENT' AND"
                + " NOT EXISTS (SELECT 1 FROM people.access_basis a WHERE a.id = f.access_basis_id"
                + " AND a.person_id = c.person_id AND a.organization_id = f.to_org_id)")
        .query(String.class)
        .list();
  }

  /**
   * Intakes ("id") that break the sharing rule: only the person or their family may agree; an
   * agreement about a named person is their consent (scoped to the agreed type, given by the family
   * as a proxy when they reported it); an intake that became a case is handled and linked.
   */
  static List<String> inconsistentIntakes(JdbcClient jdbc) {
    return jdbc.sql(
            "SELECT i.id || '' FROM consultation.intake i LEFT JOIN people.consent k ON k.id ="
                + " i.consent_id WHERE NOT ("
                + " (NOT i.share_agreed OR i.reporter_kind IN ('SELF','FAMILY'))"
                + " AND (i.share_agreed = (i.share_scope_type IS NOT NULL))"
                + " AND ((i.consent_id IS NOT NULL) = (i.share_agreed AND i.person_id IS NOT NULL))"
                + " AND (k.id IS NULL OR (k.person_id = i.person_id AND k.purpose = 'CONSULTATION'"
                + "   AND k.scope_org_type = i.share_scope_type AND k.given_on = i.received_on"
                + "   AND (k.given_by = 'PROXY') = (i.reporter_kind = 'FAMILY')))"
                + " AND (i.status <> 'CASE' OR (i.handled_at IS NOT NULL AND i.handled_by IS NOT"
                + "   NULL))"
                + " AND (i.status <> 'NEW' OR (i.handled_at IS NULL AND i.case_id IS NULL))"
                + " AND (i.status <> 'NO_CASE' OR i.no_case_reason IS NOT NULL)"
                + " AND (i.person_id IS NOT NULL OR i.subject_description IS NOT NULL))"
                + " ORDER BY i.id")
        .query(String.class)
        .list();
  }

  /**
   * Referrals whose changes are not on their case's timeline as the application writes them:
   * "referral.SENT|receiver", then the answer and the end, each a system entry.
   */
  static List<String> referralsMissingFromTimeline(JdbcClient jdbc) {
    return jdbc.sql(
            "SELECT r.id || ' ' || e.kind FROM consultation.referral r JOIN"
                + " consultation.referral_event e ON e.referral_id = r.id JOIN people.organization o"
                + " ON o.id = r.to_org_id WHERE e.kind IN ('SENT','ACCEPTED','DECLINED','COMPLETED',"
                + "'WITHDRAWN') AND NOT EXISTS (SELECT 1 FROM consultation.case_entry t WHERE"
                + " t.case_id = r.case_id AND t.kind = 'REFERRAL' AND t.system AND t.summary ="
                + " 'referral.' || e.kind || '|' || o.name AND t.occurred_at = e.at)")
        .query(String.class)
        .list();
  }

  private static String events(String kind) {
    return "(SELECT count(*) FROM consultation.referral_event e WHERE e.referral_id = r.id AND"
        + " e.kind = '"
        + kind
        + "')";
  }

  /**
   * Referrals ("id respond_by expected") whose answer date is not {@link ReferralDeadline}'s for
   * the day they were sent (in Japan) and the receiving organisation's response days.
   */
  static List<String> deadlinesOffTheRule(JdbcClient jdbc) {
    WorkingDays workingDays = WorkingDays.fromClasspath();
    List<String> off = new ArrayList<>();
    jdbc.sql(
            "SELECT r.id, r.respond_by, (r.sent_at AT TIME ZONE 'Asia/Tokyo')::date AS sent_on,"
                + " o.response_days FROM consultation.referral r JOIN people.organization o ON"
                + " o.id = r.to_org_id ORDER BY r.id")
        .query(
            rs -> {
              LocalDate expected =
                  ReferralDeadline.respondBy(
                      workingDays,
                      rs.getObject("sent_on", LocalDate.class),
                      rs.getInt("response_days"));
              LocalDate actual = rs.getObject("respond_by", LocalDate.class);
              if (!expected.equals(actual)) {
                off.add(rs.getLong("id") + " " + actual + " " + expected);
              }
            });
    return off;
  }

  /**
   * Referrals ("id: why") whose history of state changes, replayed in time order through the
   * consultation module's state machine from PENDING, does not end in their status or takes a step
   * the state machine refuses.
   */
  static List<String> historiesOffTheStateMachine(JdbcClient jdbc) {
    Map<Long, List<String>> events = new LinkedHashMap<>();
    Map<Long, String> statuses = new LinkedHashMap<>();
    jdbc.sql(
            "SELECT r.id, r.status, e.kind FROM consultation.referral r JOIN"
                + " consultation.referral_event e ON e.referral_id = r.id ORDER BY r.id, e.at, e.id")
        .query(
            rs -> {
              long id = rs.getLong("id");
              statuses.put(id, rs.getString("status"));
              events.computeIfAbsent(id, k -> new ArrayList<>()).add(rs.getString("kind"));
            });
    List<String> off = new ArrayList<>();
    events.forEach(
        (id, kinds) -> {
          ReferralStatus status = ReferralStatus.PENDING;
          for (String kind : kinds) {
            ReferralStep step = ReferralStep.ofEvent(kind).orElse(null);
            if (step == null) {
              continue;
            }
            if (!step.allowedFrom(status)) {
              off.add(id + ": " + kind + " from " + status);
              return;
            }
            status = step.from(status);
          }
          if (!status.name().equals(statuses.get(id))) {
            off.add(id + ": history ends " + status + ", stored " + statuses.get(id));
          }
        });
    return off;
  }

  /**
   * REFERRAL relationships ("id") granted without a ground, or for a referral sent on no basis: the
   * application grants one only on the consent or access basis the referral shared the person on.
   */
  static List<String> ungroundedReferralRelationships(JdbcClient jdbc) {
    return jdbc.sql(
            "SELECT r.id || '' FROM people.relationship r WHERE r.kind = 'REFERRAL' AND"
                + " r.consent_id IS NULL AND r.basis_id IS NULL UNION ALL SELECT 'referral ' ||"
                + " f.id FROM consultation.referral f WHERE f.relationship_id IS NOT NULL AND"
                + " f.basis_id IS NULL")
        .query(String.class)
        .list();
  }
}
