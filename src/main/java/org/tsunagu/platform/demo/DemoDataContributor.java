package org.tsunagu.platform.demo;

import java.sql.SQLException;

/**
 * A module's part of the demo town: it writes its own tables, with its own rules, on the demo
 * load's connection and transaction. The {@code demo} module runs the contributors in {@link
 * #order} after it has written the areas, organisations, logins and residents.
 */
public interface DemoDataContributor {

  /** Lower runs first; a module runs after those whose data it uses. */
  int order();

  void writeDemoTown(DemoTownContext context) throws SQLException;
}
