package org.tsunagu.aid.internal.settlement;

import static org.tsunagu.aid.internal.ledger.AccountKind.CREDIT_HOLDING;
import static org.tsunagu.aid.internal.ledger.AccountKind.CREDIT_ISSUED;
import static org.tsunagu.aid.internal.ledger.AccountKind.ORGANIZATION;
import static org.tsunagu.aid.internal.ledger.AccountKind.RECIPIENT;
import static org.tsunagu.aid.internal.ledger.AccountKind.SUPPORTER;

import java.time.LocalDateTime;
import org.tsunagu.aid.internal.ledger.Posting;
import org.tsunagu.aid.internal.programme.Band;
import org.tsunagu.aid.internal.programme.FeeRules;
import org.tsunagu.aid.internal.programme.Rate;
import org.tsunagu.platform.time.WorkingDays;

/**
 * What a visit or a cancellation posts. A visit charges the recipient the band's fee for the
 * charged minutes and owes the supporter their payout (the programme keeps or pays the difference);
 * travel and materials pass from recipient to supporter at cost. Paid with banked minutes, the
 * holder's minutes go instead of the recipient's yen and the programme pays the supporter; banked
 * by the supporter, they earn the minutes instead of the payout. A cancellation charges the
 * recipient the minutes its notice costs, for the programme.
 */
public final class VisitPosting {

  public record Visit(
      LocalDateTime start,
      int minutes,
      long recipientId,
      long supporterId,
      Long creditHolderId,
      boolean supporterBanks,
      int travelYen,
      int expenseYen) {}

  private VisitPosting() {}

  public static Posting visit(FeeRules fees, WorkingDays days, Visit v) {
    Band band = fees.band(v.start(), days);
    Rate rate = fees.rates().get(band);
    int charged = fees.chargedMinutes(v.minutes());
    long fee = FeeRules.yen(charged, rate.recipientYenPerHour());
    long payout = FeeRules.yen(charged, rate.supporterYenPerHour()) + fees.payoutPerVisitYen();
    long recipientPays = v.creditHolderId() == null ? fee : 0;
    long supporterGets = v.supporterBanks() ? 0 : payout;
    Posting p = new Posting();
    if (v.creditHolderId() != null) {
      p.add(CREDIT_HOLDING, v.creditHolderId(), charged).add(CREDIT_ISSUED, -charged);
    }
    if (v.supporterBanks()) {
      p.add(CREDIT_HOLDING, v.supporterId(), -charged).add(CREDIT_ISSUED, charged);
    }
    p.add(RECIPIENT, v.recipientId(), recipientPays)
        .add(SUPPORTER, v.supporterId(), -supporterGets)
        .add(ORGANIZATION, supporterGets - recipientPays);
    long atCost = (long) v.travelYen() + v.expenseYen();
    p.add(RECIPIENT, v.recipientId(), atCost).add(SUPPORTER, v.supporterId(), -atCost);
    return p;
  }

  public static Posting cancellation(
      FeeRules fees,
      WorkingDays days,
      LocalDateTime start,
      int minutes,
      FeeRules.Notice notice,
      long recipientId) {
    int charged = fees.cancellationMinutes(notice, minutes);
    Rate rate = fees.rates().get(fees.band(start, days));
    long fee = FeeRules.yen(charged, rate.recipientYenPerHour());
    return new Posting().add(RECIPIENT, recipientId, fee).add(ORGANIZATION, -fee);
  }
}
