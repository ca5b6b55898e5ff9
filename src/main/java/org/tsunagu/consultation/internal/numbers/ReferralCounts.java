package org.tsunagu.consultation.internal.numbers;

import java.util.Comparator;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Referrals sent in the period, counted in SQL. */
@Repository
class ReferralCounts {

  private static final String SENT_IN_PERIOD = "r.sent_at >= :fromTs AND r.sent_at < :toTs";

  private static final String BY_GROUP =
      """
      SELECT CASE WHEN grouping(to_org_id) = 0 THEN 'RECEIVER'
                  WHEN grouping(to_org_type) = 0 THEN 'RECEIVER_TYPE'
                  WHEN grouping(status) = 0 THEN 'STATUS'
                  WHEN grouping(outcome) = 0 THEN 'OUTCOME'
                  ELSE 'TOTAL' END AS dimension,
             CASE WHEN grouping(to_org_id) = 0 THEN to_org_id::text
                  WHEN grouping(to_org_type) = 0 THEN to_org_type
                  WHEN grouping(status) = 0 THEN status
                  WHEN grouping(outcome) = 0 THEN outcome END AS key,
             to_org_name AS name,
             CASE WHEN grouping(to_org_id) = 0 THEN to_org_type
                  WHEN grouping(outcome) = 0 THEN unsuccessful_reason END AS detail,
             count(*) AS n, 0 AS n2
        FROM (SELECT o.id AS to_org_id, o.name AS to_org_name, o.type AS to_org_type,
                     r.status, r.outcome, r.unsuccessful_reason
                FROM consultation.referral r
                JOIN people.organization_directory o ON o.id = r.to_org_id
               WHERE %1$s AND %2$s) t
       GROUP BY GROUPING SETS ((to_org_id, to_org_name, to_org_type), (to_org_type), (status),
                               (outcome, unsuccessful_reason), ())
      """;

  /** How the referrals were answered: accepted, declined, withdrawn, and by the respond-by date. */
  private static final String ANSWERS =
      """
      SELECT count(*) FILTER (WHERE r.answered_at IS NOT NULL AND r.status <> 'DECLINED')
               AS accepted,
             count(*) FILTER (WHERE r.status = 'DECLINED') AS declined,
             count(*) FILTER (WHERE r.status = 'WITHDRAWN') AS withdrawn,
             count(*) FILTER (WHERE answered_on <= r.respond_by) AS on_time,
             count(*) FILTER (WHERE answered_on > r.respond_by) AS late,
             count(*) FILTER (WHERE r.answered_at IS NULL AND r.status = 'PENDING'
                                AND r.respond_by < :today) AS overdue,
             count(*) FILTER (WHERE r.answered_at IS NULL AND r.status = 'PENDING'
                                AND r.respond_by >= :today) AS not_yet_due,
             count(*) FILTER (WHERE r.answered_at IS NULL AND r.status = 'WITHDRAWN')
               AS withdrawn_unanswered
        FROM consultation.referral r,
             LATERAL (SELECT (r.answered_at AT TIME ZONE 'Asia/Tokyo')::date AS answered_on) a
       WHERE %1$s AND %2$s
      """;

  private record Answers(
      long accepted,
      long declined,
      long withdrawn,
      long onTime,
      long late,
      long overdue,
      long notYetDue,
      long withdrawnUnanswered) {}

  private final JdbcClient jdbc;

  ReferralCounts(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  ReferralNumbers count(QueryContext q) {
    GroupRows groups =
        GroupRows.of(
            jdbc.sql(BY_GROUP.formatted(SENT_IN_PERIOD, q.scope().referrals()))
                .params(q.params())
                .query(GroupRows::map)
                .list());
    Answers a =
        jdbc.sql(ANSWERS.formatted(SENT_IN_PERIOD, q.scope().referrals()))
            .params(q.params())
            .query(
                (rs, n) ->
                    new Answers(
                        rs.getLong("accepted"),
                        rs.getLong("declined"),
                        rs.getLong("withdrawn"),
                        rs.getLong("on_time"),
                        rs.getLong("late"),
                        rs.getLong("overdue"),
                        rs.getLong("not_yet_due"),
                        rs.getLong("withdrawn_unanswered")))
            .single();
    return new ReferralNumbers(
        groups.total().count(),
        groups.of(
            "RECEIVER",
            r -> new ReceiverTally(Long.parseLong(r.key()), r.name(), r.detail(), r.count())),
        groups.of("RECEIVER_TYPE", GroupRows::tally),
        groups.of("STATUS", GroupRows::tally),
        outcomes(groups),
        a.accepted(),
        a.declined(),
        a.withdrawn(),
        Answering.of(a.onTime(), a.late(), a.overdue(), a.notYetDue(), a.withdrawnUnanswered()));
  }

  /** Completed referrals only; successful ones first, then unsuccessful ones by reason. */
  private static List<OutcomeTally> outcomes(GroupRows groups) {
    return groups.of("OUTCOME", r -> new OutcomeTally(r.key(), r.detail(), r.count())).stream()
        .filter(o -> o.outcome() != null)
        .sorted(
            Comparator.comparing((OutcomeTally o) -> !"SUCCESSFUL".equals(o.outcome()))
                .thenComparingLong(o -> -o.count()))
        .toList();
  }
}
