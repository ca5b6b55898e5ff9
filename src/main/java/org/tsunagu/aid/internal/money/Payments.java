package org.tsunagu.aid.internal.money;

import static org.tsunagu.aid.internal.AidChecks.choice;
import static org.tsunagu.aid.internal.AidChecks.date;
import static org.tsunagu.aid.internal.AidChecks.text;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.aid.internal.ledger.AccountKind;
import org.tsunagu.aid.internal.ledger.Ledger;
import org.tsunagu.aid.internal.ledger.Posting;
import org.tsunagu.aid.internal.member.Member;
import org.tsunagu.aid.internal.member.Members;
import org.tsunagu.aid.internal.programme.Programmes;
import org.tsunagu.platform.audit.AuditAction;
import org.tsunagu.platform.audit.AuditLog;
import org.tsunagu.platform.idempotency.IdempotencyOwner;
import org.tsunagu.platform.idempotency.IdempotentRequests;
import org.tsunagu.platform.idempotency.IdempotentResult;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.web.Problems;

/**
 * Money received from a member (fees, annual fee) and paid out to a supporter (謝礼・実費), each a
 * journal against the programme's cash. Neither may exceed what is outstanding at that moment: the
 * member's account is locked while it is judged, so two clerks recording the same payment at once
 * cannot take it below zero, and a repeated form or request with the same key is stored once.
 */
@Service
public class Payments {

  public enum Direction {
    RECEIVED,
    PAID_OUT
  }

  private static final Set<String> METHODS = Set.of("CASH", "BANK_TRANSFER", "DIRECT_DEBIT");

  private final Programmes programmes;
  private final Members members;
  private final Ledger ledger;
  private final JdbcClient jdbc;
  private final IdempotentRequests idempotent;
  private final AuditLog audit;
  private final Clock clock;

  Payments(
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

  /** Records the move and answers its journal's id; {@code key} may be null. */
  @Transactional
  public IdempotentResult record(
      CurrentUser user, long programmeId, Direction direction, MoneyInput in, String key) {
    programmes.managed(user, programmeId);
    if (key == null) {
      return new IdempotentResult(post(user, programmeId, direction, in), false);
    }
    return idempotent.once(
        IdempotencyOwner.of(user),
        "aid.money." + direction,
        key,
        new Object[] {programmeId, in},
        () -> post(user, programmeId, direction, in));
  }

  private long post(CurrentUser user, long programmeId, Direction direction, MoneyInput in) {
    Problems p = new Problems();
    Member member =
        in.memberId() == null ? null : members.find(programmeId, in.memberId()).orElse(null);
    if (member == null) {
      p.add("memberId", "aid.validation.member");
    }
    Long amount = in.amountYen();
    if (amount == null) {
      p.add("amountYen", "validation.required");
    } else if (amount < 1 || amount > 10_000_000) {
      p.add("amountYen", "aid.validation.range", 1, 10_000_000);
    }
    String method = choice(p, "method", in.method(), METHODS);
    LocalDate paidOn = date(p, "paidOn", in.paidOn(), true);
    LocalDate today = LocalDate.now(clock);
    if (paidOn != null && (paidOn.isAfter(today) || paidOn.isBefore(today.minusYears(1)))) {
      p.add("paidOn", "aid.validation.paidOn");
    }
    String memo = text(p, "memo", in.memo(), 500, false);
    p.throwIfAny();
    AccountKind account =
        direction == Direction.RECEIVED ? AccountKind.RECIPIENT : AccountKind.SUPPORTER;
    long outstanding = ledger.lockedOutstanding(programmeId, member.id(), account);
    if (amount > outstanding) {
      p.add(
          "amountYen",
          direction == Direction.RECEIVED
              ? "aid.validation.moreThanOwed"
              : "aid.validation.moreThanDue",
          outstanding);
      p.throwIfAny();
    }
    Posting posting =
        direction == Direction.RECEIVED
            ? new Posting().add(AccountKind.CASH, amount).add(account, member.id(), -amount)
            : new Posting().add(account, member.id(), amount).add(AccountKind.CASH, -amount);
    YearMonth month = ledger.firstOpenMonth(programmeId, YearMonth.from(paidOn));
    long journal =
        ledger.post(
            programmeId,
            month,
            direction == Direction.RECEIVED ? "PAYMENT" : "PAYOUT",
            null,
            memo,
            user.id(),
            posting);
    jdbc.sql(
            "INSERT INTO aid.money_move (journal_id, programme_id, member_id, direction, method,"
                + " paid_on, amount_yen) VALUES (?, ?, ?, ?, ?, ?, ?)")
        .params(journal, programmeId, member.id(), direction.name(), method, paidOn, amount)
        .update();
    audit.record(AuditAction.CREATE, "aid_journal", journal, direction.name().toLowerCase());
    return journal;
  }
}
