package org.tsunagu.consultation.internal.numbers;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Cases opened and closed in the period, and open now, counted in SQL. */
@Repository
class CaseCounts {

  private static final String OPENED = "c.opened_at >= :fromTs AND c.opened_at < :toTs";
  private static final String CLOSED = "c.closed_at >= :fromTs AND c.closed_at < :toTs";

  /** Cases opened or closed in the period: n counts the opened, n2 the closed. */
  private static final String BY_GROUP =
      """
      SELECT CASE WHEN grouping(area_id) = 0 THEN 'AREA'
                  WHEN grouping(lead_org_id) = 0 THEN 'LEAD'
                  ELSE 'TOTAL' END AS dimension,
             coalesce(area_id::text, lead_org_id::text) AS key,
             coalesce(area_name, lead_org_name) AS name,
             NULL AS detail,
             count(*) FILTER (WHERE opened) AS n, count(*) FILTER (WHERE closed) AS n2
        FROM (SELECT %1$s AS opened, %2$s AS closed,
                     coalesce(ad.district_id, ad.area_id) AS area_id,
                     coalesce(ad.district_name, ad.area_name) AS area_name,
                     o.id AS lead_org_id, o.name AS lead_org_name
                FROM consultation.support_case c
                JOIN people.organization_directory o ON o.id = c.lead_org_id
                LEFT JOIN people.area_district ad ON ad.area_id = c.area_id
               WHERE ((%1$s) OR (%2$s)) AND %3$s) t
       GROUP BY GROUPING SETS ((area_id, area_name), (lead_org_id, lead_org_name), ())
      """;

  private static final String BY_DOMAIN =
      """
      SELECT 'DOMAIN' AS dimension, n.domain AS key, NULL AS name, NULL AS detail,
             count(*) FILTER (WHERE %1$s) AS n, count(*) FILTER (WHERE %2$s) AS n2
        FROM consultation.support_case c
        JOIN consultation.case_need n ON n.case_id = c.id
       WHERE ((%1$s) OR (%2$s)) AND %3$s
       GROUP BY n.domain
      """;

  private static final String CLOSED_BY_REASON =
      """
      SELECT 'REASON' AS dimension, c.closed_reason AS key, NULL AS name, NULL AS detail,
             count(*) AS n, 0 AS n2
        FROM consultation.support_case c
       WHERE %2$s AND %3$s
       GROUP BY c.closed_reason
      """;

  private static final String OPEN_NOW_BY_STATUS =
      """
      SELECT 'STATUS' AS dimension, c.status AS key, NULL AS name, NULL AS detail,
             count(*) AS n, 0 AS n2
        FROM consultation.support_case c
       WHERE c.status <> 'CLOSED' AND %3$s
       GROUP BY c.status
      """;

  private final JdbcClient jdbc;

  CaseCounts(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  CaseNumbers count(QueryContext q) {
    GroupRows groups = query(BY_GROUP, q);
    GroupRows openNow = query(OPEN_NOW_BY_STATUS, q);
    return new CaseNumbers(
        groups.total().count(),
        groups.total().second(),
        query(BY_DOMAIN, q).of("DOMAIN", GroupRows::caseTally),
        groups.of("AREA", GroupRows::caseTally),
        groups.of("LEAD", GroupRows::caseTally),
        query(CLOSED_BY_REASON, q).of("REASON", GroupRows::tally),
        openNow.of("STATUS", GroupRows::tally).stream().mapToLong(Tally::count).sum(),
        openNow.of("STATUS", GroupRows::tally));
  }

  private GroupRows query(String sql, QueryContext q) {
    return GroupRows.of(
        jdbc.sql(sql.formatted(OPENED, CLOSED, q.scope().cases()))
            .params(q.params())
            .query(GroupRows::map)
            .list());
  }
}
