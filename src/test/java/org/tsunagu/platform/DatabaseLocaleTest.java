package org.tsunagu.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tsunagu.support.IntegrationTest;

@IntegrationTest
class DatabaseLocaleTest {

  @Autowired JdbcClient jdbc;

  @Test
  void shouldUseUtf8LocaleSoTrigramsWorkForJapanese() {
    String ctype = jdbc.sql("SHOW lc_ctype").query(String.class).single();
    assertThat(ctype).containsIgnoringCase("utf");
    String trigrams = jdbc.sql("SELECT show_trgm('山田太郎')::text").query(String.class).single();
    assertThat(trigrams).isNotEqualTo("{}");
  }

  @Test
  void shouldRunPostgres15OrLater() {
    int version = jdbc.sql("SHOW server_version_num").query(Integer.class).single();
    assertThat(version).isGreaterThanOrEqualTo(150000);
  }
}
