package org.tsunagu.aid.internal.matching;

import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tsunagu.aid.internal.request.HelpRequest;

/**
 * The supporters who could take a request: active in the programme, with the service among their
 * skills and the visit inside their weekly hours, not the recipient themselves. What ranking weighs
 * comes with each (area, past visits to the recipient, load this week and over 90 days, the
 * recipient's wish, another visit at that time), read only for the few weighed, so that a city's
 * programme of thousands of supporters ranks in milliseconds.
 */
@Component
class Candidates {

  private final JdbcClient jdbc;

  Candidates(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** How many of the nearest eligible supporters are weighed, besides the recipient's own. */
  static final int NEAREST = 40;

  /**
   * How many supporters of any programme nearest the request are looked through for those {@link
   * #NEAREST}: a nearest-first index scan that stops there, where searching the programme's
   * eligible supporters for the nearest read thousands of rows.
   */
  static final int SCANNED = 1000;

  /**
   * The candidates: the {@link #NEAREST} eligible supporters nearest the request among the {@link
   * #SCANNED} nearest of any programme (ranking leaves out those beyond {@link Ranking#NEAR_KM}),
   * and every eligible one who helped the recipient before or whom the recipient named. Without a
   * place, the first by id.
   */
  List<Candidate> of(HelpRequest r, ZoneId zone, Double latitude, Double longitude) {
    boolean placed = latitude != null && longitude != null;
    LocalDateTime start = LocalDateTime.ofInstant(r.startsAt(), zone);
    LocalDateTime end = start.plusMinutes(r.minutes());
    LocalDateTime weekStart =
        start.toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).atStartOfDay();
    String eligible =
        " JOIN aid.member m ON m.id = s.member_id AND m.programme_id = :programme AND m.left_on IS"
            + " NULL AND m.person_id <> :recipientPerson WHERE EXISTS (SELECT 1 FROM"
            + " aid.supporter_skill k WHERE k.member_id = s.member_id AND k.menu_item_id = :item)"
            + " AND EXISTS (SELECT 1 FROM aid.availability av WHERE av.member_id = s.member_id AND"
            + " av.weekday = :weekday AND av.starts <= :fromTime AND av.ends >= :untilTime)";
    Map<String, Object> params = new HashMap<>();
    params.put("recipient", r.recipientId());
    params.put("recipientPerson", r.recipientPersonId());
    params.put("programme", r.programmeId());
    params.put("item", r.menuItemId());
    params.put("weekday", start.getDayOfWeek().getValue());
    params.put("fromTime", start.toLocalTime());
    params.put(
        "untilTime",
        end.toLocalDate().isAfter(start.toLocalDate()) ? LocalTime.MAX : end.toLocalTime());
    params.put("lat", placed ? latitude : 0);
    params.put("lon", placed ? longitude : 0);
    Set<Long> ids =
        new LinkedHashSet<>(
            jdbc.sql(
                    placed
                        ? "WITH nearby AS MATERIALIZED (SELECT member_id FROM aid.supporter ORDER"
                            + " BY point(longitude * 0.809, latitude) <-> point(:lon * 0.809, :lat)"
                            + " LIMIT "
                            + SCANNED
                            + ") SELECT s.member_id FROM nearby JOIN aid.supporter s ON"
                            + " s.member_id = nearby.member_id"
                            + eligible
                            + " ORDER BY point(s.longitude * 0.809, s.latitude) <-> point(:lon *"
                            + " 0.809, :lat) LIMIT "
                            + NEAREST
                        : "SELECT s.member_id FROM aid.supporter s"
                            + eligible
                            + " ORDER BY s.member_id LIMIT "
                            + NEAREST)
                .paramSource(params)
                .query(Long.class)
                .list());
    ids.addAll(
        jdbc.sql(
                "SELECT s.member_id FROM aid.supporter s"
                    + eligible
                    + " AND s.member_id IN (SELECT r.supporter_id FROM aid.help_request hr JOIN"
                    + " aid.activity_report r ON r.request_id = hr.id WHERE hr.recipient_id ="
                    + " :recipient UNION SELECT supporter_id FROM aid.preference WHERE"
                    + " recipient_id = :recipient)")
            .paramSource(params)
            .query(Long.class)
            .list());
    if (ids.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            "SELECT s.member_id, n.display_name AS name, s.latitude, s.longitude,"
                + " s.insurance_until, s.drives, s.transport_course_on, s.max_minutes_per_week,"
                + " EXISTS (SELECT 1 FROM aid.supporter_area sa WHERE sa.member_id = s.member_id"
                + " AND sa.area_id = :area) AS covers_area, (SELECT count(*)::int FROM"
                + " aid.help_request hr JOIN aid.activity_report r ON r.request_id = hr.id WHERE"
                + " hr.recipient_id = :recipient AND r.supporter_id = s.member_id) AS"
                + " visits_to_recipient, load.week_minutes, load.recent_minutes, (SELECT kind FROM"
                + " aid.preference WHERE recipient_id = :recipient AND supporter_id = s.member_id)"
                + " AS preference, coalesce(load.busy, false) AS busy FROM aid.supporter s JOIN"
                + " aid.member m ON m.id = s.member_id JOIN people.person_display_name n ON n.id ="
                + " m.person_id CROSS JOIN LATERAL (SELECT coalesce(sum(h.minutes) FILTER (WHERE"
                + " h.starts_at >= :weekStart AND h.starts_at < :weekEnd), 0)::int AS week_minutes,"
                + " coalesce(sum(h.minutes) FILTER (WHERE h.starts_at >= :since AND h.starts_at <"
                + " :start), 0)::int AS recent_minutes, bool_or(h.id <> :id AND h.starts_at < :end"
                + " AND h.starts_at + make_interval(mins => h.minutes) > :start) AS busy FROM"
                + " aid.assignment a JOIN aid.help_request h ON h.id = a.request_id WHERE"
                + " a.supporter_id = s.member_id AND a.status = 'CONFIRMED' AND h.status <>"
                + " 'CANCELLED' AND h.starts_at >= :since AND h.starts_at < :horizon) load WHERE"
                + " s.member_id IN (:ids)")
        .param("ids", List.copyOf(ids))
        .param(
            "horizon", at(weekStart.plusWeeks(1).isAfter(end) ? weekStart.plusWeeks(1) : end, zone))
        .param("area", r.areaId())
        .param("recipient", r.recipientId())
        .param("weekStart", at(weekStart, zone))
        .param("weekEnd", at(weekStart.plusWeeks(1), zone))
        .param("since", at(start.minusDays(90), zone))
        .param("start", at(start, zone))
        .param("end", at(end, zone))
        .param("id", r.id())
        .query(Candidate.class)
        .list();
  }

  private static Timestamp at(LocalDateTime t, ZoneId zone) {
    return Timestamp.from(t.atZone(zone).toInstant());
  }
}
