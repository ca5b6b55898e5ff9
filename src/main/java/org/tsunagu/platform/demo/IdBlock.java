package org.tsunagu.platform.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Ids of one table handed out in order from a block reserved in its sequence, so that rows can
 * refer to each other before they are written; {@link #release} gives back what was not used.
 */
public final class IdBlock {

  private final Connection connection;
  private final TableSequence table;
  private final long first;
  private final int capacity;
  private int used;

  private IdBlock(Connection connection, TableSequence table, long first, int capacity) {
    this.connection = connection;
    this.table = table;
    this.first = first;
    this.capacity = capacity;
  }

  /** Reserves up to {@code capacity} ids of {@code table}'s id column. */
  public static IdBlock reserve(Connection connection, TableSequence table, int capacity)
      throws SQLException {
    int size = Math.max(1, capacity);
    return new IdBlock(connection, table, reserveIds(connection, table, size), size);
  }

  /** Reserves {@code count} consecutive ids of a bigserial column and returns the first. */
  public static long reserveIds(Connection connection, TableSequence table, int count)
      throws SQLException {
    if (count == 0) {
      return 0;
    }
    try (PreparedStatement ps =
        connection.prepareStatement(
            "SELECT setval(pg_get_serial_sequence(?, 'id'),"
                + " nextval(pg_get_serial_sequence(?, 'id')) + ? - 1) - ? + 1")) {
      ps.setString(1, table.qualifiedName());
      ps.setString(2, table.qualifiedName());
      ps.setInt(3, count);
      ps.setInt(4, count);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  public long next() {
    if (used >= capacity) {
      throw new IllegalStateException(
          "more than " + capacity + " ids taken from " + table.qualifiedName());
    }
    return first + used++;
  }

  public int used() {
    return used;
  }

  /** Lets the sequence continue right after the last id handed out. */
  public void release() throws SQLException {
    long lastUsed = first + used - 1;
    try (PreparedStatement ps =
        connection.prepareStatement("SELECT setval(pg_get_serial_sequence(?, 'id'), ?, ?)")) {
      ps.setString(1, table.qualifiedName());
      boolean any = lastUsed >= first;
      ps.setLong(2, any ? lastUsed : first);
      ps.setBoolean(3, any);
      ps.executeQuery().close();
    }
  }
}
