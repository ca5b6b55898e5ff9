package org.tsunagu.platform.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tsunagu.support.IntegrationTest;
import org.tsunagu.support.TestData;

/** Keys older than the keeping period are forgotten; recent ones stay to answer a retry. */
@IntegrationTest
class IdempotencyKeySweeperTest {

  @Autowired IdempotencyKeySweeper sweeper;
  @Autowired JdbcClient jdbc;

  @Test
  void forgetsKeysOlderThanThirtyDaysOnly() {
    String old = TestData.unique("old-key");
    String recent = TestData.unique("recent-key");
    insert(old, "now() - interval '31 days'");
    insert(recent, "now() - interval '29 days'");

    sweeper.sweepScheduled();

    assertThat(count(old)).isZero();
    assertThat(count(recent)).isOne();
  }

  private void insert(String key, String createdAt) {
    jdbc.sql(
            "INSERT INTO platform.idempotent_request (owner_kind, owner_id, operation, key,"
                + " request_hash, result_id, created_at) VALUES ('USER', 1, 'test', ?, 'h', 1, "
                + createdAt
                + ")")
        .param(key)
        .update();
  }

  private long count(String key) {
    return jdbc.sql("SELECT count(*) FROM platform.idempotent_request WHERE key = ?")
        .param(key)
        .query(Long.class)
        .single();
  }
}
