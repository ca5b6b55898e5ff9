package org.tsunagu.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

class CityScaleGeneratorTest {

  @Test
  void generatesTheCityAtOneHundredthScale() throws Exception {
    try (ScratchDatabase db = new ScratchDatabase()) {
      List<String> progress = new ArrayList<>();
      CityScaleGenerator generator =
          new CityScaleGenerator(
              db.dataSource(),
              PasswordEncoderFactories.createDelegatingPasswordEncoder(),
              progress::add);
      CityScaleGenerator.Result result =
          generator.generate(CitySize.scaled(0.01), LocalDate.now(DemoTown.JAPAN));

      JdbcClient jdbc = JdbcClient.create(db.dataSource());
      assertThat(count(jdbc, "SELECT count(*) FROM people.area WHERE level = 'TOWN'"))
          .isEqualTo(1_705);
      assertThat(count(jdbc, "SELECT count(*) FROM people.area WHERE level = 'DISTRICT'"))
          .isEqualTo(18);
      assertThat(count(jdbc, "SELECT count(*) FROM people.area WHERE level = 'ASSOCIATION'"))
          .isBetween(330L, 360L);
      assertThat(count(jdbc, "SELECT count(*) FROM people.person")).isEqualTo(4_000);
      assertThat(
              count(
                  jdbc,
                  "SELECT count(*) FROM people.person WHERE living_alone"
                      + " AND age(birth_date) >= interval '65 years'"))
          .isGreaterThanOrEqualTo(2_000);
      assertThat(typeCounts(jdbc))
          .containsExactlyInAnyOrder(
              "COMMUNITY_CARE_CENTER 140",
              "COOP 3",
              "FOOD_BANK 10",
              "MEDICAL_COOP 2",
              "MUNICIPALITY 1",
              "NPO 60",
              "SELF_RELIANCE_SUPPORT 18",
              "SHAKYO 19");
      assertThat(
              count(
                  jdbc,
                  "SELECT count(*) FROM people.person p WHERE NOT EXISTS (SELECT 1 FROM"
                      + " people.relationship r WHERE r.person_id = p.id AND r.kind = 'REGISTERED'"
                      + " AND r.organization_id = p.registered_by)"))
          .isZero();
      // Every association is served by exactly one 包括.
      assertThat(
              count(
                  jdbc,
                  "SELECT count(*) FROM people.area a WHERE a.level = 'ASSOCIATION' AND 1 <>"
                      + " (SELECT count(*) FROM people.organization_area oa JOIN"
                      + " people.organization o ON o.id = oa.organization_id WHERE oa.area_id ="
                      + " a.id AND o.type = 'COMMUNITY_CARE_CENTER')"))
          .isZero();
      // The benchmark login sees every person, and its token is stored as a SHA-256 hash.
      long benchOrg =
          jdbc.sql("SELECT organization_id FROM platform.app_user WHERE username = 'bench'")
              .query(Long.class)
              .single();
      assertThat(
              count(
                  jdbc,
                  "SELECT count(*) FROM people.person WHERE people.visible_to(id, "
                      + benchOrg
                      + ")"))
          .isEqualTo(4_000);
      assertThat(
              count(
                  jdbc,
                  "SELECT count(*) FROM platform.api_token t JOIN platform.app_user u ON u.id ="
                      + " t.user_id WHERE u.username = 'bench' AND t.expires_at > now() + interval"
                      + " '29 days' AND t.token_hash = decode(encode(sha256(convert_to('"
                      + result.benchToken()
                      + "', 'UTF8')), 'hex'), 'hex')"))
          .isEqualTo(1);
      assertThat(count(jdbc, "SELECT count(*) FROM people.person WHERE postcode IS NULL")).isZero();
      assertThat(progress).isNotEmpty();

      assertThatThrownBy(() -> generator.generate(CitySize.scaled(0.01), LocalDate.now()))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("not empty");
    }
  }

  private static List<String> typeCounts(JdbcClient jdbc) {
    return jdbc.sql("SELECT type || ' ' || count(*) FROM people.organization GROUP BY type")
        .query(String.class)
        .list();
  }

  private static long count(JdbcClient jdbc, String sql) {
    return jdbc.sql(sql).query(Long.class).single();
  }
}
