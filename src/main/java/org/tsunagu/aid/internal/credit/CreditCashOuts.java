package org.tsunagu.aid.internal.credit;

import static org.tsunagu.aid.internal.AidChecks.range;
import static org.tsunagu.aid.internal.AidChecks.text;

import java.time.Clock;
import java.time.YearMonth;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.aid.internal.ledger.AccountKind;
import org.tsunagu.aid.internal.ledger.Ledger;
import org.tsunagu.aid.internal.ledger.Posting;
import org.tsunagu.aid.internal.member.Member;
import org.tsunagu.aid.internal.member.Members;
import org.tsunagu.aid.internal.programme.Band;
import org.tsunagu.aid.internal.programme.FeeRules;
import org.tsunagu.aid.internal.programme.Programme;
import org.tsunagu.aid.internal.programme.Programmes;
import org.tsunagu.platform.audit.AuditAction;
import org.tsunagu.platform.audit.AuditLog;
import org.tsunagu.platform.idempotency.IdempotencyOwner;
import org.tsunagu.platform.idempotency.IdempotentRequests;
import org.tsunagu.platform.idempotency.IdempotentResult;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.web.Problems;

/**
 * Banked minutes cashed out (換金) where the programme allows it: the minutes leave the member's
 * holding and the programme owes them yen at the weekday supporter rate, rounded down to the yen,
 * paid out like any other payout. Only minutes actually held can be cashed: an overdraft the scheme
 * allows for spending is not money.
 */
@Service
public class CreditCashOuts {

  public record CashOutInput(Long memberId, Integer minutes, String memo) {}

  public record CashOut(long journalId, int minutes, long yen) {}

  private final Programmes programmes;
  private final Members members;
  private final Ledger ledger;
  private final JdbcClient jdbc;
  private final IdempotentRequests idempotent;
  private final AuditLog audit;
  private final Clock clock;

  CreditCashOuts(
      Programmes programmes,
      Members members,
      Ledger ledger,
      JdbcClient jdbc,
      IdempotentRequests idempotent,
      AuditLog audit,
      Clock clock) {
    this.programmes = programmes;
    this.members = members;
    this.ledger = ledger;
    this.jdbc = jdbc;
    this.idempotent = idempotent;
    this.audit = audit;
    this.clock = clock;
  }

  /** Yen for {@code minutes} at the programme's weekday supporter rate, rounded down. */
  public static long yen(Programme programme, int minutes) {
    return FeeRules.yen(minutes, programme.fees().rates().get(Band.WEEKDAY).supporterYenPerHour());
  }

  /**
   * Cashes out and answers what was done; with {@code key} (may be null) a repeat of the same
   * request answers the first one's journal instead of cashing out again.
   */
  @Transactional
  public CashOut cashOut(CurrentUser user, long programmeId, CashOutInput in, String key) {
    Programme programme = programmes.managed(user, programmeId);
    if (key == null) {
      return post(user, programme, in);
    }
    IdempotentResult result =
        idempotent.once(
            IdempotencyOwner.of(user),
            "aid.creditCashOut",
            key,
            new Object[] {programmeId, in},
            () -> post(user, programme, in).journalId());
    return done(programmeId, result.id());
  }

  private CashOut done(long programmeId, long journalId) {
    return jdbc.sql(
            "SELECT j.id, coalesce(sum(e.amount) FILTER (WHERE a.kind = 'CREDIT_HOLDING'), 0),"
                + " coalesce(-sum(e.amount) FILTER (WHERE a.kind = 'SUPPORTER'), 0) FROM"
                + " aid.journal j JOIN aid.entry e ON e.journal_id = j.id JOIN aid.account a ON"
                + " a.id = e.account_id WHERE j.id = ? AND j.programme_id = ? GROUP BY j.id")
        .params(journalId, programmeId)
        .query((rs, n) -> new CashOut(rs.getLong(1), rs.getInt(2), rs.getLong(3)))
        .single();
  }

  private CashOut post(CurrentUser user, Programme programme, CashOutInput in) {
    long programmeId = programme.id();
    Problems p = new Problems();
    if (!programme.credits().cashOut()) {
      p.add("minutes", "aid.validation.noCashOut");
    }
    Member member =
        in.memberId() == null ? null : members.find(programmeId, in.memberId()).orElse(null);
    if (member == null) {
      p.add("memberId", "aid.validation.member");
    }
    Integer minutes = range(p, "minutes", in.minutes(), 1, 60_000);
    String memo = text(p, "memo", in.memo(), 500, false);
    p.throwIfAny();
    long held = ledger.lockedOutstanding(programmeId, member.id(), AccountKind.CREDIT_HOLDING);
    if (minutes > held) {
      p.add("minutes", "aid.validation.moreThanHeld", Math.max(0, held));
      p.throwIfAny();
    }
    long yen = yen(programme, minutes);
    Posting posting =
        new Posting()
            .add(AccountKind.CREDIT_HOLDING, member.id(), minutes)
            .add(AccountKind.CREDIT_ISSUED, -minutes);
    if (yen > 0) {
      posting.add(AccountKind.ORGANIZATION, yen).add(AccountKind.SUPPORTER, member.id(), -yen);
    }
    long journal =
        ledger.post(
            programmeId,
            ledger.firstOpenMonth(programmeId, YearMonth.now(clock)),
            "CREDIT_CASH_OUT",
            null,
            memo,
            user.id(),
            posting);
    audit.record(AuditAction.CREATE, "aid_journal", journal, "creditCashOut");
    return new CashOut(journal, minutes, yen);
  }
}
