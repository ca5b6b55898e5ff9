package org.tsunagu.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tsunagu.support.TestData.asUser;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.tsunagu.TsunaguApplication;
import org.tsunagu.support.IntegrationTest;
import org.tsunagu.support.TestDatabase;
import org.tsunagu.watch.internal.report.ObservationInput;
import org.tsunagu.watch.internal.report.Observations;

/**
 * Two application instances on one PostgreSQL walk the same alerts up their chains while every
 * deadline is made to pass at once, again and again; one instance is killed (SIGKILL) in the
 * middle. Every step of every alert is then told, timed out and recorded exactly once, every chain
 * reaches its end, and every message exists once and is handed over.
 */
@IntegrationTest
@Import(WatchFixture.class)
class WatchTwoNodesTest {

  static final int ALERTS = 40;
  static final int STEPS = 3;

  @Autowired WatchFixture fixture;
  @Autowired Observations observations;

  @Test
  void shouldRecordEveryStepExactlyOnceWithTwoNodesAndOneKilledMidChain() throws Exception {
    WatchFixture.Network n = fixture.network();
    List<Long> alerts = new ArrayList<>();
    for (int i = 0; i < ALERTS; i++) {
      long target = fixture.target(n);
      long observation =
          asUser(
                  n.driver(),
                  () ->
                      observations.report(
                          n.driver(),
                          new ObservationInput(target, List.of("NO_ANSWER"), false, null, null),
                          null))
              .id();
      alerts.add(fixture.count("SELECT id FROM watch.alert WHERE observation_id = ?", observation));
    }
    String ids = alerts.toString().replace("[", "(").replace("]", ")");
    Node a = Node.start("a");
    Node b = Node.start("b");
    try {
      a.awaitStarted();
      b.awaitStarted();
      long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
      boolean killed = false;
      while (System.nanoTime() < deadline) {
        // Every open alert's deadline passes now.
        fixture
            .jdbc()
            .sql(
                "UPDATE watch.alert SET step_due_at = now() WHERE status = 'OPEN' AND step_due_at IS NOT NULL AND id IN "
                    + ids)
            .update();
        long timedOut =
            fixture.count(
                "SELECT count(*) FROM watch.alert_event WHERE kind = 'TIMED_OUT' AND alert_id IN "
                    + ids);
        if (!killed && timedOut >= ALERTS) {
          a.kill();
          killed = true;
        }
        if (fixture.count("SELECT count(*) FROM watch.alert WHERE exhausted AND id IN " + ids)
                == ALERTS
            && fixture.count(
                    "SELECT count(*) FROM watch.message WHERE status IN ('PENDING', 'SENDING') AND alert_id IN "
                        + ids)
                == 0) {
          break;
        }
        Thread.sleep(300);
      }
      assertThat(killed).as("node a was killed mid-chain").isTrue();
      for (String kind : List.of("NOTIFIED", "TIMED_OUT")) {
        assertThat(
                fixture.count(
                    "SELECT count(*) FROM (SELECT alert_id, position FROM watch.alert_event WHERE kind = ? AND alert_id IN "
                        + ids
                        + " GROUP BY alert_id, position HAVING count(*) = 1) once",
                    kind))
            .as("each step %s once", kind)
            .isEqualTo((long) ALERTS * STEPS);
      }
      assertThat(
              fixture.count(
                  "SELECT count(*) FROM watch.alert_event WHERE kind = 'EXHAUSTED' AND alert_id IN "
                      + ids))
          .isEqualTo(ALERTS);
      assertThat(fixture.count("SELECT count(*) FROM watch.message WHERE alert_id IN " + ids))
          .isEqualTo((long) ALERTS * STEPS);
      assertThat(
              fixture.count(
                  "SELECT count(*) FROM watch.message WHERE status = 'KEPT' AND alert_id IN "
                      + ids))
          .as("every message handed over (kept: no mail server)")
          .isEqualTo((long) ALERTS * STEPS);
    } finally {
      a.kill();
      b.kill();
    }
  }

  /** An application instance in a JVM of its own, on the test's database, timers running fast. */
  record Node(String name, Process process, List<String> log) {

    static Node start(String name) throws Exception {
      Path java = Path.of(System.getProperty("java.home"), "bin", "java");
      Process p =
          new ProcessBuilder(
                  java.toString(),
                  "-Xmx384m",
                  "-cp",
                  System.getProperty("java.class.path"),
                  TsunaguApplication.class.getName(),
                  "--" + TestDatabase.OWN_DATABASE + "=true",
                  "--spring.datasource.url=" + TestDatabase.url(),
                  "--spring.datasource.username=postgres",
                  "--spring.datasource.hikari.maximum-pool-size=4",
                  "--server.port=0",
                  "--tsunagu.watch.tick=PT0.2S",
                  "--tsunagu.watch.send-interval=PT0.2S",
                  "--tsunagu.watch.send-lease=PT2S")
              .redirectErrorStream(true)
              .start();
      List<String> log = new CopyOnWriteArrayList<>();
      Thread reader =
          new Thread(
              () -> {
                try (var in =
                    new BufferedReader(
                        new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                  in.lines().forEach(log::add);
                } catch (java.io.IOException e) {
                  // the process ended
                }
              });
      reader.setDaemon(true);
      reader.start();
      return new Node(name, p, log);
    }

    void awaitStarted() throws InterruptedException {
      long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
      while (log.stream().noneMatch(l -> l.contains("Started TsunaguApplication"))) {
        assertThat(process.isAlive()).as("node %s running: %s", name, log).isTrue();
        assertThat(System.nanoTime()).as("node %s started in time", name).isLessThan(deadline);
        Thread.sleep(200);
      }
    }

    /** SIGKILL: no shutdown hook, no transaction finished. */
    void kill() throws InterruptedException {
      process.destroyForcibly();
      process.waitFor();
    }
  }
}
