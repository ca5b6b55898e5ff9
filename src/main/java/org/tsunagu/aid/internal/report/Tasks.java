package org.tsunagu.aid.internal.report;

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
 * report, and open offers: only what they need of the recipient — name, address, phone, the service
 * and notes.
 */
@Component
public class Tasks {

  public record Task(
      long requestId,
      Long assignmentId,
      String status,
      Instant startsAt,
      int minutes,
      String service,
      String recipientName,
      String address,
      String phone,
      String place,
      String notes,
      boolean reported) {}

  private final JdbcClient jdbc;
  private final AuditLog audit;
  private final Clock clock;

  Tasks(JdbcClient jdbc, AuditLog audit, Clock clock) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.clock = clock;
  }

  /** The supporter's tasks; the list is audited with the requests it shows. */
  public List<Task> of(CurrentUser user) {
    List<Task> shown =
        jdbc.sql(
                "SELECT h.id AS request_id, a.id AS assignment_id, a.status, h.starts_at, h.minutes,"
                    + " i.name AS service, n.display_name AS recipient_name, pa.address_line AS"
                    + " address, pa.phone, h.place, h.notes, EXISTS (SELECT 1 FROM aid.activity_report"
                    + " r WHERE r.request_id = h.id) AS reported FROM aid.assignment a JOIN aid.member"
                    + " s ON s.id = a.supporter_id JOIN aid.help_request h ON h.id = a.request_id JOIN"
                    + " aid.menu_item i ON i.id = h.menu_item_id JOIN aid.member rm ON rm.id ="
                    + " h.recipient_id JOIN people.person_display_name n ON n.id = rm.person_id JOIN"
                    + " people.person_address pa ON pa.id = rm.person_id WHERE s.user_id = ? AND"
                    + " s.left_on IS NULL AND a.status IN ('CONFIRMED','OFFERED') AND h.status <>"
                    + " 'CANCELLED' AND (h.starts_at >= ? OR (a.status = 'CONFIRMED' AND h.status ="
                    + " 'ASSIGNED')) ORDER BY h.starts_at LIMIT 200")
            .params(user.id(), Timestamp.from(clock.instant().minus(7, ChronoUnit.DAYS)))
            .query(Task.class)
            .list();
    audit.recordSearch("aid_request", "aid.tasks", shown.stream().map(Task::requestId).toList());
    return shown;
  }
}
