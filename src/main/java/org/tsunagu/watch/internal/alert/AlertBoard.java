package org.tsunagu.watch.internal.alert;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tsunagu.platform.audit.AuditLog;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.watch.internal.WatchPersons;

/** The alert board: the alerts a viewer may open, the most pressing first. */
@Repository
public class AlertBoard {

  /** A row of the board; the person's name only where the viewer's organisation may see them. */
  public record BoardRow(
      long id,
      Instant openedAt,
      String cause,
      boolean danger,
      String status,
      boolean exhausted,
      int stepPosition,
      String receiverName,
      Instant stepDueAt,
      boolean waitingForViewer,
      String personName,
      String outcome,
      Instant closedAt) {}

  /** Rows of the board, the most pressing first; more open at once would call for a filter. */
  public static final int BOARD_LIMIT = 50;

  private final JdbcClient jdbc;
  private final AuditLog audit;

  AlertBoard(JdbcClient jdbc, AuditLog audit) {
    this.jdbc = jdbc;
    this.audit = audit;
  }

  /**
   * The board: sorted on the alert's own columns, so that the target, the current step and the name
   * are looked up only for the rows listed (as {@link #listed}, whose filters need them first).
   */
  private static final String BOARD =
      "SELECT b.*, cs.receiver_name, coalesce(cs.user_id = :viewer OR cs.organization_id ="
          + " :viewerOrg, false) AS waiting_for_viewer, (SELECT n.display_name FROM"
          + " people.person_display_name n WHERE n.id = p.person_id) AS person_name FROM (SELECT"
          + " a.id, a.opened_at, a.cause, a.danger, a.status, a.exhausted, a.step_position,"
          + " a.step_due_at, a.outcome, a.closed_at, a.target_id FROM ("
          + AlertQueries.CANDIDATES
          + ") c JOIN watch.alert a ON a.id = c.alert_id WHERE (a.status <> 'CLOSED' OR"
          + " a.closed_at >= :since) ORDER BY a.status = 'CLOSED', a.status = 'ACKNOWLEDGED',"
          + " a.danger DESC, a.exhausted DESC, a.opened_at DESC OFFSET 0) b CROSS JOIN LATERAL"
          + " (SELECT t.person_id FROM watch.target t WHERE t.id = b.target_id) p LEFT JOIN"
          + " LATERAL (SELECT s.receiver_name, s.user_id, s.organization_id FROM"
          + " watch.alert_step s WHERE s.alert_id = b.id AND s.position = b.step_position) cs ON"
          + " true WHERE "
          + WatchPersons.visibleSql("p.person_id")
          + " LIMIT :limit";

  /**
   * Alerts not closed, and those closed in the last week, that the viewer may open; the list shown
   * is one search in the audit log.
   */
  public List<BoardRow> board(CurrentUser viewer, Instant since) {
    List<BoardRow> rows =
        jdbc.sql(BOARD)
            .param("viewer", viewer.id())
            .param("viewerOrg", viewer.organizationId())
            .param("since", Timestamp.from(since))
            .param("limit", BOARD_LIMIT)
            .query(AlertBoard::boardRow)
            .list();
    audit.recordSearch("watch_alert", "board", rows.stream().map(BoardRow::id).toList());
    return rows;
  }

  /** Mapped by hand: reflective record mapping was an eighth of the board's time (JFR). */
  private static BoardRow boardRow(ResultSet rs, int row) throws SQLException {
    return new BoardRow(
        rs.getLong("id"),
        instant(rs.getTimestamp("opened_at")),
        rs.getString("cause"),
        rs.getBoolean("danger"),
        rs.getString("status"),
        rs.getBoolean("exhausted"),
        rs.getInt("step_position"),
        rs.getString("receiver_name"),
        instant(rs.getTimestamp("step_due_at")),
        rs.getBoolean("waiting_for_viewer"),
        rs.getString("person_name"),
        rs.getString("outcome"),
        instant(rs.getTimestamp("closed_at")));
  }

  private static Instant instant(Timestamp t) {
    return t == null ? null : t.toInstant();
  }
}
