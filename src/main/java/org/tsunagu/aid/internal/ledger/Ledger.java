package org.tsunagu.aid.internal.ledger;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.postgresql.util.PSQLException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.platform.web.Problems;

/**
 * Posts journals to the double-entry ledger and closes months. The database keeps the rules (see
 * the {@code aid_core} migration): this class only writes; a limit passed or a closed month comes
 * back as a field problem instead of an error.
 */
@Service
public class Ledger {

  public record Balance(
      long accountId, AccountKind kind, Long memberId, String unit, long balance) {}

  private final JdbcClient jdbc;
  private final LedgerAccounts accounts;
  private final Clock clock;

  Ledger(JdbcClient jdbc, LedgerAccounts accounts, Clock clock) {
    this.jdbc = jdbc;
    this.accounts = accounts;
    this.clock = clock;
  }

  /** Posts the journal in the caller's transaction and answers its id. */
  @Transactional(propagation = Propagation.MANDATORY)
  public long post(
      long programmeId,
      YearMonth month,
      String kind,
      Long reversesId,
      String memo,
      long userId,
      Posting posting) {
    Map<Posting.Key, Long> lines = posting.nonZero();
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("an empty journal");
    }
    try {
      long journal =
          jdbc.sql(
                  "INSERT INTO aid.journal (programme_id, month, kind, reverses_id, memo,"
                      + " created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id")
              .params(
                  programmeId,
                  month.atDay(1),
                  kind,
                  reversesId,
                  memo,
                  Timestamp.from(clock.instant()),
                  userId)
              .query(Long.class)
              .single();
      for (Map.Entry<Posting.Key, Long> line : lines.entrySet()) {
        long account =
            accounts.account(programmeId, line.getKey().memberId(), line.getKey().kind());
        jdbc.sql("INSERT INTO aid.entry (journal_id, account_id, amount) VALUES (?, ?, ?)")
            .params(journal, account, line.getValue())
            .update();
      }
      return journal;
    } catch (DataIntegrityViolationException e) {
      throw refused(e);
    }
  }

  /**
   * Reverses a journal with one of opposite amounts in {@code month} (an open one): the way a
   * mistake in a closed month is put right. A journal is reversed once.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public long reverse(long programmeId, long journalId, YearMonth month, String memo, long userId) {
    Posting opposite = new Posting();
    jdbc.sql(
            "SELECT a.kind, a.member_id, e.amount FROM aid.entry e JOIN aid.account a ON a.id ="
                + " e.account_id JOIN aid.journal j ON j.id = e.journal_id WHERE j.id = ? AND"
                + " j.programme_id = ?")
        .params(journalId, programmeId)
        .query(
            (rs, n) ->
                opposite.add(
                    AccountKind.valueOf(rs.getString(1)), (Long) rs.getObject(2), -rs.getLong(3)))
        .list();
    if (opposite.isEmpty()) {
      Problems p = new Problems();
      p.add("journalId", "aid.validation.journal");
      p.throwIfAny();
    }
    boolean reversed =
        jdbc.sql("SELECT EXISTS (SELECT 1 FROM aid.journal WHERE reverses_id = ?)")
            .param(journalId)
            .query(Boolean.class)
            .single();
    if (reversed) {
      Problems p = new Problems();
      p.add("journalId", "aid.validation.alreadyReversed");
      p.throwIfAny();
    }
    return post(programmeId, month, "REVERSAL", journalId, memo, userId, opposite);
  }

  /** The month's books closed: it takes no entry again. Closing twice changes nothing. */
  @Transactional(propagation = Propagation.MANDATORY)
  public boolean close(long programmeId, YearMonth month, long userId) {
    jdbc.sql("SELECT id FROM aid.programme WHERE id = ? FOR UPDATE")
        .param(programmeId)
        .query()
        .listOfRows();
    return jdbc.sql(
                "INSERT INTO aid.closed_month (programme_id, month, closed_at, closed_by) VALUES"
                    + " (?, ?, ?, ?) ON CONFLICT DO NOTHING")
            .params(programmeId, month.atDay(1), Timestamp.from(clock.instant()), userId)
            .update()
        == 1;
  }

  public boolean isClosed(long programmeId, YearMonth month) {
    return jdbc.sql(
            "SELECT EXISTS (SELECT 1 FROM aid.closed_month WHERE programme_id = ? AND month = ?)")
        .params(programmeId, month.atDay(1))
        .query(Boolean.class)
        .single();
  }

  /** The first month from {@code from} on that is not closed. */
  public YearMonth firstOpenMonth(long programmeId, YearMonth from) {
    YearMonth m = from;
    while (isClosed(programmeId, m)) {
      m = m.plusMonths(1);
    }
    return m;
  }

  /**
   * Locks the member's account and says whether {@code amount} more may be debited to it within its
   * limit; the lock holds to the end of the transaction, so the answer stays true for its posting.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public boolean canDebit(long programmeId, long memberId, AccountKind kind, long amount) {
    long account = accounts.account(programmeId, memberId, kind);
    return jdbc.sql(
            "SELECT debit_limit IS NULL OR balance + ? <= debit_limit FROM aid.account WHERE id = ?"
                + " FOR UPDATE")
        .params(amount, account)
        .query(Boolean.class)
        .single();
  }

  /**
   * Locks the member's account to the end of the transaction and answers what stands on it in the
   * member's reading: owed by them (RECIPIENT), owed to them (SUPPORTER), minutes they hold
   * (CREDIT_HOLDING).
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public long lockedOutstanding(long programmeId, long memberId, AccountKind kind) {
    long account = accounts.account(programmeId, memberId, kind);
    long balance =
        jdbc.sql("SELECT balance FROM aid.account WHERE id = ? FOR UPDATE")
            .param(account)
            .query(Long.class)
            .single();
    return kind == AccountKind.RECIPIENT ? balance : -balance;
  }

  public List<Balance> balances(long programmeId) {
    return jdbc.sql(
            "SELECT id, kind, member_id, unit, balance FROM aid.account WHERE programme_id = ?"
                + " ORDER BY kind, member_id")
        .param(programmeId)
        .query(
            (rs, n) ->
                new Balance(
                    rs.getLong(1),
                    AccountKind.valueOf(rs.getString(2)),
                    (Long) rs.getObject(3),
                    rs.getString(4),
                    rs.getLong(5)))
        .list();
  }

  public long balance(long programmeId, Long memberId, AccountKind kind) {
    return jdbc.sql(
            "SELECT coalesce((SELECT balance FROM aid.account WHERE "
                + LedgerAccounts.owner(memberId)
                + "), 0)")
        .params(LedgerAccounts.owner(programmeId, memberId, kind))
        .query(Long.class)
        .single();
  }

  private static RuntimeException refused(DataIntegrityViolationException e) {
    String constraint =
        e.getMostSpecificCause() instanceof PSQLException pg && pg.getServerErrorMessage() != null
            ? String.valueOf(pg.getServerErrorMessage().getConstraint())
            : "";
    Problems p = new Problems();
    switch (constraint) {
      case "account_check" -> p.add("minutes", "aid.validation.creditLimit");
      case "aid_month_closed" -> p.add("month", "aid.validation.monthClosed");
      default -> {
        return e;
      }
    }
    p.throwIfAny();
    return e;
  }
}
