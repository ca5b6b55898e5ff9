package org.tsunagu.aid.internal.settlement;

import java.lang.management.ManagementFactory;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The rows of {@code aid.settlement}: a run's claim, heartbeat, progress and end. A run owns its
 * row while the row's {@code runner} is its token; every write of a run names the token, so a run
 * whose claim was taken over (its heartbeat went stale) finds nothing to write and stops.
 * Heartbeats are the database's time, the one clock every node shares.
 */
@Repository
class SettlementRecords {

  /** What a run needs to work on its row. */
  record Run(long id, long programmeId, YearMonth month, long startedBy) {}

  private static final String PROGRESS =
      "SELECT id, programme_id, to_char(month, 'YYYY-MM') AS month, status, done_items,"
          + " total_items, started_at, finished_at, failure FROM aid.settlement ";

  private final JdbcClient jdbc;

  SettlementRecords(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A token naming this node and one claim of it. */
  static String newRunner() {
    return ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();
  }

  /** Records a new RUNNING settlement owned by {@code runner}; empty when one already exists. */
  Optional<Long> insertRunning(
      long programmeId, YearMonth month, long userId, String runner, Instant startedAt) {
    return jdbc.sql(
            "INSERT INTO aid.settlement (programme_id, month, status, started_at, started_by,"
                + " heartbeat_at, runner) VALUES (?, ?, 'RUNNING', ?, ?, now(), ?) ON CONFLICT DO"
                + " NOTHING RETURNING id")
        .params(programmeId, month.atDay(1), Timestamp.from(startedAt), userId, runner)
        .query(Long.class)
        .optional();
  }

  /** The month's settlement that is running or closed (a failed run is not one). */
  Optional<Settlements.Progress> live(long programmeId, YearMonth month) {
    return jdbc.sql(PROGRESS + "WHERE programme_id = ? AND month = ? AND status <> 'FAILED'")
        .params(programmeId, month.atDay(1))
        .query(SettlementRecords::progress)
        .optional();
  }

  /** The running or closed settlement, else the latest failed run. */
  Optional<Settlements.Progress> latest(long programmeId, YearMonth month) {
    return jdbc.sql(
            PROGRESS
                + "WHERE programme_id = ? AND month = ? ORDER BY status = 'FAILED', id DESC LIMIT"
                + " 1")
        .params(programmeId, month.atDay(1))
        .query(SettlementRecords::progress)
        .optional();
  }

  List<Settlements.Progress> of(long programmeId) {
    return jdbc.sql(PROGRESS + "WHERE programme_id = ? AND status <> 'FAILED' ORDER BY month DESC")
        .param(programmeId)
        .query(SettlementRecords::progress)
        .list();
  }

  Optional<Run> run(long id) {
    return jdbc.sql(
            "SELECT id, programme_id, to_char(month, 'YYYY-MM'), started_by FROM aid.settlement"
                + " WHERE id = ?")
        .param(id)
        .query(
            (rs, n) ->
                new Run(
                    rs.getLong(1), rs.getLong(2), YearMonth.parse(rs.getString(3)), rs.getLong(4)))
        .optional();
  }

  /**
   * Takes over RUNNING settlements whose heartbeat is older than {@code stale}: rows locked by a
   * run's open batch are skipped, and a row taken by another node meanwhile is no longer stale.
   */
  List<Long> claimStale(String runner, Duration stale) {
    return jdbc.sql(
            "UPDATE aid.settlement SET runner = ?, heartbeat_at = now() WHERE id IN (SELECT id"
                + " FROM aid.settlement WHERE status = 'RUNNING' AND heartbeat_at < now() -"
                + " make_interval(secs => ?) ORDER BY heartbeat_at FOR UPDATE SKIP LOCKED)"
                + " RETURNING id")
        .params(runner, (double) stale.toSeconds())
        .query(Long.class)
        .list();
  }

  /** Beats the heartbeat and locks the row to the end of the transaction; false if not ours. */
  boolean beat(long id, String runner) {
    return jdbc.sql(
                "UPDATE aid.settlement SET heartbeat_at = now() WHERE id = ? AND runner = ? AND"
                    + " status = 'RUNNING'")
            .params(id, runner)
            .update()
        == 1;
  }

  /** What is left to post, on top of what earlier runs of this settlement posted. */
  void total(long id, int left) {
    jdbc.sql("UPDATE aid.settlement SET total_items = done_items + ? WHERE id = ?")
        .params(left, id)
        .update();
  }

  void progressed(long id, int posted) {
    jdbc.sql(
            "UPDATE aid.settlement SET done_items = least(total_items, done_items + ?) WHERE id"
                + " = ?")
        .params(posted, id)
        .update();
  }

  void closed(long id, Instant at) {
    jdbc.sql(
            "UPDATE aid.settlement SET status = 'CLOSED', done_items = total_items, finished_at"
                + " = ? WHERE id = ?")
        .params(Timestamp.from(at), id)
        .update();
  }

  /** Records why the run stopped, unless another runner has taken the row over. */
  void failed(long id, String runner, String messageKey, Instant at) {
    jdbc.sql(
            "UPDATE aid.settlement SET status = 'FAILED', failure = ?, finished_at = ? WHERE id ="
                + " ? AND runner = ? AND status = 'RUNNING'")
        .params(messageKey, Timestamp.from(at), id, runner)
        .update();
  }

  private static Settlements.Progress progress(ResultSet rs, int n) throws SQLException {
    Timestamp finished = rs.getTimestamp("finished_at");
    return new Settlements.Progress(
        rs.getLong("id"),
        rs.getLong("programme_id"),
        YearMonth.parse(rs.getString("month")),
        rs.getString("status"),
        rs.getInt("done_items"),
        rs.getInt("total_items"),
        rs.getTimestamp("started_at").toInstant(),
        finished == null ? null : finished.toInstant(),
        rs.getString("failure"));
  }
}
