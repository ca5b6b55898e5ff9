package org.tsunagu.aid.internal.matching;

import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tsunagu.aid.internal.request.HelpRequest;

/**
 * The supporters who could take a request: active in the programme, with the service among their
 * skills and the visit inside their weekly hours, not the recipient themselves. What ranking weighs
 * comes with each (area, past visits to the recipient, load this week and over 90 days, the
 * recipient's wish, another visit at that time).
 */
@Component
class Candidates {

  private final JdbcClient jdbc;

  Candidates(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * The candidates; with the request's place known, only supporters within {@link Ranking#NEAR_KM}
   * (a box on their coordinates, which an index finds) or whose place is unknown.
   */
  List<Candidate> of(HelpRequest r, ZoneId zone, Double latitude, Double longitude) {
    boolean placed = latitude != null && longitude != null;
    double dLat = Ranking.NEAR_KM / 111.0;
    double dLon = placed ? Ranking.NEAR_KM / (111.0 * Math.cos(Math.toRadians(latitude))) : 0;
    LocalDateTime start = LocalDateTime.ofInstant(r.startsAt(), zone);
    LocalDateTime end = start.plusMinutes(r.minutes());
    LocalDateTime weekStart =
        start
            .toLocalDate()
            .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
            .atStartOfDay();
    return jdbc.sql(
            "SELECT s.member_id, n.display_name AS name, s.latitude, s.longitude,"
                + " s.insurance_until, s.drives, s.transport_course_on, s.max_minutes_per_week,"
                + " EXISTS (SELECT 1 FROM aid.supporter_area sa WHERE sa.member_id = s.member_id"
                + " AND sa.area_id = :area) AS covers_area, (SELECT count(*) FROM"
                + " aid.activity_report ar JOIN aid.help_request hr ON hr.id = ar.request_id WHERE"
                + " ar.supporter_id = s.member_id AND hr.recipient_id = :recipient)::int AS"
                + " visits_to_recipient, (SELECT coalesce(sum(h.minutes), 0) FROM aid.assignment a"
                + " JOIN aid.help_request h ON h.id = a.request_id WHERE a.supporter_id ="
                + " s.member_id AND a.status = 'CONFIRMED' AND h.status <> 'CANCELLED' AND"
                + " h.starts_at >= :weekStart AND h.starts_at < :weekEnd)::int AS week_minutes,"
                + " (SELECT coalesce(sum(h.minutes), 0) FROM aid.assignment a JOIN aid.help_request"
                + " h ON h.id = a.request_id WHERE a.supporter_id = s.member_id AND a.status ="
                + " 'CONFIRMED' AND h.status <> 'CANCELLED' AND h.starts_at >= :since AND"
                + " h.starts_at < :start)::int AS recent_minutes, pr.kind AS preference, EXISTS"
                + " (SELECT 1 FROM aid.assignment a JOIN aid.help_request h ON h.id = a.request_id"
                + " WHERE a.supporter_id = s.member_id AND a.status = 'CONFIRMED' AND h.id <> :id"
                + " AND h.status <> 'CANCELLED' AND h.starts_at < :end AND h.starts_at +"
                + " make_interval(mins => h.minutes) > :start) AS busy FROM aid.supporter s JOIN"
                + " aid.member m ON m.id = s.member_id AND m.programme_id = :programme AND"
                + " m.left_on IS NULL AND m.person_id <> :recipientPerson JOIN aid.supporter_skill k"
                + " ON k.member_id = s.member_id AND k.menu_item_id = :item JOIN"
                + " people.person_display_name n ON n.id = m.person_id LEFT JOIN aid.preference pr"
                + " ON pr.recipient_id = :recipient AND pr.supporter_id = s.member_id WHERE EXISTS"
                + " (SELECT 1 FROM aid.availability av WHERE av.member_id = s.member_id AND"
                + " av.weekday = :weekday AND av.starts <= :fromTime AND av.ends >= :untilTime)"
                + (placed
                    ? " AND (s.latitude IS NULL OR (s.latitude BETWEEN :latFrom AND :latTo AND"
                        + " s.longitude BETWEEN :lonFrom AND :lonTo))"
                    : ""))
        .param("area", r.areaId())
        .param("recipient", r.recipientId())
        .param("recipientPerson", r.recipientPersonId())
        .param("weekStart", at(weekStart, zone))
        .param("weekEnd", at(weekStart.plusWeeks(1), zone))
        .param("since", at(start.minusDays(90), zone))
        .param("start", at(start, zone))
        .param("end", at(end, zone))
        .param("id", r.id())
        .param("programme", r.programmeId())
        .param("item", r.menuItemId())
        .param("weekday", start.getDayOfWeek().getValue())
        .param("fromTime", start.toLocalTime())
        .param(
            "untilTime",
            end.toLocalDate().isAfter(start.toLocalDate()) ? LocalTime.MAX : end.toLocalTime())
        .param("latFrom", placed ? latitude - dLat : 0)
        .param("latTo", placed ? latitude + dLat : 0)
        .param("lonFrom", placed ? longitude - dLon : 0)
        .param("lonTo", placed ? longitude + dLon : 0)
        .query(Candidate.class)
        .list();
  }

  private static Timestamp at(LocalDateTime t, ZoneId zone) {
    return Timestamp.from(t.atZone(zone).toInstant());
  }
}
