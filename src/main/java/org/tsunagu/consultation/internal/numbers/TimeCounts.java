package org.tsunagu.consultation.internal.numbers;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * How long first contacts and answers took: count, median and 90th percentile in SQL. Hours come
 * from date_part (double precision), not extract (numeric since PostgreSQL 14, and slower).
 */
@Repository
class TimeCounts {

  private static final String SUMMARY =
      """
      SELECT count(hours) AS n,
             percentile_cont(0.5) WITHIN GROUP (ORDER BY hours) AS median,
             percentile_cont(0.9) WITHIN GROUP (ORDER BY hours) AS p90,
             count(*) FILTER (WHERE waiting) AS waiting
        FROM (%s) t
      """;

  private static final String INTAKE_TO_FIRST_CONTACT =
      """
      SELECT CASE WHEN c.first_contact_at >= i.received_at
                  THEN date_part('epoch', c.first_contact_at - i.received_at) / 3600
             END AS hours,
             c.first_contact_at IS NULL AS waiting
        FROM consultation.intake i
        JOIN consultation.consultation_window w ON w.id = i.window_id
        JOIN consultation.support_case c ON c.id = i.case_id
       WHERE i.received_on BETWEEN :from AND :to AND i.status = 'CASE' AND %s
      """;

  private static final String REFERRAL_TO_ANSWER =
      """
      SELECT CASE WHEN r.answered_at >= r.sent_at
                  THEN date_part('epoch', r.answered_at - r.sent_at) / 3600
             END AS hours,
             r.answered_at IS NULL AND r.status = 'PENDING' AS waiting
        FROM consultation.referral r
       WHERE r.sent_at >= :fromTs AND r.sent_at < :toTs AND %s
      """;

  private final JdbcClient jdbc;

  TimeCounts(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  TimeNumbers count(QueryContext q) {
    return new TimeNumbers(
        summary(INTAKE_TO_FIRST_CONTACT.formatted(q.scope().intakes()), q),
        summary(REFERRAL_TO_ANSWER.formatted(q.scope().referrals()), q));
  }

  private TimeTaken summary(String rows, QueryContext q) {
    return jdbc.sql(SUMMARY.formatted(rows))
        .params(q.params())
        .query(
            (rs, n) ->
                new TimeTaken(
                    rs.getLong("n"),
                    rounded((Double) rs.getObject("median")),
                    rounded((Double) rs.getObject("p90")),
                    rs.getLong("waiting")))
        .single();
  }

  /** Hours to one decimal: finer than anyone reads, coarse enough not to look exact. */
  private static Double rounded(Double hours) {
    return hours == null ? null : Math.round(hours * 10) / 10.0;
  }
}
