package org.tsunagu.aid.internal.settlement;

import java.time.LocalDateTime;
import org.tsunagu.aid.internal.ledger.Posting;
import org.tsunagu.aid.internal.programme.FeeRules;
import org.tsunagu.platform.time.WorkingDays;

/** Lets the ledger's property test post what settlement posts. */
public final class VisitPostingAccess {

  private static final WorkingDays DAYS = WorkingDays.fromClasspath();

  private VisitPostingAccess() {}

  public static Posting visit(
      FeeRules fees,
      LocalDateTime start,
      int minutes,
      long recipient,
      long supporter,
      Long holder,
      boolean banks,
      int travel,
      int expense) {
    return VisitPosting.visit(
        fees,
        DAYS,
        new VisitPosting.Visit(
            start, minutes, recipient, supporter, holder, banks, travel, expense));
  }

  public static Posting cancellation(
      FeeRules fees, LocalDateTime start, int minutes, FeeRules.Notice notice, long recipient) {
    return VisitPosting.cancellation(fees, DAYS, start, minutes, notice, recipient);
  }
}
