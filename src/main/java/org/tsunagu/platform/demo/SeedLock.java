package org.tsunagu.platform.demo;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Locks a module's table against another load on the same connection's transaction, and says
 * whether it holds rows.
 */
public final class SeedLock {

  private SeedLock() {}

  public static boolean holdsData(Connection connection, String table) throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute("LOCK TABLE " + table + " IN SHARE ROW EXCLUSIVE MODE");
      try (ResultSet r = s.executeQuery("SELECT EXISTS (SELECT 1 FROM " + table + ")")) {
        r.next();
        return r.getBoolean(1);
      }
    }
  }
}
