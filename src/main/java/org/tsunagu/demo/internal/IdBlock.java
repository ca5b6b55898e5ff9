package org.tsunagu.demo.internal;

import java.sql.SQLException;

/**
 * Ids of one table handed out in order from a block reserved in its sequence, so that rows can
 * refer to each other before they are written; {@link #release} gives back what was not used.
 */
final class IdBlock {

  private final String table;
  private final long first;
  private final int capacity;
  private int used;

  private IdBlock(String table, long first, int capacity) {
    this.table = table;
    this.first = first;
    this.capacity = capacity;
  }

  /** Reserves up to {@code capacity} ids of {@code table}'s id column. */
  static IdBlock reserve(RegistryWriter writer, String table, int capacity) throws SQLException {
    return new IdBlock(table, writer.reserveIds(table, Math.max(1, capacity)), capacity);
  }

  long next() {
    if (used >= capacity) {
      throw new IllegalStateException("more than " + capacity + " ids taken from " + table);
    }
    return first + used++;
  }

  int used() {
    return used;
  }

  /** Lets the sequence continue right after the last id handed out. */
  void release(RegistryWriter writer) throws SQLException {
    writer.releaseIdsAfter(table, first, first + used - 1);
  }
}
