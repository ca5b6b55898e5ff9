package org.tsunagu.watch.internal.report;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tsunagu.platform.audit.AuditLog;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.watch.internal.WatchPersons;

/**
 * A driver's or watcher's households: today's expected contacts that are theirs, by time, then the
 * other people they watch. Only what a driver needs (name, address, phone, the notes flagged for
 * drivers) and only persons their organisation may see; the list is audited as a search.
 */
@Repository
public class Route {

  public record Stop(
      long targetId,
      LocalTime atTime,
      String kind,
      String personName,
      String address,
      String areaName,
      String phone,
      String driverNotes,
      boolean contactedToday,
      boolean reportedToday) {}

  private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

  private final JdbcClient jdbc;
  private final AuditLog audit;

  Route(JdbcClient jdbc, AuditLog audit) {
    this.jdbc = jdbc;
    this.audit = audit;
  }

  /** Today's stops first (by time), then everyone else the user watches, by name. */
  public List<Stop> of(CurrentUser user, LocalDate day, String nameFilter) {
    Instant start = day.atStartOfDay(TOKYO).toInstant();
    Instant end = day.plusDays(1).atStartOfDay(TOKYO).toInstant();
    String filter = nameFilter == null || nameFilter.isBlank() ? null : nameFilter.strip();
    List<Stop> stops =
        jdbc.sql(
                "WITH mine AS MATERIALIZED (SELECT w.target_id FROM watch.watcher w WHERE"
                    + " w.user_id = :user UNION SELECT x.target_id FROM watch.expected_contact x"
                    + " WHERE x.user_id = :user AND x.active) SELECT t.id AS target_id, e.at_time, e.kind, n.display_name AS person_name,"
                    + " pa.address_line AS address, pa.area_name, pa.phone, t.driver_notes, EXISTS"
                    + " (SELECT 1 FROM watch.check_in c WHERE c.target_id = t.id AND c.happened_at"
                    + " >= :start AND c.happened_at < :end) AS contacted_today, EXISTS (SELECT 1"
                    + " FROM watch.observation o WHERE o.target_id = t.id AND o.received_at >= :start"
                    + " AND o.received_at < :end) AS reported_today FROM mine JOIN watch.target t ON"
                    + " t.id = mine.target_id JOIN"
                    + " people.person_display_name n ON n.id = t.person_id JOIN people.person_address"
                    + " pa ON pa.id = t.person_id LEFT JOIN LATERAL (SELECT x.at_time, x.kind FROM"
                    + " watch.expected_contact x WHERE x.target_id = t.id AND x.user_id = :user AND"
                    + " x.active AND (x.weekday IS NULL OR x.weekday = :weekday) ORDER BY x.at_time"
                    + " LIMIT 1) e ON true WHERE t.active AND "
                    + WatchPersons.visibleSql("t.person_id")
                    + " AND (CAST(:filter AS text) IS NULL OR strpos(n.display_name, :filter) > 0)"
                    + " ORDER BY e.at_time NULLS LAST, n.display_name LIMIT 300")
            .param("start", Timestamp.from(start))
            .param("end", Timestamp.from(end))
            .param("user", user.id())
            .param("viewerOrg", user.organizationId())
            .param("weekday", day.getDayOfWeek().getValue())
            .param("filter", filter)
            .query(Stop.class)
            .list();
    audit.recordSearch(
        "watch_target",
        filter == null ? "route" : "route-name",
        stops.stream().map(Stop::targetId).toList());
    return stops;
  }
}
