package org.tsunagu.aid.internal.request;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tsunagu.platform.audit.AuditLog;
import org.tsunagu.platform.web.NotFoundException;

/** Reads requests with their recipient and confirmed supporter. */
@Component
public class HelpRequests {

  private static final String SELECT =
      "SELECT h.id, h.programme_id, h.recipient_id, rm.person_id AS recipient_person_id,"
          + " rn.display_name AS recipient_name, h.menu_item_id, i.name AS service, h.series_id,"
          + " h.starts_at, h.minutes, h.area_id, ar.name AS area_name, h.place, h.notes,"
          + " h.credit_holder_id, h.status, h.cancel_notice, a.supporter_id, sn.display_name AS"
          + " supporter_name, h.version FROM aid.help_request h JOIN aid.member rm ON rm.id ="
          + " h.recipient_id JOIN people.person_display_name rn ON rn.id = rm.person_id JOIN"
          + " aid.menu_item i ON i.id = h.menu_item_id LEFT JOIN people.area_place ar ON ar.id ="
          + " h.area_id LEFT JOIN aid.assignment a ON a.request_id = h.id AND a.status ="
          + " 'CONFIRMED' LEFT JOIN aid.member sm ON sm.id = a.supporter_id LEFT JOIN"
          + " people.person_display_name sn ON sn.id = sm.person_id ";

  private final JdbcClient jdbc;
  private final AuditLog audit;

  HelpRequests(JdbcClient jdbc, AuditLog audit) {
    this.jdbc = jdbc;
    this.audit = audit;
  }

  public Optional<HelpRequest> find(long programmeId, long id) {
    return jdbc.sql(SELECT + "WHERE h.programme_id = ? AND h.id = ?")
        .params(programmeId, id)
        .query(HelpRequest.class)
        .optional();
  }

  /** The request locked for a change, or 404. */
  public HelpRequest lock(long programmeId, long id) {
    jdbc.sql("SELECT id FROM aid.help_request WHERE id = ? AND programme_id = ? FOR UPDATE")
        .params(id, programmeId)
        .query()
        .listOfRows();
    return find(programmeId, id).orElseThrow(NotFoundException::new);
  }

  /**
   * The programme's requests starting in [from, until), by start; {@code status} null for all. The
   * list is audited with the recipients it shows.
   */
  public List<HelpRequest> between(long programmeId, Instant from, Instant until, String status) {
    List<HelpRequest> shown =
        jdbc.sql(
                SELECT
                    + "WHERE h.programme_id = ? AND h.starts_at >= ? AND h.starts_at < ? AND (?::text"
                    + " IS NULL OR h.status = ?) ORDER BY h.starts_at, h.id LIMIT 2000")
            .params(
                programmeId,
                java.sql.Timestamp.from(from),
                java.sql.Timestamp.from(until),
                status,
                status)
            .query(HelpRequest.class)
            .list();
    audit.recordSearch(
        "person", "aid.requests", shown.stream().map(HelpRequest::recipientPersonId).toList());
    return shown;
  }

  /** A recipient's requests, latest first. */
  public List<HelpRequest> ofRecipient(long recipientId, int limit) {
    return jdbc.sql(SELECT + "WHERE h.recipient_id = ? ORDER BY h.starts_at DESC LIMIT ?")
        .params(recipientId, limit)
        .query(HelpRequest.class)
        .list();
  }
}
