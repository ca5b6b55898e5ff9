package org.tsunagu.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The watch-over part of the demo town gives every watch-over screen something to show: an
 * agreement with its chain, two dozen watched persons on the driver's round with weeks of
 * deliveries, one alert half-way up its chain and one closed with an outcome, the disaster support
 * registry and a past safety check.
 */
class WatchDemoTownTest {

  @Test
  void shouldGiveEveryWatchScreenSomethingToShow() throws Exception {
    JdbcClient jdbc = LoadedDemoTown.get().jdbc();
    assertThat(count(jdbc, "SELECT count(*) FROM watch.agreement")).isEqualTo(1);
    assertThat(count(jdbc, "SELECT count(*) FROM watch.chain_step WHERE agreement_id IS NOT NULL"))
        .isEqualTo(4);
    assertThat(count(jdbc, "SELECT count(*) FROM watch.target WHERE active")).isEqualTo(24);
    assertThat(count(jdbc, "SELECT count(*) FROM watch.check_in")).isGreaterThan(60);
    assertThat(count(jdbc, "SELECT count(*) FROM watch.expected_contact WHERE next_due_at < now()"))
        .as("no delivery overdue at load: the timers start quiet")
        .isZero();
    assertThat(
            count(
                jdbc,
                "SELECT count(*) FROM watch.alert WHERE status = 'OPEN' AND step_position >= 2 AND step_due_at > now()"))
        .as("one alert half-way up its chain, still walking")
        .isEqualTo(1);
    assertThat(
            count(
                jdbc,
                "SELECT count(*) FROM watch.alert WHERE status = 'CLOSED' AND outcome = 'SAFE'"))
        .isEqualTo(1);
    assertThat(count(jdbc, "SELECT count(*) FROM watch.message")).isGreaterThanOrEqualTo(3);
    assertThat(count(jdbc, "SELECT count(*) FROM watch.disaster_registrant")).isEqualTo(8);
    assertThat(count(jdbc, "SELECT count(*) FROM watch.campaign WHERE closed_at IS NOT NULL"))
        .isEqualTo(1);
    assertThat(count(jdbc, "SELECT count(*) FROM watch.safety_check WHERE status = 'SAFE'"))
        .isGreaterThan(5);
  }

  private static long count(JdbcClient jdbc, String sql) {
    return jdbc.sql(sql).query(Long.class).single();
  }
}
