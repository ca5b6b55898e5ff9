package org.tsunagu.consultation.internal.worklist;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tsunagu.people.PeopleApi;
import org.tsunagu.platform.worklist.WorkItem;
import org.tsunagu.platform.worklist.WorkKind;
import org.tsunagu.platform.worklist.WorkList;

/**
 * One kind of consultation work as two bounded statements over the same {@code FROM … WHERE}: the
 * rows shown (the first {@link WorkList#PER_SECTION} + 1 in index order, with the person's name
 * looked up only for those, and only where the viewer's organisation may see them), and the counts
 * by kind, read from at most {@link WorkList#COUNT_CAP} + 1 index entries when the rows listed are
 * not all there is.
 *
 * @param fromWhere {@code FROM … WHERE …} with named parameters ({@code :viewerOrg} always bound)
 * @param columns the inner select list; it must name {@code person_id} (may be null) and the
 *     columns the mapper reads
 * @param order the inner {@code ORDER BY}, served by the statement's index
 * @param late a boolean SQL expression over the statement's tables: past its deadline (kind {@code
 *     OVERDUE}), read by the mapper as {@code late}; the rest are of kind {@code otherwise}
 * @param otherwise the kind of the rows not late
 */
record WorkQuery(
    String fromWhere,
    String columns,
    String order,
    String late,
    WorkKind otherwise,
    Map<String, Object> params) {

  static WorkQuery of(String fromWhere, String columns, String order, String late, WorkKind kind) {
    return new WorkQuery(fromWhere, columns, order, late, kind, new LinkedHashMap<>());
  }

  WorkQuery param(String name, Object value) {
    params.put(name, value);
    return this;
  }

  /** The query narrowed to one kind (null: every kind), or null when it holds none of it. */
  WorkQuery narrowedTo(WorkKind kind) {
    if (kind == null) {
      return this;
    }
    if (kind == WorkKind.OVERDUE) {
      return "false".equals(late) ? null : where(" AND (" + late + ")");
    }
    return kind == otherwise ? where(" AND NOT (" + late + ")") : null;
  }

  private WorkQuery where(String condition) {
    return new WorkQuery(fromWhere + condition, columns, order, late, otherwise, params);
  }

  /**
   * The person's display name where the viewer's organisation may see them; else the case's own
   * description (「角の家の男性」) when {@code description} is given; else nothing.
   */
  static String who(String descriptionColumn) {
    String name =
        "CASE WHEN x.person_id IS NOT NULL AND "
            + PeopleApi.visibleSql("x.person_id")
            + " THEN (SELECT n.display_name FROM people.person_display_name n WHERE n.id ="
            + " x.person_id) END";
    return descriptionColumn == null
        ? name
        : "CASE WHEN x.person_id IS NULL THEN x." + descriptionColumn + " ELSE " + name + " END";
  }

  List<WorkItem> list(JdbcClient jdbc, String whoExpression, RowMapper<WorkItem> mapper) {
    // The caller sorts the rows of a section; the name is looked up for the limited rows only.
    String sql =
        "SELECT x.*, "
            + whoExpression
            + " AS who FROM (SELECT "
            + columns
            + ", ("
            + late
            + ") AS late "
            + fromWhere
            + " ORDER BY "
            + order
            + " LIMIT "
            + (WorkList.PER_SECTION + 1)
            + ") x";
    return jdbc.sql(sql).params(params).query(mapper).list();
  }

  /** Adds this query's counts by kind; the late ones are OVERDUE. */
  void count(JdbcClient jdbc, Map<WorkKind, Integer> counts) {
    String sql =
        "SELECT count(*) FILTER (WHERE late) AS late, count(*) FILTER (WHERE NOT late) AS other"
            + " FROM (SELECT ("
            + late
            + ") AS late "
            + fromWhere
            + " LIMIT "
            + (WorkList.COUNT_CAP + 1)
            + ") y";
    Map<WorkKind, Integer> found = new EnumMap<>(WorkKind.class);
    jdbc.sql(sql)
        .params(params)
        .query(
            rs -> {
              found.put(WorkKind.OVERDUE, rs.getInt("late"));
              found.put(otherwise, rs.getInt("other"));
            });
    found.forEach((k, n) -> counts.merge(k, n, Integer::sum));
  }
}
