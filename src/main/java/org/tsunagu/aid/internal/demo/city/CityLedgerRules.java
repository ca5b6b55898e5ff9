package org.tsunagu.aid.internal.demo.city;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;

/**
 * The ledger's rules around the city's bulk copy: its triggers off while the computed rows go in,
 * then on, and a check of what they would have refused.
 */
final class CityLedgerRules {

  private CityLedgerRules() {}

  static void triggers(Connection connection, boolean on) throws SQLException {
    try (Statement s = connection.createStatement()) {
      String verb = on ? "ENABLE" : "DISABLE";
      s.execute("ALTER TABLE aid.journal " + verb + " TRIGGER USER");
      s.execute("ALTER TABLE aid.entry " + verb + " TRIGGER USER");
    }
  }

  /** Closes the settled months and records their settlements. */
  static void closeMonths(
      Connection connection, CityProgramme p, YearMonth first, YearMonth unsettled)
      throws SQLException {
    try (PreparedStatement ps =
        connection.prepareStatement(
            "INSERT INTO aid.closed_month (programme_id, month, closed_at, closed_by) SELECT ?, m,"
                + " m + interval '1 month 10 hours', ? FROM generate_series(?::date, ?::date,"
                + " interval '1 month') m;"
                + " INSERT INTO aid.settlement (programme_id, month, status, done_items,"
                + " total_items, started_at, finished_at, started_by) SELECT ?, j.month, 'CLOSED',"
                + " count(*), count(*), j.month + interval '1 month 10 hours', j.month + interval"
                + " '1 month 10 hours', ? FROM aid.journal j WHERE j.programme_id = ? GROUP BY"
                + " j.month")) {
      ps.setLong(1, p.id);
      ps.setLong(2, p.staffId);
      ps.setObject(3, first.atDay(1));
      ps.setObject(4, unsettled.minusMonths(1).atDay(1));
      ps.setLong(5, p.id);
      ps.setLong(6, p.staffId);
      ps.setLong(7, p.id);
      ps.execute();
    }
  }

  /**
   * What the ledger's triggers would have refused: a journal off balance, a balance off its
   * entries.
   */
  static void check(Connection connection) throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT (SELECT count(*) FROM (SELECT e.journal_id FROM aid.entry e JOIN"
                    + " aid.account a ON a.id = e.account_id GROUP BY e.journal_id, a.unit HAVING"
                    + " sum(e.amount) <> 0) x) + (SELECT count(*) FROM aid.account a WHERE"
                    + " a.balance <> coalesce((SELECT sum(amount) FROM aid.entry e WHERE"
                    + " e.account_id = a.id), 0))")) {
      rs.next();
      if (rs.getLong(1) != 0) {
        throw new IllegalStateException("the generated ledger does not balance: " + rs.getLong(1));
      }
    }
  }
}
