package org.tsunagu.demo.internal;

import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.transaction.PlatformTransactionManager;
import org.tsunagu.TsunaguApplication;
import org.tsunagu.platform.demo.DemoDataContributor;
import org.tsunagu.support.TestDatabase;

/**
 * The demo town as the application loads it, once per test run: the application started on a
 * scratch database of its own with the demo off (so nothing loads at start), the demo town
 * assembled from its beans with every module's contributor, as {@link DemoTown} is, and loaded
 * through it; the database is dropped when the run ends.
 */
final class LoadedDemoTown {

  /** The loaded town, the application it was loaded through, and how long the load took. */
  record Loaded(
      DemoTown town, ConfigurableApplicationContext application, LocalDate today, long loadMillis) {

    JdbcClient jdbc() {
      return application.getBean(JdbcClient.class);
    }

    <T> T bean(Class<T> type) {
      return application.getBean(type);
    }
  }

  private static Loaded loaded;
  private static RuntimeException failed;

  private LoadedDemoTown() {}

  static synchronized Loaded get() throws SQLException {
    if (failed != null) {
      throw failed;
    }
    if (loaded == null) {
      try {
        loaded = load();
      } catch (RuntimeException e) {
        failed = e;
        throw e;
      }
    }
    return loaded;
  }

  private static Loaded load() throws SQLException {
    ScratchDatabase db = new ScratchDatabase(false);
    SpringApplication.getShutdownHandlers().add(() -> drop(db));
    ConfigurableApplicationContext application =
        new SpringApplicationBuilder(TsunaguApplication.class)
            .run(
                "--" + TestDatabase.OWN_DATABASE + "=true",
                "--spring.datasource.url=" + db.url(),
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=",
                "--spring.datasource.hikari.maximum-pool-size=4",
                "--server.port=0",
                "--tsunagu.audit.seal-interval=PT1H");
    Clock clock = application.getBean(Clock.class);
    DemoTown town =
        new DemoTown(
            application.getBean(DataSource.class),
            PasswordEncoderFactories.createDelegatingPasswordEncoder(),
            application.getBean(PlatformTransactionManager.class),
            clock,
            contributors(application.getAutowireCapableBeanFactory()));
    LocalDate today = LocalDate.now(clock);
    long started = System.nanoTime();
    if (!town.load(today)) {
      throw new IllegalStateException("the scratch database already had a town");
    }
    return new Loaded(town, application, today, (System.nanoTime() - started) / 1_000_000);
  }

  /** Every module's contributor, made from the application's beans as the demo switch would. */
  private static List<DemoDataContributor> contributors(AutowireCapableBeanFactory beans) {
    StandardEnvironment demoOn = new StandardEnvironment();
    demoOn
        .getPropertySources()
        .addFirst(new MapPropertySource("demo", Map.of("tsunagu.demo.enabled", "true")));
    ClassPathScanningCandidateComponentProvider scan =
        new ClassPathScanningCandidateComponentProvider(false, demoOn);
    scan.addIncludeFilter(new AssignableTypeFilter(DemoDataContributor.class));
    List<DemoDataContributor> found = new ArrayList<>();
    for (BeanDefinition candidate : scan.findCandidateComponents("org.tsunagu")) {
      try {
        Class<?> type = Class.forName(candidate.getBeanClassName());
        found.add((DemoDataContributor) beans.createBean(type));
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(e);
      }
    }
    if (found.isEmpty()) {
      throw new IllegalStateException("no demo contributor found");
    }
    return found;
  }

  private static void drop(ScratchDatabase db) {
    try {
      db.close();
    } catch (SQLException e) {
      // The run's server stopped first: the scratch database went with it.
    }
  }
}
