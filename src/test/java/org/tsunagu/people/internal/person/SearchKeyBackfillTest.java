package org.tsunagu.people.internal.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tsunagu.people.OrganizationType;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.Role;
import org.tsunagu.platform.text.JapaneseText;
import org.tsunagu.support.IntegrationTest;
import org.tsunagu.support.TestData;

@IntegrationTest
class SearchKeyBackfillTest {

  @Autowired TestData data;
  @Autowired JdbcClient jdbc;
  @Autowired DataSource dataSource;
  @Autowired SearchKeyBackfill backfill;

  @Test
  void shouldRewriteKeysStoredWithAnEarlierFoldingAndLeaveCurrentOnesAlone() throws Exception {
    CurrentUser coordinator =
        data.user(data.organization(OrganizationType.SHAKYO), Role.COORDINATOR);
    long stale =
        data.register(coordinator, TestData.person("齋藤", "京子", "さいとう", "きょうこ", "1950-05-05"));
    // As the keys were written before: whole name folded at once, no reading folds.
    jdbc.sql("UPDATE people.person SET name_key = '齋藤京子', kana_key = 'サイトウキョウコ' WHERE id = ?")
        .param(stale)
        .update();

    try (Connection connection = dataSource.getConnection()) {
      assertThat(backfill.backfill(connection)).isPositive();
      assertThat(backfill.backfill(connection)).isZero();
    }

    assertThat(key("name_key", stale)).isEqualTo(JapaneseText.nameKey("斉藤", "京子"));
    assertThat(key("kana_key", stale)).isEqualTo(JapaneseText.nameKey("サイトー", "キヨウコ"));
  }

  private String key(String column, long id) {
    return jdbc.sql("SELECT " + column + " FROM people.person WHERE id = ?")
        .param(id)
        .query(String.class)
        .single();
  }
}
