package org.tsunagu.aid.internal.report;

import io.swagger.v3.oas.annotations.media.Schema;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tsunagu.platform.audit.AuditLog;
import org.tsunagu.platform.security.CurrentUser;

/**
 * A supporter's visits from a week back on (confirmed, and whether reported), older ones still to
 * report, and open offers. A confirmed visit shows only what they need of the recipient — name,
 * address, phone, the place and notes; an offer shows none of that until it is accepted, only the
 * service, the time, the area (町丁目) and about how far it is.
 */
@Component
public class Tasks {

  private static final String WHILE_OFFERED =
      "Left out (null) while the visit is only offered to the caller, until accepted";

  public record Task(
      long requestId,
      Long assignmentId,
      @Schema(
              description = "CONFIRMED, or OFFERED (not yet accepted)",
              allowableValues = {"CONFIRMED", "OFFERED"})
          String status,
      Instant startsAt,
      int minutes,
      String service,
      @Schema(description = "The visit's area (町丁目)") String areaName,
      @Schema(description = "About how far from the supporter's place, in km, where both are known")
          Double distanceKm,
      @Schema(description = WHILE_OFFERED) String recipientName,
      @Schema(description = WHILE_OFFERED) String address,
      @Schema(description = WHILE_OFFERED) String phone,
      @Schema(description = WHILE_OFFERED) String place,
      @Schema(description = WHILE_OFFERED) String notes,
      boolean reported) {

    public boolean confirmed() {
      return "CONFIRMED".equals(status);
    }
  }

  /** The recipient's details, given out only for a confirmed visit. */
  private static String ifConfirmed(String column, String as) {
    return " CASE WHEN a.status = 'CONFIRMED' THEN " + column + " END AS " + as + ",";
  }

  // Equirectangular distance between the area's centre and the supporter's place: near enough for
  // "about 1.2 km", and null where either point is unknown.
  private static final String DISTANCE =
      " round((6371 * sqrt(power(radians(ar.latitude - sp.latitude), 2) +"
          + " power(radians(ar.longitude - sp.longitude) * cos(radians(ar.latitude)), 2)))::numeric,"
          + " 1)::double precision AS distance_km,";

  private static final String SQL =
      "SELECT h.id AS request_id, a.id AS assignment_id, a.status, h.starts_at, h.minutes,"
          + " i.name AS service, ar.name AS area_name,"
          + DISTANCE
          + ifConfirmed("n.display_name", "recipient_name")
          + ifConfirmed("pa.address_line", "address")
          + ifConfirmed("pa.phone", "phone")
          + ifConfirmed("h.place", "place")
          + ifConfirmed("h.notes", "notes")
          + " EXISTS (SELECT 1 FROM aid.activity_report r WHERE r.request_id = h.id) AS reported"
          + " FROM aid.assignment a JOIN aid.member s ON s.id = a.supporter_id LEFT JOIN"
          + " aid.supporter sp ON sp.member_id = s.id JOIN aid.help_request h ON h.id ="
          + " a.request_id LEFT JOIN people.area_place ar ON ar.id = h.area_id JOIN aid.menu_item i"
          + " ON i.id = h.menu_item_id JOIN aid.member rm ON rm.id = h.recipient_id JOIN"
          + " people.person_display_name n ON n.id = rm.person_id JOIN people.person_address pa ON"
          + " pa.id = rm.person_id WHERE s.user_id = ? AND s.left_on IS NULL AND a.status IN"
          + " ('CONFIRMED','OFFERED') AND h.status <> 'CANCELLED' AND (h.starts_at >= ? OR"
          + " (a.status = 'CONFIRMED' AND h.status = 'ASSIGNED')) ORDER BY h.starts_at LIMIT 200";

  private final JdbcClient jdbc;
  private final AuditLog audit;
  private final Clock clock;

  Tasks(JdbcClient jdbc, AuditLog audit, Clock clock) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * The supporter's tasks; the list is audited with the confirmed requests it shows (an offer shows
   * no one, so it is not a read of the recipient).
   */
  public List<Task> of(CurrentUser user) {
    List<Task> shown =
        jdbc.sql(SQL)
            .params(user.id(), Timestamp.from(clock.instant().minus(7, ChronoUnit.DAYS)))
            .query(Task.class)
            .list();
    audit.recordSearch(
        "aid_request",
        "aid.tasks",
        shown.stream().filter(Task::confirmed).map(Task::requestId).toList());
    return shown;
  }
}
