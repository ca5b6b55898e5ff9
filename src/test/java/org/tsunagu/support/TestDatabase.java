package org.tsunagu.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.tsunagu.platform.db.EmbeddedDatabaseStarter;

/**
 * The database of a test run, created fresh and dropped after: on the PostgreSQL server when {@code
 * CI=true} (the run fails if the server is unreachable), otherwise on an embedded PostgreSQL in a
 * temporary directory. One per JVM, shared by every Spring test context.
 */
public class TestDatabase implements EnvironmentPostProcessor, Ordered {

  /** Set by a test that starts the application as a developer does, on its own database. */
  public static final String OWN_DATABASE = "tsunagu.test.own-database";

  private static String url;

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication app) {
    if (env.getProperty(OWN_DATABASE, Boolean.class, false)) {
      return;
    }
    Map<String, Object> props = new HashMap<>();
    props.put("spring.datasource.url", url());
    props.put("spring.datasource.username", "postgres");
    props.put("spring.datasource.password", "");
    props.put("spring.datasource.hikari.maximum-pool-size", "8");
    props.put("tsunagu.audit.seal-interval", "PT1H");
    props.put("spring.thymeleaf.cache", "true");
    env.getPropertySources().addFirst(new MapPropertySource("tsunaguTestDatabase", props));
  }

  public static boolean onServer() {
    return "true".equalsIgnoreCase(System.getenv("CI"))
        || System.getenv("TSUNAGU_TEST_PG_HOST") != null;
  }

  public static synchronized String url() {
    if (url == null) {
      url = onServer() ? createOnServer() : startEmbedded();
    }
    return url;
  }

  /** The server of the run's database, as "jdbc:postgresql://host:port/", for scratch databases. */
  public static String serverUrl() {
    String u = url();
    return u.substring(0, u.lastIndexOf('/') + 1);
  }

  private static String createOnServer() {
    String host = System.getenv().getOrDefault("TSUNAGU_TEST_PG_HOST", "127.0.0.1");
    String port = System.getenv().getOrDefault("TSUNAGU_TEST_PG_PORT", "5432");
    String admin = "jdbc:postgresql://" + host + ":" + port + "/postgres";
    String name =
        "tsunagu_test_" + ProcessHandle.current().pid() + "_" + System.nanoTime() % 100000;
    try (Connection c = DriverManager.getConnection(admin, "postgres", "");
        var st = c.createStatement()) {
      st.execute(
          "CREATE DATABASE "
              + name
              + " TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'");
    } catch (SQLException e) {
      throw new IllegalStateException(
          "CI=true but the PostgreSQL server at " + host + ":" + port + " is not usable", e);
    }
    // Spring's shutdown handlers run after every context has closed (they still use the database).
    SpringApplication.getShutdownHandlers()
        .add(
            () -> {
              try (Connection c = DriverManager.getConnection(admin, "postgres", "");
                  var st = c.createStatement()) {
                st.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
              } catch (SQLException e) {
                System.err.println("Could not drop test database " + name);
              }
            });
    System.out.println("Tests run on the PostgreSQL server, database " + name);
    return "jdbc:postgresql://" + host + ":" + port + "/" + name;
  }

  private static String startEmbedded() {
    try {
      Path dir = Files.createTempDirectory("tsunagu-test-pg");
      var pg = EmbeddedDatabaseStarter.start(dir);
      SpringApplication.getShutdownHandlers()
          .add(
              () -> {
                try {
                  pg.close();
                  org.springframework.util.FileSystemUtils.deleteRecursively(dir);
                } catch (Exception e) {
                  System.err.println("Could not stop the embedded test database");
                }
              });
      System.out.println("Tests run on an embedded PostgreSQL");
      return "jdbc:postgresql://localhost:" + pg.getPort() + "/tsunagu";
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public int getOrder() {
    return Ordered.HIGHEST_PRECEDENCE;
  }
}
