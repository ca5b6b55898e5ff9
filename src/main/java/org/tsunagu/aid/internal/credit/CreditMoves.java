package org.tsunagu.aid.internal.credit;

import static org.tsunagu.aid.internal.AidChecks.range;
import static org.tsunagu.aid.internal.AidChecks.text;

import java.time.Clock;
import java.time.YearMonth;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.aid.internal.ledger.AccountKind;
import org.tsunagu.aid.internal.ledger.Ledger;
import org.tsunagu.aid.internal.ledger.Posting;
import org.tsunagu.aid.internal.member.Member;
import org.tsunagu.aid.internal.member.Members;
import org.tsunagu.aid.internal.programme.Programme;
import org.tsunagu.aid.internal.programme.Programmes;
import org.tsunagu.platform.audit.AuditAction;
import org.tsunagu.platform.audit.AuditLog;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.web.Problems;

/**
 * Banked minutes moved by hand: given by one member to another where the programme lets them be
 * given away. The ledger keeps the giver within what they hold, however many give at once.
 */
@Service
public class CreditMoves {

  public record GiftInput(Long fromMemberId, Long toMemberId, Integer minutes, String memo) {}

  private final Programmes programmes;
  private final Members members;
  private final Ledger ledger;
  private final AuditLog audit;
  private final Clock clock;

  CreditMoves(Programmes programmes, Members members, Ledger ledger, AuditLog audit, Clock clock) {
    this.programmes = programmes;
    this.members = members;
    this.ledger = ledger;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  public long give(CurrentUser user, long programmeId, GiftInput in) {
    Programme programme = programmes.managed(user, programmeId);
    Problems p = new Problems();
    if (!programme.credits().transferable()) {
      p.add("toMemberId", "aid.validation.notTransferable");
    }
    Member from = active(p, "fromMemberId", programmeId, in.fromMemberId());
    Member to = active(p, "toMemberId", programmeId, in.toMemberId());
    if (from != null && to != null && from.id() == to.id()) {
      p.add("toMemberId", "aid.validation.sameMember");
    }
    Integer minutes = range(p, "minutes", in.minutes(), 1, 6000);
    String memo = text(p, "memo", in.memo(), 500, false);
    p.throwIfAny();
    Posting gift =
        new Posting()
            .add(AccountKind.CREDIT_HOLDING, from.id(), minutes)
            .add(AccountKind.CREDIT_HOLDING, to.id(), -minutes);
    long journal =
        ledger.post(
            programmeId, openMonth(programmeId), "CREDIT_GIFT", null, memo, user.id(), gift);
    audit.record(AuditAction.CREATE, "aid_journal", journal, "creditGift");
    return journal;
  }

  private YearMonth openMonth(long programmeId) {
    return ledger.firstOpenMonth(programmeId, YearMonth.now(clock));
  }

  private Member active(Problems p, String field, long programmeId, Long memberId) {
    Member m = memberId == null ? null : members.find(programmeId, memberId).orElse(null);
    if (m == null || !m.active()) {
      p.add(field, "aid.validation.member");
      return null;
    }
    return m;
  }
}
