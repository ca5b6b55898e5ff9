package org.tsunagu.consultation.internal.numbers;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Rows of a GROUPING SETS query: each names its dimension, the group's key and name, an optional
 * detail (e.g. an organisation's type) and two counts (n2 is 0 where unused). The empty grouping
 * set is the dimension {@code TOTAL}.
 */
final class GroupRows {

  record Row(String dimension, String key, String name, String detail, long count, long second) {}

  private final List<Row> rows;

  private GroupRows(List<Row> rows) {
    this.rows = rows;
  }

  static GroupRows of(List<Row> rows) {
    return new GroupRows(rows);
  }

  /** Maps the columns dimension, key, name, detail, n and n2 that every such query selects. */
  static Row map(ResultSet rs, int rowNum) throws SQLException {
    return new Row(
        rs.getString("dimension"),
        rs.getString("key"),
        rs.getString("name"),
        rs.getString("detail"),
        rs.getLong("n"),
        rs.getLong("n2"));
  }

  /** The groups of one dimension, largest first (then by name or key). */
  <T> List<T> of(String dimension, Function<Row, T> as) {
    return rows.stream()
        .filter(r -> r.dimension().equals(dimension))
        .sorted(BY_SIZE)
        .map(as)
        .toList();
  }

  Row total() {
    return rows.stream()
        .filter(r -> r.dimension().equals("TOTAL"))
        .findFirst()
        .orElse(new Row("TOTAL", null, null, null, 0, 0));
  }

  static final Comparator<Row> BY_SIZE =
      Comparator.comparingLong((Row r) -> -(r.count() + r.second()))
          .thenComparing(r -> r.name() == null ? "" : r.name())
          .thenComparing(r -> r.key() == null ? "" : r.key());

  static Tally tally(Row r) {
    return new Tally(r.key(), r.name(), r.count());
  }

  static CaseTally caseTally(Row r) {
    return new CaseTally(r.key(), r.name(), r.count(), r.second());
  }
}
