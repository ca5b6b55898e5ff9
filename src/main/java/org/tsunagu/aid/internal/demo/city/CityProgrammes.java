package org.tsunagu.aid.internal.demo.city;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.util.Map;
import org.tsunagu.aid.internal.programme.Band;
import org.tsunagu.aid.internal.programme.FeeRules;
import org.tsunagu.aid.internal.programme.Rate;

/**
 * The programmes of the city-scale set: each ward 社協's 住民参加型 service (hourly fees of domain-facts,
 * time credits optional) and each co-op's くらしの助け合い, written with their rates and menu.
 */
final class CityProgrammes {

  static final String[][] MENU = {
    {"SHOPPING", "買い物", "false"},
    {"CLEANING", "掃除", "false"},
    {"COOKING", "調理", "false"},
    {"GARBAGE", "ゴミ出し", "false"},
    {"TALK", "話し相手", "false"},
    {"OUTING", "通院・外出付き添い", "true"}
  };

  private final Connection connection;

  CityProgrammes(Connection connection) {
    this.connection = connection;
  }

  CityProgramme shakyo(long org, String name, long staff, OffsetDateTime at) throws SQLException {
    FeeRules fees = fees(750, 600, 960, 800, LocalTime.of(6, 0), LocalTime.of(22, 0), 0);
    return write(org, name, staff, at, fees, 1000, "OPTIONAL");
  }

  CityProgramme coop(long org, String name, long staff, OffsetDateTime at) throws SQLException {
    FeeRules fees = fees(800, 700, 1000, 900, LocalTime.of(9, 0), LocalTime.of(18, 0), 100);
    return write(org, name, staff, at, fees, 1200, "NONE");
  }

  private static FeeRules fees(
      int day, int dayPay, int other, int otherPay, LocalTime from, LocalTime until, int perVisit) {
    return new FeeRules(
        0,
        4,
        60,
        30,
        240,
        from,
        until,
        MonthDay.of(12, 29),
        MonthDay.of(1, 3),
        1,
        60,
        true,
        perVisit,
        Map.of(
            Band.WEEKDAY, new Rate(Band.WEEKDAY, day, dayPay),
            Band.OUT_OF_HOURS, new Rate(Band.OUT_OF_HOURS, other, otherPay),
            Band.WEEKEND_HOLIDAY, new Rate(Band.WEEKEND_HOLIDAY, other, otherPay),
            Band.YEAR_END, new Rate(Band.YEAR_END, other, otherPay)));
  }

  private CityProgramme write(
      long org, String name, long staff, OffsetDateTime at, FeeRules f, int annual, String credits)
      throws SQLException {
    long id;
    try (PreparedStatement ps =
        connection.prepareStatement(
            "INSERT INTO aid.programme (organization_id, name, annual_fee_yen, minimum_minutes,"
                + " step_minutes, max_minutes_per_day, weekday_from, weekday_until,"
                + " cancel_free_days_before, cancel_same_day_minutes, cancel_no_notice_full,"
                + " payout_per_visit_yen, time_credits, created_at, created_by) VALUES (?, ?, ?,"
                + " 60, 30, 240, ?, ?, 1, 60, true, ?, ?, ?, ?) RETURNING id")) {
      ps.setLong(1, org);
      ps.setString(2, name);
      ps.setInt(3, annual);
      ps.setObject(4, f.weekdayFrom());
      ps.setObject(5, f.weekdayUntil());
      ps.setInt(6, f.payoutPerVisitYen());
      ps.setString(7, credits);
      ps.setObject(8, at);
      ps.setLong(9, staff);
      id = single(ps);
    }
    for (Rate r : f.rates().values()) {
      try (PreparedStatement ps =
          connection.prepareStatement("INSERT INTO aid.rate VALUES (?, ?, ?, ?)")) {
        ps.setLong(1, id);
        ps.setString(2, r.band().name());
        ps.setInt(3, r.recipientYenPerHour());
        ps.setInt(4, r.supporterYenPerHour());
        ps.executeUpdate();
      }
    }
    long[] menu = new long[MENU.length];
    for (int i = 0; i < MENU.length; i++) {
      try (PreparedStatement ps =
          connection.prepareStatement(
              "INSERT INTO aid.menu_item (programme_id, code, name, needs_driving) VALUES (?, ?,"
                  + " ?, ?) RETURNING id")) {
        ps.setLong(1, id);
        ps.setString(2, MENU[i][0]);
        ps.setString(3, MENU[i][1]);
        ps.setBoolean(4, Boolean.parseBoolean(MENU[i][2]));
        menu[i] = single(ps);
      }
    }
    return new CityProgramme(id, org, staff, f, menu);
  }

  private static long single(PreparedStatement ps) throws SQLException {
    try (ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
