package org.tsunagu.platform.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Starts a real PostgreSQL from Maven Central binaries when no {@code spring.datasource.url} is
 * configured, so that one command runs Tsunagu on a machine with only a JDK, with the demo town
 * ({@code tsunagu.demo.enabled} defaults to true here only). Production sets the URL and never
 * reaches this code.
 */
public class EmbeddedDatabaseStarter implements EnvironmentPostProcessor, Ordered {

  private static EmbeddedPostgres server;

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication app) {
    if (env.containsProperty("spring.datasource.url")) {
      return;
    }
    Path dir = Path.of(env.getProperty("tsunagu.embedded-db.dir", "./var/pg")).toAbsolutePath();
    int port = startOnce(dir);
    app.addInitializers(EmbeddedDatabaseStarter::stopAfterEveryBean);
    env.getPropertySources()
        .addFirst(
            new MapPropertySource(
                "tsunaguEmbeddedDatabase",
                Map.of(
                    "spring.datasource.url", "jdbc:postgresql://localhost:" + port + "/tsunagu",
                    "spring.datasource.username", "postgres",
                    "spring.datasource.password", "")));
    // A developer's database: the demo town unless asked otherwise. With a URL it stays off.
    env.getPropertySources()
        .addLast(
            new MapPropertySource(
                "tsunaguEmbeddedDatabaseDefaults", Map.of("tsunagu.demo.enabled", "true")));
  }

  /**
   * Stops the server when the context closes, after everything that uses it: a disposable
   * registered before any bean is destroyed after all of them (the pool, the event publication
   * registry, the schedulers). The server's own JVM shutdown hook is off, since it would stop the
   * database while the context is still closing.
   */
  private static void stopAfterEveryBean(ConfigurableApplicationContext context) {
    if (context.getBeanFactory() instanceof DefaultSingletonBeanRegistry registry) {
      registry.registerDisposableBean("tsunaguEmbeddedDatabase", EmbeddedDatabaseStarter::stop);
    }
  }

  private static synchronized void stop() throws IOException {
    if (server != null) {
      server.close();
      server = null;
    }
  }

  private static synchronized int startOnce(Path dir) {
    if (server == null) {
      server = start(dir);
    }
    return server.getPort();
  }

  /**
   * Starts (durably: fsync and synchronous commit on) the server in dir, creating it if new. The
   * caller stops it (no JVM shutdown hook).
   */
  public static EmbeddedPostgres start(Path dir) {
    try {
      Files.createDirectories(dir);
      OrphanServer.stopIfRunning(dir);
      EmbeddedPostgres pg =
          EmbeddedPostgres.builder()
              .setDataDirectory(dir)
              .setCleanDataDirectory(false)
              .setLocaleConfig("locale", "C.UTF-8")
              .setLocaleConfig("encoding", "UTF8")
              .setServerConfig("fsync", "on")
              .setServerConfig("synchronous_commit", "on")
              .setServerConfig("max_connections", "200")
              .setRegisterShutdownHook(false)
              .start();
      createDatabase(pg);
      return pg;
    } catch (IOException | SQLException e) {
      throw new IllegalStateException("Embedded PostgreSQL did not start in " + dir, e);
    }
  }

  private static void createDatabase(EmbeddedPostgres pg) throws SQLException {
    try (Connection c = pg.getPostgresDatabase().getConnection();
        var st = c.createStatement();
        var rs = st.executeQuery("SELECT 1 FROM pg_database WHERE datname = 'tsunagu'")) {
      if (!rs.next()) {
        st.execute(
            "CREATE DATABASE tsunagu TEMPLATE template0 ENCODING 'UTF8'"
                + " LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'");
      }
    }
  }

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }
}
