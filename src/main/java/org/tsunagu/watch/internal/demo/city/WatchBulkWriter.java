package org.tsunagu.watch.internal.demo.city;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import org.tsunagu.platform.demo.CopyIn;

/**
 * Writes watch-over's part of the city-scale set with COPY: agreements and their chains, targets,
 * the relationships' link rows, watchers and expected contacts; then opens a share of alerts as the
 * module does (their chain copied, the first step told) in set-based statements.
 */
final class WatchBulkWriter {

  record Target(
      long id,
      long personId,
      long organizationId,
      long agreementId,
      long consentId,
      OffsetDateTime createdAt,
      long createdBy) {}

  record Link(long targetId, long relationshipId, long organizationId) {}

  record Watcher(long targetId, long userId) {}

  record Expected(
      long id,
      long targetId,
      LocalTime at,
      long userId,
      OffsetDateTime nextAt,
      OffsetDateTime nextDueAt) {}

  private final Connection connection;
  private final CopyIn copy;

  WatchBulkWriter(Connection connection) {
    this.connection = connection;
    this.copy = new CopyIn(connection);
  }

  long agreement(long coop, long city, String name, OffsetDateTime at, long by)
      throws SQLException {
    try (PreparedStatement ps =
        connection.prepareStatement(
            "INSERT INTO watch.agreement (organization_id, municipality_id, name, desk_name,"
                + " desk_email, desk_phone, signed_on, created_at, created_by) VALUES (?, ?, ?,"
                + " '高齢福祉課', 'koureifukushi@city.example.jp', '045-000-0000', '2020-04-01', ?,"
                + " ?) RETURNING id")) {
      ps.setLong(1, coop);
      ps.setLong(2, city);
      ps.setString(3, name);
      ps.setObject(4, at);
      ps.setLong(5, by);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /** A step of an agreement's chain: an organisation's staff, or (organisation null) the desk. */
  void step(long agreement, int position, Long organization, String email, int minutes)
      throws SQLException {
    try (PreparedStatement ps =
        connection.prepareStatement(
            "INSERT INTO watch.chain_step (agreement_id, position, receiver_kind,"
                + " organization_id, channel, address, ack_minutes, office_hours_only) VALUES (?, ?,"
                + " ?, ?, 'email', ?, ?, ?)")) {
      ps.setLong(1, agreement);
      ps.setInt(2, position);
      ps.setString(3, organization == null ? "DESK" : "ORGANIZATION");
      ps.setObject(4, organization);
      ps.setString(5, email);
      ps.setInt(6, minutes);
      ps.setBoolean(7, organization == null);
      ps.executeUpdate();
    }
  }

  void targets(List<Target> targets) throws SQLException {
    copy.copy(
        "watch.target (id, person_id, organization_id, agreement_id, consent_id, created_at,"
            + " created_by)",
        targets,
        (t, row) ->
            row.add(
                t.id(),
                t.personId(),
                t.organizationId(),
                t.agreementId(),
                t.consentId(),
                t.createdAt(),
                t.createdBy()));
  }

  void links(List<Link> links) throws SQLException {
    copy.copy(
        "watch.target_relationship (target_id, relationship_id, organization_id)",
        links,
        (l, row) -> row.add(l.targetId(), l.relationshipId(), l.organizationId()));
  }

  void watchers(List<Watcher> watchers) throws SQLException {
    copy.copy(
        "watch.watcher (target_id, user_id, kind)",
        watchers,
        (w, row) -> row.add(w.targetId(), w.userId(), "DELIVERY"));
  }

  void expected(List<Expected> expected) throws SQLException {
    copy.copy(
        "watch.expected_contact (id, target_id, kind, weekday, at_time, grace_minutes, user_id,"
            + " next_at, next_due_at)",
        expected,
        (e, row) ->
            row.add(
                e.id(),
                e.targetId(),
                "DELIVERY",
                null,
                e.at(),
                120,
                e.userId(),
                e.nextAt(),
                e.nextDueAt()));
  }

  /**
   * Opens an alert on every {@code every}-th target, opened {@code minutesAgo} before {@code now}:
   * the agreement's chain copied, step 1 told and due after its minutes, the timeline written.
   */
  int openAlerts(int every, OffsetDateTime now, int minutesAgo) throws SQLException {
    try (Statement st = connection.createStatement()) {
      String opened = "'" + now.minusMinutes(minutesAgo) + "'::timestamptz";
      int alerts =
          st.executeUpdate(
              "INSERT INTO watch.alert (target_id, organization_id, cause, danger, opened_at,"
                  + " status, step_position, step_due_at) SELECT t.id, t.organization_id,"
                  + " 'MISSED_CONTACT', false, "
                  + opened
                  + ", 'OPEN', 1, "
                  + opened
                  + " + interval '15 minutes' FROM watch.target t WHERE t.id % "
                  + every
                  + " = 0");
      st.executeUpdate(
          "INSERT INTO watch.alert_step (alert_id, position, receiver_kind, organization_id,"
              + " receiver_name, channel, address, ack_minutes, office_hours_only, opens, closes,"
              + " notified_at, due_at) SELECT a.id, c.position, c.receiver_kind, c.organization_id,"
              + " coalesce(o.name, g.desk_name), c.channel, c.address, c.ack_minutes,"
              + " c.office_hours_only, g.desk_opens, g.desk_closes, CASE c.position WHEN 1 THEN"
              + " a.opened_at END, CASE c.position WHEN 1 THEN a.step_due_at END FROM watch.alert"
              + " a JOIN watch.target t ON t.id = a.target_id JOIN watch.agreement g ON g.id ="
              + " t.agreement_id JOIN watch.chain_step c ON c.agreement_id = g.id LEFT JOIN"
              + " people.organization_directory o ON o.id = c.organization_id");
      st.executeUpdate(
          "INSERT INTO watch.alert_event (alert_id, at, kind, position, detail) SELECT a.id,"
              + " a.opened_at, k.kind, k.position, NULL FROM watch.alert a CROSS JOIN (VALUES"
              + " ('OPENED', NULL::int), ('NOTIFIED', 1)) k(kind, position) ORDER BY a.id");
      return alerts;
    }
  }

  /** As after a bulk load where autovacuum runs; outside a transaction block. */
  void vacuumAnalyze() throws SQLException {
    try (Statement st = connection.createStatement()) {
      for (String table :
          List.of(
              "watch.agreement",
              "watch.chain_step",
              "watch.target",
              "watch.target_relationship",
              "watch.watcher",
              "watch.expected_contact",
              "watch.alert",
              "watch.alert_step",
              "watch.alert_event")) {
        st.execute("VACUUM (ANALYZE) " + table);
      }
    }
  }
}
