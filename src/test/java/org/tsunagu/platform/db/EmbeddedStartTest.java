package org.tsunagu.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tsunagu.TsunaguApplication;
import org.tsunagu.support.TestDatabase;

/**
 * The README's first command: no datasource URL, so an embedded PostgreSQL and the demo town; and a
 * stop (Ctrl-C, SIGTERM) that takes seconds and logs no error, the database stopping last.
 */
@ExtendWith(OutputCaptureExtension.class)
class EmbeddedStartTest {

  @TempDir Path dir;

  @Test
  void shouldStartOnTheEmbeddedDatabaseWithTheDemoTownAndStopItLast(CapturedOutput output) {
    ConfigurableApplicationContext context =
        // As arguments, which (unlike default properties) override application.properties.
        new SpringApplicationBuilder(TsunaguApplication.class)
            .run(
                "--" + TestDatabase.OWN_DATABASE + "=true",
                "--tsunagu.embedded-db.dir=" + dir.resolve("pg"),
                "--server.port=0",
                "--tsunagu.audit.seal-interval=PT1H");
    assertThat(context.getEnvironment().getProperty("spring.datasource.url"))
        .startsWith("jdbc:postgresql://localhost:");
    assertThat(
            context
                .getBean(JdbcClient.class)
                .sql("SELECT count(*) FROM platform.app_user WHERE username = 'admin'")
                .query(Long.class)
                .single())
        .isEqualTo(1);
    // The modules' contributors ran in the same load: the consultation module's demo referrals.
    assertThat(
            context
                .getBean(JdbcClient.class)
                .sql("SELECT count(*) FROM consultation.referral")
                .query(Long.class)
                .single())
        .isPositive();
    assertThat(dir.resolve("pg/postmaster.pid")).exists();

    int before = output.getAll().length();
    long started = System.nanoTime();
    context.close();

    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
    assertThat(dir.resolve("pg/postmaster.pid")).doesNotExist();
    assertThat(problems(output.getAll().substring(before).lines().toList())).isEmpty();
  }

  @Test
  void shouldStopWithinSecondsAndWithoutErrorsOnSigterm() throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process app =
        new ProcessBuilder(
                java.toString(),
                "-Xmx384m",
                "-cp",
                System.getProperty("java.class.path"),
                TsunaguApplication.class.getName(),
                "--" + TestDatabase.OWN_DATABASE + "=true",
                "--tsunagu.embedded-db.dir=" + dir.resolve("pg"),
                "--server.port=0")
            .redirectErrorStream(true)
            .start();
    List<String> lines = new CopyOnWriteArrayList<>();
    Thread reader =
        new Thread(
            () -> {
              try (var in =
                  new BufferedReader(
                      new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8))) {
                in.lines().forEach(lines::add);
              } catch (java.io.IOException e) {
                // the process ended
              }
            });
    reader.start();
    try {
      long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
      while (lines.stream().noneMatch(l -> l.contains("Started TsunaguApplication"))) {
        assertThat(app.isAlive()).as("application running: %s", lines).isTrue();
        assertThat(System.nanoTime()).as("started in time").isLessThan(deadline);
        Thread.sleep(200);
      }
      int before = lines.size();
      long stopping = System.nanoTime();
      app.destroy(); // SIGTERM

      assertThat(app.waitFor(60, TimeUnit.SECONDS)).as("stopped: %s", lines).isTrue();
      assertThat(Duration.ofNanos(System.nanoTime() - stopping)).isLessThan(Duration.ofSeconds(10));
      reader.join(5_000);
      assertThat(problems(lines.subList(before, lines.size()))).isEmpty();
      assertThat(dir.resolve("pg/postmaster.pid")).doesNotExist();
    } finally {
      app.destroyForcibly();
      OrphanServer.stopIfRunning(dir.resolve("pg"));
    }
  }

  private static List<String> problems(List<String> log) {
    return log.stream().filter(l -> l.contains(" ERROR ") || l.contains(" WARN ")).toList();
  }
}
