package org.tsunagu.aid.internal.money;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tsunagu.aid.internal.member.Members;
import org.tsunagu.aid.internal.programme.Programmes;
import org.tsunagu.platform.audit.AuditAction;
import org.tsunagu.platform.audit.AuditLog;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.web.NotFoundException;

/** A member's payments received and payouts made, newest first, with whether each was reversed. */
@Component
public class MoneyMoves {

  public record MoneyMove(
      long journalId,
      Payments.Direction direction,
      String method,
      LocalDate paidOn,
      long amountYen,
      String memo,
      boolean reversed) {}

  private final Programmes programmes;
  private final Members members;
  private final JdbcClient jdbc;
  private final AuditLog audit;

  MoneyMoves(Programmes programmes, Members members, JdbcClient jdbc, AuditLog audit) {
    this.programmes = programmes;
    this.members = members;
    this.jdbc = jdbc;
    this.audit = audit;
  }

  public List<MoneyMove> of(CurrentUser user, long programmeId, long memberId) {
    programmes.managed(user, programmeId);
    if (members.find(programmeId, memberId).isEmpty()) {
      throw new NotFoundException();
    }
    audit.record(AuditAction.READ, "aid_member", memberId, "moneyMoves");
    return jdbc.sql(
            "SELECT m.journal_id, m.direction, m.method, m.paid_on, m.amount_yen, j.memo, EXISTS"
                + " (SELECT 1 FROM aid.journal r WHERE r.reverses_id = m.journal_id) AS reversed"
                + " FROM aid.money_move m JOIN aid.journal j ON j.id = m.journal_id WHERE"
                + " m.programme_id = ? AND m.member_id = ? ORDER BY m.paid_on DESC, m.journal_id"
                + " DESC LIMIT 200")
        .params(programmeId, memberId)
        .query(MoneyMove.class)
        .list();
  }
}
