package org.tsunagu.aid.internal.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.tsunagu.aid.internal.programme.FeeRules;
import org.tsunagu.aid.internal.programme.FeeRulesTest;
import org.tsunagu.aid.internal.settlement.VisitPostingAccess;
import org.tsunagu.platform.web.FieldErrorsException;
import org.tsunagu.support.IntegrationTest;

/**
 * The ledger's rules over long random sequences of postings, credit spending, cancellations,
 * reversals, adjustments, closings and postings into closed months, and under concurrent debits:
 * every journal sums to zero in each unit, no account passes its limit, a closed month never
 * changes, and the database refuses what code must never write.
 */
@IntegrationTest
class LedgerPropertyTest {

  @Autowired Ledger ledger;
  @Autowired TransactionTemplate tx;
  @Autowired JdbcClient jdbc;

  long programme;
  final List<Long> members = new ArrayList<>();

  @BeforeEach
  void setUp() {
    programme =
        jdbc.sql(
                "INSERT INTO aid.programme (organization_id, name, annual_fee_yen, minimum_minutes,"
                    + " step_minutes, weekday_from, weekday_until, cancel_free_days_before,"
                    + " cancel_same_day_minutes, cancel_no_notice_full, time_credits,"
                    + " credit_overdraft_minutes, created_at, created_by) VALUES (1, ?, 1000, 60,"
                    + " 30, '06:00', '22:00', 1, 60, true, 'OPTIONAL', 0, now(), 1) RETURNING id")
            .param("ledger-" + System.nanoTime())
            .query(Long.class)
            .single();
    for (int i = 0; i < 6; i++) {
      members.add(
          jdbc.sql(
                  "INSERT INTO aid.member (programme_id, person_id, member_type, joined_on,"
                      + " created_at, created_by) VALUES (?, ?, 'SUPPORTER', '2025-04-01', now(),"
                      + " 1) RETURNING id")
              .params(programme, 1_000_000 + i)
              .query(Long.class)
              .single());
    }
  }

  @Test
  void shouldKeepEveryRuleOverALongRandomSequence() {
    long seed = Long.getLong("ledger.seed", 20261130L);
    Random random = new Random(seed);
    YearMonth month = YearMonth.of(2025, 4);
    Map<YearMonth, String> closed = new HashMap<>();
    List<Long> journals = new ArrayList<>();
    int refused = 0;
    for (int step = 0; step < 1500; step++) {
      int op = random.nextInt(10);
      YearMonth current = month;
      try {
        if (op <= 4 || op == 5) {
          Posting p = randomPosting(random, op == 5);
          if (!p.isEmpty()) {
            journals.add(
                tx.execute(s -> ledger.post(programme, current, "VISIT", null, null, 1, p)));
          }
        } else if (op == 6 && !journals.isEmpty()) {
          long j = journals.get(random.nextInt(journals.size()));
          tx.execute(s -> ledger.reverse(programme, j, current, "訂正", 1));
        } else if (op == 7) {
          Posting p =
              new Posting()
                  .add(AccountKind.RECIPIENT, member(random), random.nextInt(2001) - 1000)
                  .add(AccountKind.ORGANIZATION, 0);
          long amount = p.nonZero().values().stream().mapToLong(Long::longValue).sum();
          if (amount != 0) {
            p.add(AccountKind.ORGANIZATION, -amount);
            tx.execute(s -> ledger.post(programme, current, "ADJUSTMENT", null, "調整", 1, p));
          }
        } else if (op == 8) {
          tx.executeWithoutResult(s -> ledger.close(programme, current, 1));
          closed.put(current, digest(current));
          Boolean again = tx.execute(s -> ledger.close(programme, current, 1));
          assertThat(again).as("closing again changes nothing").isFalse();
          month = month.plusMonths(1);
        } else if (op == 9 && !closed.isEmpty()) {
          YearMonth old = new ArrayList<>(closed.keySet()).get(random.nextInt(closed.size()));
          Posting p =
              new Posting()
                  .add(AccountKind.RECIPIENT, member(random), 100)
                  .add(AccountKind.ORGANIZATION, -100);
          assertThatThrownBy(
                  () -> tx.execute(s -> ledger.post(programme, old, "VISIT", null, null, 1, p)))
              .isInstanceOf(FieldErrorsException.class);
        }
      } catch (FieldErrorsException e) {
        refused++;
      }
      assertRules(closed);
    }
    assertThat(refused).as("credit limits were reached (seed %d)", seed).isPositive();
    assertThat(closed).as("months were closed").hasSizeGreaterThan(10);
  }

