package org.tsunagu.consultation.internal.referral;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tsunagu.consultation.ReferralStatus;
import org.tsunagu.consultation.Urgency;
import org.tsunagu.people.SupportDomain;

/** Storage of referrals and their history. */
@Repository
class Referrals {

  private final JdbcClient jdbc;

  Referrals(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The referral locked for a state change: a second answer waits, then sees the first. */
  Optional<Referral> lock(long id) {
    return jdbc.sql(
            "SELECT id, case_id, from_org_id, to_org_id, status, basis_id, access_basis_id,"
                + " relationship_id, first_opened_at, version FROM consultation.referral WHERE id"
                + " = ? FOR UPDATE")
        .param(id)
        .query(
            (rs, n) -> {
              Timestamp opened = rs.getTimestamp("first_opened_at");
              return new Referral(
                  rs.getLong("id"),
                  rs.getLong("case_id"),
                  rs.getLong("from_org_id"),
                  rs.getLong("to_org_id"),
                  ReferralStatus.valueOf(rs.getString("status")),
                  (Long) rs.getObject("basis_id"),
                  (Long) rs.getObject("access_basis_id"),
                  (Long) rs.getObject("relationship_id"),
                  opened == null ? null : opened.toInstant(),
                  rs.getInt("version"));
            })
        .optional();
  }

  long insert(
      long caseId,
      long fromOrg,
      long fromUser,
      long toOrg,
      Urgency urgency,
      String summary,
      String details,
      Long basisId,
      LocalDate respondBy,
      Collection<SupportDomain> domains,
      Instant sentAt) {
    long id =
        jdbc.sql(
                "INSERT INTO consultation.referral (case_id, from_org_id, from_user_id, to_org_id,"
                    + " urgency, summary, details, basis_id, respond_by, sent_at) VALUES (?, ?, ?,"
                    + " ?, ?, ?, ?, ?, ?, ?) RETURNING id")
            .params(
                caseId,
                fromOrg,
                fromUser,
                toOrg,
                urgency.name(),
                summary,
                details,
                basisId,
                respondBy,
                Timestamp.from(sentAt))
            .query(Long.class)
            .single();
    for (SupportDomain d : Set.copyOf(domains)) {
      jdbc.sql("INSERT INTO consultation.referral_domain (referral_id, domain) VALUES (?, ?)")
          .params(id, d.name())
          .update();
    }
    return id;
  }

  void save(Referral r) {
    jdbc.sql(
            "UPDATE consultation.referral SET status = ?, basis_id = ?, access_basis_id = ?,"
                + " relationship_id = ?, first_opened_at = ?, first_opened_by = coalesce(?,"
                + " first_opened_by), answered_at = coalesce(?, answered_at), answered_by ="
                + " coalesce(?, answered_by), decline_reason = coalesce(?, decline_reason),"
                + " decline_note = coalesce(?, decline_note), handled_by = coalesce(?, handled_by),"
                + " completed_at = coalesce(?, completed_at), outcome = coalesce(?, outcome),"
                + " unsuccessful_reason = coalesce(?, unsuccessful_reason), outcome_note ="
                + " coalesce(?, outcome_note), withdrawn_at = coalesce(?, withdrawn_at),"
                + " withdrawn_reason = coalesce(?, withdrawn_reason), version = version + 1 WHERE"
                + " id = ?")
        .params(
            r.status.name(),
            r.basisId,
            r.accessBasisId,
            r.relationshipId,
            ts(r.firstOpenedAt),
            r.firstOpenedBy,
            ts(r.answeredAt),
            r.answeredBy,
            r.declineReason == null ? null : r.declineReason.name(),
            r.declineNote,
            r.handledBy,
            ts(r.completedAt),
            r.outcome == null ? null : r.outcome.name(),
            r.unsuccessfulReason == null ? null : r.unsuccessfulReason.name(),
            r.outcomeNote,
            ts(r.withdrawnAt),
            r.withdrawnReason,
            r.id)
        .update();
  }

  void event(long referralId, String kind, long userId, long orgId, String note, Instant at) {
    jdbc.sql(
            "INSERT INTO consultation.referral_event (referral_id, kind, by_user, by_org, note, at)"
                + " VALUES (?, ?, ?, ?, ?, ?)")
        .params(referralId, kind, userId, orgId, note, Timestamp.from(at))
        .update();
  }

  /**
   * The referrer has seen the referrals of the case that came back, declined or completed without
   * success (it sent another, or dismissed them).
   */
  void markReturnsSeen(long caseId, long fromOrg, Instant at) {
    jdbc.sql(
            "UPDATE consultation.referral SET return_seen_at = ? WHERE case_id = ? AND"
                + " from_org_id = ? AND (status = 'DECLINED' OR outcome = 'UNSUCCESSFUL') AND"
                + " return_seen_at IS NULL")
        .params(Timestamp.from(at), caseId, fromOrg)
        .update();
  }

  private static Timestamp ts(Instant i) {
    return i == null ? null : Timestamp.from(i);
  }
}
