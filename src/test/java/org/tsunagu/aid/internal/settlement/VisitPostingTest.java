package org.tsunagu.aid.internal.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.tsunagu.aid.internal.ledger.AccountKind;
import org.tsunagu.aid.internal.ledger.Posting;
import org.tsunagu.aid.internal.programme.FeeRules;
import org.tsunagu.aid.internal.programme.FeeRulesTest;
import org.tsunagu.platform.time.WorkingDays;

/** What visits and cancellations post, and that every posting balances in yen and in minutes. */
class VisitPostingTest {

  final WorkingDays days = WorkingDays.fromClasspath();
  final FeeRules fees = FeeRulesTest.SHAKYO;

  @Test
  void shouldChargeTheRecipientPayTheSupporterAndKeepTheDifference() {
    Map<Posting.Key, Long> p =
        VisitPosting.visit(
                fees,
                days,
                new VisitPosting.Visit(
                    LocalDateTime.of(2026, 12, 8, 10, 0), 75, 1L, 2L, null, false, 300, 450))
            .nonZero();
    assertThat(p.get(new Posting.Key(AccountKind.RECIPIENT, 1L))).isEqualTo(1125 + 750);
    assertThat(p.get(new Posting.Key(AccountKind.SUPPORTER, 2L))).isEqualTo(-(900 + 750));
    assertThat(p.get(new Posting.Key(AccountKind.ORGANIZATION, null))).isEqualTo(-225);
  }

  @Test
  void shouldPayInMinutesWhenTheSupporterBanksOrTheRecipientSpends() {
    Map<Posting.Key, Long> banked =
        VisitPosting.visit(
                fees,
                days,
                new VisitPosting.Visit(
                    LocalDateTime.of(2026, 12, 12, 10, 0), 60, 1L, 2L, null, true, 0, 0))
            .nonZero();
    assertThat(banked.get(new Posting.Key(AccountKind.CREDIT_HOLDING, 2L))).isEqualTo(-60);
    assertThat(banked.get(new Posting.Key(AccountKind.RECIPIENT, 1L))).isEqualTo(960);
    assertThat(banked.get(new Posting.Key(AccountKind.ORGANIZATION, null))).isEqualTo(-960);
    Map<Posting.Key, Long> spent =
        VisitPosting.visit(
                fees,
                days,
                new VisitPosting.Visit(
                    LocalDateTime.of(2026, 12, 8, 10, 0), 60, 1L, 2L, 3L, false, 0, 0))
            .nonZero();
    assertThat(spent.get(new Posting.Key(AccountKind.CREDIT_HOLDING, 3L))).isEqualTo(60);
    assertThat(spent).doesNotContainKey(new Posting.Key(AccountKind.RECIPIENT, 1L));
    assertThat(spent.get(new Posting.Key(AccountKind.ORGANIZATION, null))).isEqualTo(600);
  }

  @Test
  void shouldBalanceEveryPostingOverManyRandomVisits() {
    Random random = new Random(11);
    for (int i = 0; i < 10_000; i++) {
      LocalDateTime start =
          LocalDateTime.of(2026, 1, 1, 0, 0)
              .plusDays(random.nextInt(730))
              .plusMinutes(random.nextInt(1440));
      Posting p =
          random.nextInt(5) == 0
              ? VisitPosting.cancellation(
                  fees,
                  days,
                  start,
                  1 + random.nextInt(240),
                  FeeRules.Notice.values()[random.nextInt(3)],
                  1L)
              : VisitPosting.visit(
                  fees,
                  days,
                  new VisitPosting.Visit(
                      start,
                      1 + random.nextInt(240),
                      1L,
                      2L,
                      random.nextBoolean() ? 3L : null,
                      random.nextBoolean(),
                      random.nextInt(2000),
                      random.nextInt(5000)));
      long yen = 0;
      long minutes = 0;
      for (var e : p.nonZero().entrySet()) {
        if (e.getKey().kind().unit().equals("YEN")) {
          yen += e.getValue();
        } else {
          minutes += e.getValue();
        }
      }
      assertThat(yen).isZero();
      assertThat(minutes).isZero();
    }
  }
}