  @Test
  void shouldHoldTheCreditLimitUnderConcurrentDebits() throws Exception {
    long holder = members.get(0);
    tx.execute(
        s ->
            ledger.post(
                programme,
                YearMonth.of(2025, 4),
                "VISIT",
                null,
                null,
                1,
                new Posting()
                    .add(AccountKind.CREDIT_HOLDING, holder, -120)
                    .add(AccountKind.CREDIT_ISSUED, 120)));
    int threads = 8;
    CyclicBarrier start = new CyclicBarrier(threads);
    List<Callable<Boolean>> debits = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      debits.add(
          () -> {
            start.await();
            try {
              tx.execute(
                  s ->
                      ledger.post(
                          programme,
                          YearMonth.of(2025, 4),
                          "CREDIT_USE",
                          null,
                          null,
                          1,
                          new Posting()
                              .add(AccountKind.CREDIT_HOLDING, holder, 30)
                              .add(AccountKind.CREDIT_ISSUED, -30)));
              return true;
            } catch (FieldErrorsException e) {
              return false;
            }
          });
    }
    var pool = Executors.newFixedThreadPool(threads);
    int succeeded = 0;
    try {
      for (var f : pool.invokeAll(debits)) {
        succeeded += f.get() ? 1 : 0;
      }
    } finally {
      pool.shutdown();
    }
    assertThat(succeeded).isEqualTo(4);
    assertThat(ledger.balance(programme, holder, AccountKind.CREDIT_HOLDING)).isZero();
    assertRules(Map.of());
  }

  @Test
  void shouldRefuseInTheDatabaseWhatCodeMustNeverWrite() {
    tx.execute(
        s ->
            ledger.post(
                programme,
                YearMonth.of(2025, 4),
                "VISIT",
                null,
                null,
                1,
                new Posting()
                    .add(AccountKind.RECIPIENT, members.get(1), 750)
                    .add(AccountKind.ORGANIZATION, -750)));
    assertThatThrownBy(
            () ->
                tx.executeWithoutResult(
                    s -> {
                      long j =
                          jdbc.sql(
                                  "INSERT INTO aid.journal (programme_id, month, kind, created_at,"
                                      + " created_by) VALUES (?, '2025-04-01', 'ADJUSTMENT', now(),"
                                      + " 1) RETURNING id")
                              .param(programme)
                              .query(Long.class)
                              .single();
                      jdbc.sql(
                              "INSERT INTO aid.entry (journal_id, account_id, amount) SELECT ?,"
                                  + " id, 10 FROM aid.account WHERE programme_id = ? AND kind ="
                                  + " 'ORGANIZATION'")
                          .params(j, programme)
                          .update();
                    }))
        .hasMessageContaining("does not balance");
    assertThatThrownBy(
            () ->
                jdbc.sql(
                        "UPDATE aid.entry SET amount = 1 WHERE journal_id IN (SELECT id FROM"
                            + " aid.journal WHERE programme_id = ?)")
                    .param(programme)
                    .update())
        .hasMessageContaining("never changed");
    assertThatThrownBy(
            () ->
                jdbc.sql("DELETE FROM aid.journal WHERE programme_id = ?")
                    .param(programme)
                    .update())
        .hasMessageContaining("never changed");
    assertRules(Map.of());
  }

  private Posting randomPosting(Random random, boolean cancellation) {
    LocalDateTime start =
        LocalDateTime.of(2025, 4, 1, 0, 0)
            .plusDays(random.nextInt(600))
            .plusMinutes(random.nextInt(1440));
    if (cancellation) {
      return VisitPostingAccess.cancellation(
          FeeRulesTest.SHAKYO,
          start,
          1 + random.nextInt(240),
          FeeRules.Notice.values()[random.nextInt(3)],
          member(random));
    }
    return VisitPostingAccess.visit(
        FeeRulesTest.SHAKYO,
        start,
        1 + random.nextInt(240),
        member(random),
        member(random),
        random.nextInt(3) == 0 ? member(random) : null,
        random.nextInt(3) == 0,
        random.nextInt(1000),
        random.nextInt(3000));
  }

  private long member(Random random) {
    return members.get(random.nextInt(members.size()));
  }

  private void assertRules(Map<YearMonth, String> closed) {
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM (SELECT e.journal_id, a.unit FROM aid.entry e JOIN"
                        + " aid.account a ON a.id = e.account_id WHERE a.programme_id = ? GROUP BY"
                        + " e.journal_id, a.unit HAVING sum(e.amount) <> 0) x")
                .param(programme)
                .query(Long.class)
                .single())
        .as("journals that do not balance")
        .isZero();
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM aid.account a WHERE a.programme_id = ? AND (a.balance <>"
                        + " coalesce((SELECT sum(amount) FROM aid.entry e WHERE e.account_id ="
                        + " a.id), 0) OR (a.debit_limit IS NOT NULL AND a.balance >"
                        + " a.debit_limit))")
                .param(programme)
                .query(Long.class)
                .single())
        .as("accounts off their entries or past their limit")
        .isZero();
    closed.forEach((m, digest) -> assertThat(digest(m)).as("closed %s", m).isEqualTo(digest));
  }

  private String digest(YearMonth month) {
    return jdbc.sql(
            "SELECT coalesce(md5(string_agg(e.id || ':' || e.account_id || ':' || e.amount, ','"
                + " ORDER BY e.id)), '') FROM aid.entry e JOIN aid.journal j ON j.id ="
                + " e.journal_id WHERE j.programme_id = ? AND j.month = ?")
        .params(programme, month.atDay(1))
        .query(String.class)
        .single();
  }
}
