package org.tsunagu.aid.internal.batch;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A programme's supporters as the batch weighs them, read in a few statements for the whole week:
 * skills, areas, weekly hours, insurance, driving, cap, and the visits they already hold.
 */
@Component
class WeekSupply {

  record Slot(int weekday, LocalTime starts, LocalTime ends) {}

  record Held(Instant start, Instant end, int minutes) {}

  /** One supporter's facts; mutable sets filled as the rows come. */
  record Supporter(
      long memberId,
      Double latitude,
      Double longitude,
      LocalDate insuranceUntil,
      boolean driver,
      Integer capMinutes,
      Set<Long> skills,
      Set<Long> areas,
      List<Slot> slots,
      List<Held> held) {

    int plannedMinutes() {
      return held.stream().mapToInt(Held::minutes).sum();
    }

    boolean freeAt(int weekday, LocalTime from, LocalTime until) {
      for (Slot s : slots) {
        if (s.weekday() == weekday && !s.starts().isAfter(from) && !s.ends().isBefore(until)) {
          return true;
        }
      }
      return false;
    }

    boolean busy(Instant start, Instant end) {
      for (Held h : held) {
        if (h.start().isBefore(end) && start.isBefore(h.end())) {
          return true;
        }
      }
      return false;
    }
  }

  private final JdbcClient jdbc;

  WeekSupply(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Map<Long, Supporter> of(long programmeId, Instant weekStart, Instant weekEnd) {
    Map<Long, Supporter> all = new HashMap<>();
    jdbc.sql(
            "SELECT s.member_id, s.latitude, s.longitude, s.insurance_until, s.drives AND"
                + " s.transport_course_on IS NOT NULL AS driver, s.max_minutes_per_week FROM"
                + " aid.supporter s JOIN aid.member m ON m.id = s.member_id WHERE m.programme_id"
                + " = ? AND m.left_on IS NULL")
        .param(programmeId)
        .query(
            (RowCallbackHandler)
                rs ->
                    all.put(
                        rs.getLong(1),
                        new Supporter(
                            rs.getLong(1),
                            (Double) rs.getObject(2),
                            (Double) rs.getObject(3),
                            rs.getObject(4, LocalDate.class),
                            rs.getBoolean(5),
                            (Integer) rs.getObject(6),
                            new HashSet<>(),
                            new HashSet<>(),
                            new ArrayList<>(),
                            new ArrayList<>())));
    each(
        "SELECT k.member_id, k.menu_item_id FROM aid.supporter_skill k JOIN aid.member m ON m.id ="
            + " k.member_id WHERE m.programme_id = ?",
        programmeId,
        (s, rs) -> s.skills().add(rs.getLong(2)),
        all);
    each(
        "SELECT a.member_id, a.area_id FROM aid.supporter_area a JOIN aid.member m ON m.id ="
            + " a.member_id WHERE m.programme_id = ?",
        programmeId,
        (s, rs) -> s.areas().add(rs.getLong(2)),
        all);
    each(
        "SELECT v.member_id, v.weekday, v.starts, v.ends FROM aid.availability v JOIN aid.member"
            + " m ON m.id = v.member_id WHERE m.programme_id = ?",
        programmeId,
        (s, rs) ->
            s.slots()
                .add(
                    new Slot(
                        rs.getInt(2),
                        rs.getObject(3, LocalTime.class),
                        rs.getObject(4, LocalTime.class))),
        all);
    jdbc.sql(
            "SELECT a.supporter_id, h.starts_at, h.minutes FROM aid.assignment a JOIN"
                + " aid.help_request h ON h.id = a.request_id WHERE h.programme_id = ? AND"
                + " a.status = 'CONFIRMED' AND h.status <> 'CANCELLED' AND h.starts_at >= ? AND"
                + " h.starts_at < ?")
        .params(programmeId, Timestamp.from(weekStart), Timestamp.from(weekEnd))
        .query(
            (RowCallbackHandler)
                rs -> {
                  Supporter s = all.get(rs.getLong(1));
                  if (s != null) {
                    Instant start = rs.getTimestamp(2).toInstant();
                    int minutes = rs.getInt(3);
                    s.held().add(new Held(start, start.plusSeconds(60L * minutes), minutes));
                  }
                });
    return all;
  }

  private interface Row {
    void fill(Supporter s, java.sql.ResultSet rs) throws java.sql.SQLException;
  }

  private void each(String sql, long programmeId, Row row, Map<Long, Supporter> all) {
    jdbc.sql(sql)
        .param(programmeId)
        .query(
            (RowCallbackHandler)
                rs -> {
                  Supporter s = all.get(rs.getLong(1));
                  if (s != null) {
                    row.fill(s, rs);
                  }
                });
  }
}
