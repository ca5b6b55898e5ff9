package org.tsunagu.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The mutual-aid part of the demo town gives every mutual-aid screen something to show: two
 * programmes with their members, last month's visits reported and settled into a closed month that
 * balances, a worry from a visit waiting as an intake, and this week's requests, some still open,
 * with a visit and an offer for the demo supporter and a recipient account for the demo member;
 * this year's annual fee billed and about half the members settled up.
 */
class AidDemoTownTest {

  @Test
  void shouldGiveEveryMutualAidScreenSomethingToShow() throws Exception {
    JdbcClient jdbc = LoadedDemoTown.get().jdbc();
    assertThat(count(jdbc, "SELECT count(*) FROM aid.programme")).isEqualTo(2);
    assertThat(count(jdbc, "SELECT count(*) FROM aid.member WHERE member_type = 'SUPPORTER'"))
        .isEqualTo(20);
    assertThat(count(jdbc, "SELECT count(*) FROM aid.activity_report")).isGreaterThan(20);
    assertThat(count(jdbc, "SELECT count(*) FROM aid.closed_month")).isEqualTo(2);
    assertThat(count(jdbc, "SELECT count(*) FROM aid.settlement WHERE status = 'CLOSED'"))
        .isEqualTo(2);
    assertThat(count(jdbc, "SELECT count(*) FROM aid.activity_report WHERE journal_id IS NULL"))
        .isZero();
    assertThat(
            count(
                jdbc,
                "SELECT count(*) FROM (SELECT programme_id, unit FROM aid.account GROUP BY"
                    + " programme_id, unit HAVING sum(balance) <> 0) x"))
        .isZero();
    assertThat(count(jdbc, "SELECT count(*) FROM aid.activity_report WHERE intake_id IS NOT NULL"))
        .isEqualTo(2);
    assertThat(count(jdbc, "SELECT count(*) FROM aid.help_request WHERE status = 'CANCELLED'"))
        .isEqualTo(2);
    assertThat(
            count(
                jdbc,
                "SELECT count(*) FROM aid.help_request WHERE status = 'OPEN' AND starts_at >"
                    + " now()"))
        .isGreaterThan(3);
    assertThat(
            count(
                jdbc,
                "SELECT count(*) FROM aid.assignment a JOIN aid.member m ON m.id = a.supporter_id"
                    + " JOIN platform.app_user u ON u.id = m.user_id WHERE u.username ="
                    + " 'supporter' AND a.status IN ('CONFIRMED','OFFERED')"))
        .isGreaterThanOrEqualTo(2);
    assertThat(
            count(
                jdbc,
                "SELECT count(*) FROM aid.member m JOIN platform.app_user u ON u.id = m.user_id"
                    + " WHERE u.username = 'member' AND m.member_type = 'RECIPIENT'"))
        .isEqualTo(1);
    assertThat(count(jdbc, "SELECT count(*) FROM aid.annual_fee"))
        .as("this year's annual fee billed to every member of both programmes")
        .isEqualTo(count(jdbc, "SELECT count(DISTINCT (programme_id, person_id)) FROM aid.member"));
    assertThat(count(jdbc, "SELECT count(*) FROM aid.money_move WHERE direction = 'RECEIVED'"))
        .isGreaterThan(5);
    assertThat(count(jdbc, "SELECT count(*) FROM aid.money_move WHERE direction = 'PAID_OUT'"))
        .isGreaterThan(3);
    assertThat(
            count(
                jdbc, "SELECT count(*) FROM aid.account WHERE kind = 'RECIPIENT' AND balance > 0"))
        .as("some members still owe, so the money page shows balances")
        .isGreaterThan(3);
  }

  private static long count(JdbcClient jdbc, String sql) {
    return jdbc.sql(sql).query(Long.class).single();
  }
}
