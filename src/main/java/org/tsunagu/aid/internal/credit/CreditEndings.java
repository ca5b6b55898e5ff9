package org.tsunagu.aid.internal.credit;

import java.time.Clock;
import java.time.YearMonth;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.aid.internal.ledger.AccountKind;
import org.tsunagu.aid.internal.ledger.Ledger;
import org.tsunagu.aid.internal.ledger.Posting;
import org.tsunagu.aid.internal.programme.CreditRules;
import org.tsunagu.aid.internal.programme.Programme;
import org.tsunagu.platform.web.Problems;

/**
 * What becomes of a member's banked minutes when they leave or die, by the programme's rule: kept
 * (KEEP), cancelled (FORFEIT), given to the programme's pool (DONATE), or passed to a family member
 * (FAMILY, who must be named).
 */
@Component
public class CreditEndings {

  private final Ledger ledger;
  private final Clock clock;

  CreditEndings(Ledger ledger, Clock clock) {
    this.ledger = ledger;
    this.clock = clock;
  }

  /** Checks what the rule needs before the membership ends; an heir is needed only for FAMILY. */
  public void check(Problems p, Programme programme, long memberId, boolean died, Long heirId) {
    if ("FAMILY".equals(rule(programme.credits(), died)) && held(programme, memberId) > 0) {
      if (heirId == null || heirId == memberId) {
        p.add("heirMemberId", "aid.validation.heir");
      }
    }
  }

  /** Posts the rule's journal, if the member held any minutes; answers its id or null. */
  @Transactional(propagation = Propagation.MANDATORY)
  public Long end(Programme programme, long memberId, boolean died, Long heirId, long userId) {
    long held = held(programme, memberId);
    String rule = rule(programme.credits(), died);
    if (held <= 0 || "KEEP".equals(rule)) {
      return null;
    }
    Posting posting = new Posting().add(AccountKind.CREDIT_HOLDING, memberId, held);
    switch (rule) {
      case "FORFEIT" -> posting.add(AccountKind.CREDIT_ISSUED, -held);
      case "DONATE" -> posting.add(AccountKind.CREDIT_POOL, -held);
      default -> posting.add(AccountKind.CREDIT_HOLDING, heirId, -held);
    }
    return ledger.post(
        programme.id(),
        ledger.firstOpenMonth(programme.id(), YearMonth.now(clock)),
        "CREDIT_ENDING",
        null,
        rule,
        userId,
        posting);
  }

  private long held(Programme programme, long memberId) {
    return -ledger.balance(programme.id(), memberId, AccountKind.CREDIT_HOLDING);
  }

  private static String rule(CreditRules credits, boolean died) {
    return died ? credits.onDeath() : credits.onLeaving();
  }
}
