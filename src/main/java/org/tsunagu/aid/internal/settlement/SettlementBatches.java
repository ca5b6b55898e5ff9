package org.tsunagu.aid.internal.settlement;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.tsunagu.aid.internal.ledger.AccountKind;
import org.tsunagu.aid.internal.ledger.Ledger;
import org.tsunagu.aid.internal.programme.FeeRules;
import org.tsunagu.aid.internal.programme.Programme;
import org.tsunagu.platform.time.WorkingDays;

/**
 * Posts what a month's settlement has not posted yet, a batch per transaction. Rows are taken with
 * SKIP LOCKED and their journal written in the same transaction, so two runs at once never post one
 * visit twice. What posts nothing (a cancellation with notice, a free visit) is marked settled with
 * journal 0.
 */
@Component
class SettlementBatches {

  static final int BATCH = 200;

  private record Item(
      long id,
      boolean cancellation,
      Timestamp startsAt,
      int minutes,
      long recipientId,
      Long supporterId,
      Long creditHolderId,
      boolean banks,
      int travelYen,
      int expenseYen,
      String notice) {}

  private static final String REPORTS =
      "SELECT r.id, false AS cancellation, r.started_at AS starts_at, (extract(epoch FROM"
          + " r.ended_at - r.started_at) / 60)::int AS minutes, h.recipient_id, r.supporter_id,"
          + " h.credit_holder_id, r.take_credits AS banks, r.travel_yen, r.expense_yen, NULL AS"
          + " notice FROM aid.activity_report r JOIN aid.help_request h ON h.id = r.request_id"
          + " WHERE r.programme_id = ? AND r.journal_id IS NULL AND r.started_at < ? ORDER BY r.id"
          + " LIMIT ? FOR UPDATE OF r SKIP LOCKED";
  private static final String CANCELLATIONS =
      "SELECT h.id, true AS cancellation, h.starts_at, h.minutes, h.recipient_id, NULL::bigint AS"
          + " supporter_id, NULL::bigint AS credit_holder_id, false AS banks, 0 AS travel_yen, 0 AS"
          + " expense_yen, h.cancel_notice AS notice FROM aid.help_request h WHERE h.programme_id"
          + " = ? AND h.status = 'CANCELLED' AND h.journal_id IS NULL AND h.starts_at < ? ORDER BY"
          + " h.id LIMIT ? FOR UPDATE SKIP LOCKED";

  private final JdbcClient jdbc;
  private final Ledger ledger;
  private final WorkingDays days;
  private final TransactionTemplate tx;
  private final Clock clock;

  SettlementBatches(
      JdbcClient jdbc, Ledger ledger, WorkingDays days, TransactionTemplate tx, Clock clock) {
    this.jdbc = jdbc;
    this.ledger = ledger;
    this.days = days;
    this.tx = tx;
    this.clock = clock;
  }

  int count(long programmeId, YearMonth month) {
    Timestamp end = end(month);
    return jdbc.sql(
            "SELECT (SELECT count(*) FROM aid.activity_report WHERE programme_id = ? AND journal_id"
                + " IS NULL AND started_at < ?) + (SELECT count(*) FROM aid.help_request WHERE"
                + " programme_id = ? AND status = 'CANCELLED' AND journal_id IS NULL AND starts_at"
                + " < ?)")
        .params(programmeId, end, programmeId, end)
        .query(Integer.class)
        .single();
  }

  /** Posts the next batch and answers how many it posted; 0 when nothing is left. */
  int postNext(Programme programme, YearMonth month, long userId) {
    Integer posted =
        tx.execute(
            s -> {
              List<Item> items =
                  jdbc.sql(REPORTS)
                      .params(programme.id(), end(month), BATCH)
                      .query(Item.class)
                      .list();
              if (items.isEmpty()) {
                items =
                    jdbc.sql(CANCELLATIONS)
                        .params(programme.id(), end(month), BATCH)
                        .query(Item.class)
                        .list();
              }
              for (Item item : items) {
                post(programme, month, userId, item);
              }
              return items.size();
            });
    return posted == null ? 0 : posted;
  }

  private void post(Programme programme, YearMonth month, long userId, Item item) {
    LocalDateTime start = LocalDateTime.ofInstant(item.startsAt().toInstant(), clock.getZone());
    FeeRules fees = programme.fees();
    if (item.cancellation()) {
      var posting =
          VisitPosting.cancellation(
              fees,
              days,
              start,
              item.minutes(),
              FeeRules.Notice.valueOf(item.notice()),
              item.recipientId());
      Long journal =
          posting.isEmpty()
              ? null
              : ledger.post(programme.id(), month, "CANCELLATION", null, null, userId, posting);
      jdbc.sql("UPDATE aid.help_request SET journal_id = coalesce(?, 0) WHERE id = ?")
          .params(journal, item.id())
          .update();
      return;
    }
    var visit =
        new VisitPosting.Visit(
            start,
            item.minutes(),
            item.recipientId(),
            item.supporterId(),
            payingHolder(programme, item),
            item.banks(),
            item.travelYen(),
            item.expenseYen());
    var posting = VisitPosting.visit(fees, days, visit);
    Long journal =
        posting.isEmpty()
            ? null
            : ledger.post(programme.id(), month, "VISIT", null, null, userId, posting);
    jdbc.sql("UPDATE aid.activity_report SET journal_id = coalesce(?, 0) WHERE id = ?")
        .params(journal, item.id())
        .update();
  }

  /** The credit holder if their banked minutes cover the visit; else the recipient pays in yen. */
  private Long payingHolder(Programme programme, Item item) {
    if (item.creditHolderId() == null) {
      return null;
    }
    int charged = programme.fees().chargedMinutes(item.minutes());
    return ledger.canDebit(
            programme.id(), item.creditHolderId(), AccountKind.CREDIT_HOLDING, charged)
        ? item.creditHolderId()
        : null;
  }

  private Timestamp end(YearMonth month) {
    return Timestamp.from(month.plusMonths(1).atDay(1).atStartOfDay(clock.getZone()).toInstant());
  }
}
