package org.tsunagu.aid.internal.settlement;

import static org.tsunagu.aid.internal.AidChecks.choice;
import static org.tsunagu.aid.internal.AidChecks.text;

import java.time.Clock;
import java.time.YearMonth;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.aid.internal.ledger.AccountKind;
import org.tsunagu.aid.internal.ledger.Ledger;
import org.tsunagu.aid.internal.ledger.Posting;
import org.tsunagu.aid.internal.member.Members;
import org.tsunagu.aid.internal.programme.Programmes;
import org.tsunagu.platform.audit.AuditAction;
import org.tsunagu.platform.audit.AuditLog;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.web.Problems;

/**
 * Corrections never edit: a journal is reversed whole, or a member's account is adjusted against
 * the programme's share, each posted in the first month not yet closed.
 */
@Service
public class Corrections {

  public record ReversalInput(Long journalId, String memo) {}

  /** {@code amountYen} debit positive: more owed by a recipient, less owed to a supporter. */
  public record AdjustmentInput(Long memberId, String account, Long amountYen, String memo) {}

  private final Ledger ledger;
  private final Programmes programmes;
  private final Members members;
  private final AuditLog audit;
  private final Clock clock;

  Corrections(Ledger ledger, Programmes programmes, Members members, AuditLog audit, Clock clock) {
    this.ledger = ledger;
    this.programmes = programmes;
    this.members = members;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  public long reverse(CurrentUser user, long programmeId, ReversalInput in) {
    programmes.managed(user, programmeId);
    Problems p = new Problems();
    String memo = text(p, "memo", in.memo(), 500, true);
    if (in.journalId() == null) {
      p.add("journalId", "validation.required");
    }
    p.throwIfAny();
    long id = ledger.reverse(programmeId, in.journalId(), openMonth(programmeId), memo, user.id());
    audit.record(AuditAction.CREATE, "aid_journal", id, "reverses=" + in.journalId());
    return id;
  }

  @Transactional
  public long adjust(CurrentUser user, long programmeId, AdjustmentInput in) {
    programmes.managed(user, programmeId);
    Problems p = new Problems();
    String memo = text(p, "memo", in.memo(), 500, true);
    String account = choice(p, "account", in.account(), Set.of("RECIPIENT", "SUPPORTER"));
    if (in.memberId() == null || members.find(programmeId, in.memberId()).isEmpty()) {
      p.add("memberId", "aid.validation.member");
    }
    if (in.amountYen() == null || in.amountYen() == 0) {
      p.add("amountYen", "validation.required");
    } else if (Math.abs(in.amountYen()) > 1_000_000) {
      p.add("amountYen", "aid.validation.range", -1_000_000, 1_000_000);
    }
    p.throwIfAny();
    AccountKind kind = AccountKind.valueOf(account);
    Posting posting =
        new Posting()
            .add(kind, in.memberId(), in.amountYen())
            .add(AccountKind.ORGANIZATION, -in.amountYen());
    long id =
        ledger.post(
            programmeId, openMonth(programmeId), "ADJUSTMENT", null, memo, user.id(), posting);
    audit.record(AuditAction.CREATE, "aid_journal", id, "adjustment");
    return id;
  }

  private YearMonth openMonth(long programmeId) {
    return ledger.firstOpenMonth(programmeId, YearMonth.now(clock).minusMonths(1));
  }
}
