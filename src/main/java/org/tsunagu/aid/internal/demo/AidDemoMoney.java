package org.tsunagu.aid.internal.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.tsunagu.aid.internal.ledger.AccountKind;
import org.tsunagu.aid.internal.ledger.Ledger;
import org.tsunagu.aid.internal.money.AnnualFees;
import org.tsunagu.aid.internal.money.MoneyInput;
import org.tsunagu.aid.internal.money.Payments;
import org.tsunagu.platform.demo.DemoActor;
import org.tsunagu.platform.security.CurrentUser;

/**
 * The demo town's money after last month's settlement: this year's annual fee billed, and about
 * half the members settled up (recipients paid what they owed by transfer or in cash, supporters
 * paid their 謝礼), so the money page has both paid and outstanding balances to show.
 */
final class AidDemoMoney {

  private final AnnualFees fees;
  private final Payments payments;
  private final Ledger ledger;

  AidDemoMoney(AnnualFees fees, Payments payments, Ledger ledger) {
    this.fees = fees;
    this.payments = payments;
    this.ledger = ledger;
  }

  void settleUp(DemoActor actor, Instant now, AidDemoTown.Scheme scheme) {
    String today = LocalDate.ofInstant(now, ZoneId.of("Asia/Tokyo")).toString();
    long programme = scheme.programme();
    actor.act(
        now,
        scheme.manager(),
        u -> {
          fees.bill(u, programme, fees.currentYear(u, programme));
          for (int i = 0; i < scheme.recipients().size(); i += 2) {
            long member = scheme.recipients().get(i);
            long owed = ledger.balance(programme, member, AccountKind.RECIPIENT);
            String method = i % 4 == 0 ? "DIRECT_DEBIT" : "CASH";
            pay(u, programme, Payments.Direction.RECEIVED, member, owed, method, today);
          }
          for (int i = 0; i < scheme.supporters().size(); i += 2) {
            long member = scheme.supporters().get(i);
            long due = -ledger.balance(programme, member, AccountKind.SUPPORTER);
            pay(u, programme, Payments.Direction.PAID_OUT, member, due, "BANK_TRANSFER", today);
          }
        });
  }

  private void pay(
      CurrentUser u,
      long programme,
      Payments.Direction direction,
      long member,
      long yen,
      String method,
      String day) {
    if (yen > 0) {
      payments.record(
          u, programme, direction, new MoneyInput(member, yen, method, day, null), null);
    }
  }
}
