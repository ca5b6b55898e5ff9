package org.tsunagu.aid.internal.settlement;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.tsunagu.aid.internal.ledger.Ledger;
import org.tsunagu.aid.internal.programme.Programme;
import org.tsunagu.aid.internal.programme.Programmes;
import org.tsunagu.platform.audit.AuditAction;
import org.tsunagu.platform.audit.AuditLog;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.web.NotFoundException;
import org.tsunagu.platform.web.Problems;

/**
 * A programme's month settled and closed (精算). Every visit reported and every cancellation up to
 * the month's end not yet posted is posted in batches, each batch committed with its progress, so
 * others watch it move and a run cut short is finished by the next; then the month is closed. A
 * closed month is answered as it is: settling it again changes nothing.
 */
@Service
public class Settlements {

  public record Progress(
      long id,
      long programmeId,
      YearMonth month,
      String status,
      int doneItems,
      int totalItems,
      Instant startedAt,
      Instant finishedAt) {}

  private final JdbcClient jdbc;
  private final Programmes programmes;
  private final Ledger ledger;
  private final SettlementBatches batches;
  private final TransactionTemplate tx;
  private final AuditLog audit;
  private final Clock clock;

  Settlements(
      JdbcClient jdbc,
      Programmes programmes,
      Ledger ledger,
      SettlementBatches batches,
      TransactionTemplate tx,
      AuditLog audit,
      Clock clock) {
    this.jdbc = jdbc;
    this.programmes = programmes;
    this.ledger = ledger;
    this.batches = batches;
    this.tx = tx;
    this.audit = audit;
    this.clock = clock;
  }

  /** Settles and closes the month, or answers the settlement that already closed it. */
  public Progress settle(CurrentUser user, long programmeId, String month) {
    Programme programme = programmes.managed(user, programmeId);
    YearMonth m = month(month);
    Optional<Progress> closed = find(programmeId, m).filter(s -> "CLOSED".equals(s.status()));
    if (closed.isPresent()) {
      return closed.get();
    }
    long id =
        tx.execute(
            s -> {
              jdbc.sql(
                      "INSERT INTO aid.settlement (programme_id, month, status, started_at,"
                          + " started_by) VALUES (?, ?, 'RUNNING', ?, ?) ON CONFLICT DO NOTHING")
                  .params(programmeId, m.atDay(1), Timestamp.from(clock.instant()), user.id())
                  .update();
              return find(programmeId, m).orElseThrow().id();
            });
    int total = batches.count(programmeId, m);
    jdbc.sql("UPDATE aid.settlement SET total_items = ? WHERE id = ?").params(total, id).update();
    int done;
    while ((done = batches.postNext(programme, m, user.id())) > 0) {
      jdbc.sql(
              "UPDATE aid.settlement SET done_items = least(total_items, done_items + ?) WHERE id"
                  + " = ?")
          .params(done, id)
          .update();
    }
    tx.executeWithoutResult(
        s -> {
          ledger.close(programmeId, m, user.id());
          jdbc.sql(
                  "UPDATE aid.settlement SET status = 'CLOSED', done_items = total_items,"
                      + " finished_at = ? WHERE id = ? AND status = 'RUNNING'")
              .params(Timestamp.from(clock.instant()), id)
              .update();
        });
    audit.record(AuditAction.UPDATE, "aid_settlement", id, "closed=" + m);
    return find(programmeId, m).orElseThrow();
  }

  public Optional<Progress> find(long programmeId, YearMonth month) {
    return jdbc.sql(
            "SELECT id, programme_id, to_char(month, 'YYYY-MM') AS month, status, done_items,"
                + " total_items, started_at, finished_at FROM aid.settlement WHERE programme_id = ?"
                + " AND month = ? AND status <> 'FAILED'")
        .params(programmeId, month.atDay(1))
        .query(
            (rs, n) ->
                new Progress(
                    rs.getLong(1),
                    rs.getLong(2),
                    YearMonth.parse(rs.getString(3)),
                    rs.getString(4),
                    rs.getInt(5),
                    rs.getInt(6),
                    rs.getTimestamp(7).toInstant(),
                    rs.getTimestamp(8) == null ? null : rs.getTimestamp(8).toInstant()))
        .optional();
  }

  public List<Progress> of(CurrentUser user, long programmeId) {
    programmes.managed(user, programmeId);
    return jdbc
        .sql(
            "SELECT to_char(month, 'YYYY-MM') FROM aid.settlement WHERE programme_id = ? AND"
                + " status <> 'FAILED' ORDER BY month DESC")
        .param(programmeId)
        .query(String.class)
        .list()
        .stream()
        .map(m -> find(programmeId, YearMonth.parse(m)).orElseThrow())
        .toList();
  }

  public Progress progress(CurrentUser user, long programmeId, String month) {
    programmes.managed(user, programmeId);
    return find(programmeId, parse(month)).orElseThrow(NotFoundException::new);
  }

  /** A month that has ended: the current month and later ones cannot be settled yet. */
  private YearMonth month(String value) {
    YearMonth m = parse(value);
    if (!m.isBefore(YearMonth.now(clock))) {
      Problems p = new Problems();
      p.add("month", "aid.validation.monthNotOver");
      p.throwIfAny();
    }
    return m;
  }

  static YearMonth parse(String value) {
    try {
      return YearMonth.parse(value == null ? "" : value.strip());
    } catch (java.time.format.DateTimeParseException e) {
      Problems p = new Problems();
      p.add("month", "aid.validation.month");
      p.throwIfAny();
      throw e;
    }
  }
}
