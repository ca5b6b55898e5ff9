package org.tsunagu.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.tsunagu.demo.DemoLogin;
import org.tsunagu.platform.text.JapaneseText;

class DemoTownTest {

  @Test
  void loadsTheDemoTownOnceIntoAnEmptyDatabase() throws Exception {
    PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    LocalDate today = LocalDate.now(DemoTown.JAPAN);
    try (ScratchDatabase db = new ScratchDatabase()) {
      DemoTown town = new DemoTown(db.dataSource(), encoder);
      long started = System.nanoTime();
      assertThat(town.load(today)).isTrue();
      assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(3_000);
      assertThat(town.load(today)).isFalse();

      JdbcClient jdbc = JdbcClient.create(db.dataSource());
      assertThat(count(jdbc, "SELECT count(*) FROM people.area WHERE level = 'TOWN'"))
          .isEqualTo(109);
      assertThat(count(jdbc, "SELECT count(*) FROM people.area WHERE level = 'DISTRICT'"))
          .isEqualTo(4);
      assertThat(count(jdbc, "SELECT count(*) FROM people.area WHERE level = 'ASSOCIATION'"))
          .isBetween(20L, 30L);
      assertThat(count(jdbc, "SELECT count(*) FROM people.person")).isBetween(495L, 510L);
      assertThat(
              count(
                  jdbc,
                  "SELECT count(*) FROM people.person p WHERE NOT EXISTS (SELECT 1 FROM"
                      + " people.relationship r WHERE r.person_id = p.id AND r.kind = 'REGISTERED'"
                      + " AND r.organization_id = p.registered_by)"))
          .isZero();
      assertThat(count(jdbc, "SELECT count(*) FROM people.organization_domain")).isGreaterThan(20);
      assertThat(
              count(
                  jdbc,
                  "SELECT count(*) FROM people.organization o WHERE NOT EXISTS (SELECT 1 FROM"
                      + " people.organization_area a WHERE a.organization_id = o.id)"))
          .isZero();
      assertThat(count(jdbc, "SELECT count(*) FROM people.household")).isGreaterThan(50);
      assertThat(
              count(
                  jdbc,
                  "SELECT count(*) FROM people.consent WHERE ends_on BETWEEN current_date"
                      + " AND current_date + 30"))
          .isGreaterThan(0);
      assertThat(count(jdbc, "SELECT count(*) FROM people.duplicate_candidate")).isEqualTo(1);

      // Older than average, and about 40% of those aged 65+ live alone.
      Map<String, Object> elderly =
          jdbc.sql(
                  "SELECT count(*) FILTER (WHERE age(birth_date) >= interval '65 years') AS old,"
                      + " count(*) FILTER (WHERE age(birth_date) >= interval '65 years'"
                      + " AND living_alone) AS alone, count(*) AS total FROM people.person")
              .query()
              .singleRow();
      double old = ((Number) elderly.get("old")).doubleValue();
      assertThat(old / ((Number) elderly.get("total")).doubleValue()).isGreaterThan(0.3);
      assertThat(((Number) elderly.get("alone")).doubleValue() / old).isBetween(0.3, 0.5);

      List<Map<String, Object>> persons =
          jdbc.sql(
                  "SELECT family_name, given_name, family_kana, given_kana, name_key, kana_key"
                      + " FROM people.person")
              .query()
              .listOfRows();
      assertThat(persons)
          .allSatisfy(
              p -> {
                String nameKey =
                    JapaneseText.searchKey((String) p.get("family_name") + p.get("given_name"));
                String kanaKey =
                    JapaneseText.searchKey((String) p.get("family_kana") + p.get("given_kana"));
                assertThat(p.get("name_key")).isEqualTo(nameKey);
                assertThat(p.get("kana_key")).isEqualTo(kanaKey);
                assertThat(p.get("family_kana"))
                    .isEqualTo(JapaneseText.toKatakana((String) p.get("family_kana")));
              });

      List<Map<String, Object>> users =
          jdbc.sql(
                  "SELECT u.username, u.role, u.password_hash, o.name FROM platform.app_user u"
                      + " JOIN people.organization o ON o.id = u.organization_id")
              .query()
              .listOfRows();
      assertThat(users).hasSize(12);
      assertThat(users)
          .allSatisfy(
              u ->
                  assertThat(encoder.matches(DemoLogin.PASSWORD, (String) u.get("password_hash")))
                      .isTrue());
      assertThat(users.stream().map(u -> List.of(u.get("username"), u.get("role"), u.get("name"))))
          .containsExactlyInAnyOrderElementsOf(
              DemoTown.logins().stream()
                  .map(l -> List.<Object>of(l.username(), l.role(), l.organization()))
                  .toList());
      assertThat(DemoTown.logins().stream().map(DemoLogin::role).distinct()).hasSize(12);
    }
  }

  private static long count(JdbcClient jdbc, String sql) {
    return jdbc.sql(sql).query(Long.class).single();
  }
}
