package org.tsunagu.consultation.internal.numbers;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tsunagu.platform.numbers.FiscalYear;

/**
 * Intakes received in a 年度 and the one before, counted in SQL by month of the year, by window and
 * by area, within the reader's scope. The charts of the numbers page are drawn from these.
 */
@Repository
class IntakeTrendCounts {

  /** One group: its dimension (MONTH, WINDOW, AREA), key, name and the two years' counts. */
  record Row(String dimension, String key, String name, long current, long previous) {}

  private static final String SQL =
      """
      SELECT CASE WHEN grouping(month) = 0 THEN 'MONTH'
                  WHEN grouping(window_id) = 0 THEN 'WINDOW'
                  ELSE 'AREA' END AS dimension,
             coalesce(month::text, window_id::text, area_id::text) AS key,
             coalesce(window_name, area_name) AS name,
             count(*) FILTER (WHERE received_on >= :currentStart) AS current,
             count(*) FILTER (WHERE received_on < :currentStart) AS previous
        FROM (SELECT i.received_on, extract(month FROM i.received_on)::int AS month,
                     w.id AS window_id, w.name AS window_name,
                     coalesce(ad.district_id, ad.area_id) AS area_id,
                     coalesce(ad.district_name, ad.area_name) AS area_name
                FROM consultation.intake i
                JOIN consultation.consultation_window w ON w.id = i.window_id
                LEFT JOIN people.area_district ad ON ad.area_id = w.area_id
               WHERE i.received_on BETWEEN :previousStart AND :currentEnd AND %s) t
       GROUP BY GROUPING SETS ((month), (window_id, window_name), (area_id, area_name))
      """;

  private final JdbcClient jdbc;

  IntakeTrendCounts(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<Row> count(FiscalYear year, NumbersScope scope) {
    Map<String, Object> params = new java.util.HashMap<>();
    params.put("previousStart", year.previous().start());
    params.put("currentStart", year.start());
    params.put("currentEnd", year.end());
    if (scope.organizationId() != null) {
      params.put("org", scope.organizationId());
    }
    return jdbc.sql(SQL.formatted(scope.intakes()))
        .params(params)
        .query(
            (rs, n) ->
                new Row(
                    rs.getString("dimension"),
                    rs.getString("key"),
                    rs.getString("name"),
                    rs.getLong("current"),
                    rs.getLong("previous")))
        .list();
  }
}
