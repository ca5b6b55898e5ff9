package org.tsunagu.platform.demo;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * A module's part of the city-scale set: it plans its data from the context's size and seeded
 * draws, and writes its own tables with its own bulk writer on the generation's connection and
 * transaction. The {@code demo} module runs the contributors in {@link #order}; what one needs of
 * another it finds among the context's shared facts.
 */
public interface CityScaleContributor {

  /** Lower runs first; a module runs after those whose data it uses. */
  int order();

  /**
   * Locks the module's tables, on the load's connection and in its transaction, against another
   * generation and tells whether they already hold data: the set goes only into an empty database.
   * Every contributor is asked before any writes.
   */
  default boolean holdsData(Connection connection) throws SQLException {
    return false;
  }

  void writeCityScale(CityScaleContext context) throws SQLException;

  /**
   * After the commit, outside a transaction block: analyses the tables written and sets their
   * visibility map, as autovacuum would after a bulk load where it runs.
   */
  default void analyse(Connection connection) throws SQLException {}
}
