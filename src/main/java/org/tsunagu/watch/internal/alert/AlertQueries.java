package org.tsunagu.watch.internal.alert;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.watch.internal.WatchPersons;

/** One alert's record, its timeline and messages, and the alerts a work list may show. */
@Repository
public class AlertQueries {

  public record Alert(
      long id,
      long targetId,
      long personId,
      String cause,
      Long observationId,
      Instant missedAt,
      String expectedKind,
      boolean danger,
      Instant openedAt,
      String status,
      int stepPosition,
      Instant stepDueAt,
      boolean exhausted,
      String acknowledgedName,
      Instant acknowledgedAt,
      String outcome,
      String outcomeNote,
      String closedByName,
      Instant closedAt) {}

  public record Event(Instant at, String kind, Integer position, String actorName, String detail) {}

  public record Message(
      long id,
      Integer position,
      String receiverName,
      String channel,
      String address,
      String status,
      int attempts,
      Instant createdAt,
      Instant sentAt,
      Instant openedAt,
      Instant acknowledgedAt) {}

  /**
   * The alerts the viewer may open among those open or closed since {@code :since}: told to them or
   * their organisation, or about their organisation's targets; as {@code c(alert_id)}.
   */
  static final String CANDIDATES =
      "SELECT s.alert_id FROM watch.alert_step s WHERE s.notified_at IS NOT NULL AND"
          + " s.organization_id = :viewerOrg UNION SELECT s.alert_id FROM watch.alert_step s WHERE"
          + " s.notified_at IS NOT NULL AND s.user_id = :viewer UNION SELECT a.id FROM watch.alert a"
          + " WHERE a.organization_id = :viewerOrg AND a.status <> 'CLOSED' UNION SELECT a.id FROM"
          + " watch.alert a WHERE a.organization_id = :viewerOrg AND a.status = 'CLOSED' AND"
          + " a.closed_at >= :since";

  /**
   * Rows of the alerts the viewer may open, ordered; {@code OFFSET 0} keeps the visibility check
   * out of the ordered candidates, so it runs only for the rows listed, up to {@code :limit}.
   */
  public static String listed(String columns, String where, String order) {
    return "SELECT b.*, (SELECT n.display_name FROM people.person_display_name n WHERE n.id ="
        + " b.person_id) AS person_name FROM (SELECT "
        + columns
        + ", t.person_id FROM ("
        + CANDIDATES
        + ") c JOIN watch.alert a ON a.id = c.alert_id JOIN watch.target t ON t.id = a.target_id"
        + " LEFT JOIN watch.alert_step cs ON cs.alert_id = a.id AND cs.position = a.step_position"
        + " WHERE "
        + where
        + " ORDER BY "
        + order
        + " OFFSET 0) b WHERE "
        + WatchPersons.visibleSql("b.person_id")
        + " LIMIT :limit";
  }

  private final JdbcClient jdbc;

  AlertQueries(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<Alert> alert(long id) {
    return jdbc.sql(
            "SELECT a.id, a.target_id, t.person_id, a.cause, a.observation_id, a.missed_at,"
                + " e.kind AS expected_kind, a.danger, a.opened_at, a.status, a.step_position,"
                + " a.step_due_at, a.exhausted, a.acknowledged_name, a.acknowledged_at, a.outcome,"
                + " a.outcome_note, u.display_name AS closed_by_name, a.closed_at FROM watch.alert"
                + " a JOIN watch.target t ON t.id = a.target_id LEFT JOIN watch.expected_contact e"
                + " ON e.id = a.expected_contact_id LEFT JOIN platform.user_directory u ON u.id ="
                + " a.closed_by WHERE a.id = ?")
        .param(id)
        .query(Alert.class)
        .optional();
  }

  public Optional<AlertReport> report(Long observationId) {
    if (observationId == null) {
      return Optional.empty();
    }
    return jdbc.sql(
            "SELECT array_to_string(o.signs, ',') AS signs, o.note, o.danger, o.observed_at, o.received_at, u.display_name AS"
                + " reporter_name FROM watch.observation o LEFT JOIN platform.user_directory u ON"
                + " u.id = o.reported_by WHERE o.id = ?")
        .param(observationId)
        .query(AlertReport.class)
        .optional();
  }

  public List<AlertStep> steps(long alertId) {
    return jdbc.sql(Escalation.STEP_SELECT + "WHERE alert_id = ? ORDER BY position")
        .param(alertId)
        .query(AlertStep.class)
        .list();
  }

  public List<Event> events(long alertId) {
    return jdbc.sql(
            "SELECT at, kind, position, actor_name, detail FROM watch.alert_event WHERE alert_id ="
                + " ? ORDER BY id")
        .param(alertId)
        .query(Event.class)
        .list();
  }

  public List<Message> messages(long alertId) {
    return jdbc.sql(
            "SELECT id, position, receiver_name, channel, address, status, attempts, created_at,"
                + " sent_at, opened_at, acknowledged_at FROM watch.message WHERE alert_id = ? ORDER"
                + " BY id")
        .param(alertId)
        .query(Message.class)
        .list();
  }

  /** Marks the messages of the viewer's steps as opened (既読), once. */
  public void markOpened(CurrentUser viewer, long alertId, Instant now) {
    jdbc.sql(
            "UPDATE watch.message m SET opened_at = ? FROM watch.alert_step s WHERE m.alert_id = ?"
                + " AND s.alert_id = m.alert_id AND s.position = m.position AND m.opened_at IS NULL"
                + " AND (s.user_id = ? OR s.organization_id = ?)")
        .params(Timestamp.from(now), alertId, viewer.id(), viewer.organizationId())
        .update();
  }
}
