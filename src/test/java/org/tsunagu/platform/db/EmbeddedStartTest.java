package org.tsunagu.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tsunagu.TsunaguApplication;
import org.tsunagu.support.TestDatabase;

/** The README's first command: no datasource URL, so an embedded PostgreSQL and the demo town. */
class EmbeddedStartTest {

  @TempDir Path dir;

  @Test
  void shouldStartOnTheEmbeddedDatabaseWithTheDemoTown() {
    try (ConfigurableApplicationContext context = start()) {
      assertThat(context.getEnvironment().getProperty("spring.datasource.url"))
          .startsWith("jdbc:postgresql://localhost:");
      assertThat(
              context
                  .getBean(JdbcClient.class)
                  .sql("SELECT count(*) FROM platform.app_user WHERE username = 'admin'")
                  .query(Long.class)
                  .single())
          .isEqualTo(1);
    }
  }

  private ConfigurableApplicationContext start() {
    return new SpringApplicationBuilder(TsunaguApplication.class)
        .properties(
            TestDatabase.OWN_DATABASE + "=true",
            "tsunagu.embedded-db.dir=" + dir.resolve("pg"),
            "server.port=0",
            "tsunagu.audit.seal-interval=PT1H")
        .run();
  }
}
