package org.tsunagu.platform.demo;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * A module's part of the demo town: it writes its own tables, with its own rules, on the demo
 * load's connection and transaction. The {@code demo} module runs the contributors in {@link
 * #order}; the registry's (areas, organisations, logins, residents) comes first.
 */
public interface DemoDataContributor {

  /** Lower runs first; a module runs after those whose data it uses. */
  int order();

  /**
   * Locks the module's tables, on the load's connection and in its transaction, against a load
   * starting at the same time on another node and tells whether they already hold data: the demo
   * town goes only into an empty database. Every contributor is asked before any writes.
   */
  default boolean holdsData(Connection connection) throws SQLException {
    return false;
  }

  void writeDemoTown(DemoTownContext context) throws SQLException;
}
