package org.tsunagu.demo.internal;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;

/** A migrated database of its own on the test run's PostgreSQL, dropped on close. */
final class ScratchDatabase implements AutoCloseable {

  // The run's server: the PostgreSQL server in CI, the embedded one elsewhere.
  private static final String SERVER = org.tsunagu.support.TestDatabase.serverUrl();
  private static final String USER = "postgres";

  private final String name;
  private final PGSimpleDataSource dataSource = new PGSimpleDataSource();

  ScratchDatabase() throws SQLException {
    this(true);
  }

  /** Without {@code migrated}, empty: the application migrates it when it starts on it. */
  ScratchDatabase(boolean migrated) throws SQLException {
    name = "tsunagu_demo_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    admin(
        "CREATE DATABASE "
            + name
            + " TEMPLATE template0 ENCODING 'UTF8'"
            + " LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'");
    dataSource.setUrl(SERVER + name);
    dataSource.setUser(USER);
    if (!migrated) {
      return;
    }
    Flyway.configure()
        .dataSource(SERVER + name, USER, "")
        .locations("classpath:db/migration")
        .schemas("platform", "people", "consultation")
        .createSchemas(true)
        .defaultSchema("platform")
        .load()
        .migrate();
  }

  DataSource dataSource() {
    return dataSource;
  }

  String url() {
    return SERVER + name;
  }

  @Override
  public void close() throws SQLException {
    admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
  }

  private static void admin(String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(SERVER + "postgres", USER, "");
        Statement st = c.createStatement()) {
      st.execute(sql);
    }
  }
}
