package org.tsunagu.consultation.internal.numbers;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Intakes received in the period, counted in SQL. */
@Repository
class IntakeCounts {

  private static final String BY_GROUP =
      """
      SELECT CASE WHEN grouping(window_id) = 0 THEN 'WINDOW'
                  WHEN grouping(channel) = 0 THEN 'CHANNEL'
                  WHEN grouping(status) = 0 THEN 'STATUS'
                  WHEN grouping(area_id) = 0 THEN 'AREA'
                  ELSE 'TOTAL' END AS dimension,
             coalesce(window_id::text, channel, status, area_id::text) AS key,
             coalesce(window_name, area_name) AS name,
             NULL AS detail, count(*) AS n, 0 AS n2
        FROM (SELECT w.id AS window_id, w.name AS window_name, i.channel, i.status,
                     coalesce(ad.district_id, ad.area_id) AS area_id,
                     coalesce(ad.district_name, ad.area_name) AS area_name
                FROM consultation.intake i
                JOIN consultation.consultation_window w ON w.id = i.window_id
                LEFT JOIN people.area_district ad ON ad.area_id = w.area_id
               WHERE i.received_on BETWEEN :from AND :to AND %s) t
       GROUP BY GROUPING SETS ((window_id, window_name), (channel), (status),
                               (area_id, area_name), ())
      """;

  private static final String BY_DOMAIN =
      """
      SELECT 'DOMAIN' AS dimension, d.domain AS key, NULL AS name, NULL AS detail,
             count(*) AS n, 0 AS n2
        FROM consultation.intake i
        JOIN consultation.consultation_window w ON w.id = i.window_id
        JOIN consultation.intake_domain d ON d.intake_id = i.id
       WHERE i.received_on BETWEEN :from AND :to AND %s
       GROUP BY d.domain
      """;

  private final JdbcClient jdbc;

  IntakeCounts(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  IntakeNumbers count(QueryContext q) {
    GroupRows groups = query(BY_GROUP, q);
    GroupRows domains = query(BY_DOMAIN, q);
    return new IntakeNumbers(
        groups.total().count(),
        groups.of("WINDOW", GroupRows::tally),
        groups.of("CHANNEL", GroupRows::tally),
        domains.of("DOMAIN", GroupRows::tally),
        groups.of("AREA", GroupRows::tally),
        groups.of("STATUS", GroupRows::tally));
  }

  private GroupRows query(String sql, QueryContext q) {
    return GroupRows.of(
        jdbc.sql(sql.formatted(q.scope().intakes()))
            .params(q.params())
            .query(GroupRows::map)
            .list());
  }
}
