package org.tsunagu.aid.internal.batch;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A programme's open requests of a week as the batch weighs them, with where they are, and what
 * their recipients want: whom they asked for or not, and who helped them in the last half year.
 */
@Component
class WeekDemand {

  record Request(
      long id,
      long recipientId,
      long menuItemId,
      boolean needsDriving,
      Instant startsAt,
      int minutes,
      Long areaId,
      Double latitude,
      Double longitude) {}

  /** The requests, and per recipient: wishes by supporter, and visits by supporter. */
  record Demand(
      List<Request> requests,
      Map<Long, Map<Long, String>> wishes,
      Map<Long, Map<Long, Integer>> helpedBefore) {}

  private final JdbcClient jdbc;

  WeekDemand(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Demand of(long programmeId, Instant weekStart, Instant weekEnd, Instant now) {
    List<Request> requests =
        jdbc.sql(
                "SELECT h.id, h.recipient_id, h.menu_item_id, i.needs_driving, h.starts_at,"
                    + " h.minutes, h.area_id, a.latitude, a.longitude FROM aid.help_request h JOIN"
                    + " aid.menu_item i ON i.id = h.menu_item_id LEFT JOIN people.area_place a ON"
                    + " a.id = h.area_id WHERE h.programme_id = ? AND h.status = 'OPEN' AND"
                    + " h.starts_at >= ? AND h.starts_at < ? ORDER BY h.starts_at, h.id")
            .params(programmeId, Timestamp.from(weekStart), Timestamp.from(weekEnd))
            .query(Request.class)
            .list();
    Map<Long, Map<Long, String>> wishes = new HashMap<>();
    jdbc.sql(
            "SELECT p.recipient_id, p.supporter_id, p.kind FROM aid.preference p JOIN aid.member m"
                + " ON m.id = p.recipient_id WHERE m.programme_id = ?")
        .param(programmeId)
        .query(
            (RowCallbackHandler)
                rs ->
                    wishes
                        .computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                        .put(rs.getLong(2), rs.getString(3)));
    Map<Long, Map<Long, Integer>> before = new HashMap<>();
    jdbc.sql(
            "SELECT h.recipient_id, r.supporter_id, count(*)::int FROM aid.activity_report r JOIN"
                + " aid.help_request h ON h.id = r.request_id WHERE r.programme_id = ? AND"
                + " r.started_at >= ? AND r.started_at < ? GROUP BY h.recipient_id,"
                + " r.supporter_id")
        .params(programmeId, Timestamp.from(now.minusSeconds(180L * 86_400)), Timestamp.from(now))
        .query(
            (RowCallbackHandler)
                rs ->
                    before
                        .computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                        .put(rs.getLong(2), rs.getInt(3)));
    return new Demand(new ArrayList<>(requests), wishes, before);
  }
}
