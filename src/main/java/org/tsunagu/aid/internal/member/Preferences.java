package org.tsunagu.aid.internal.member;

import static org.tsunagu.aid.internal.AidChecks.choice;

import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.aid.MemberType;
import org.tsunagu.aid.internal.AidChecks;
import org.tsunagu.aid.internal.programme.Programmes;
import org.tsunagu.platform.audit.AuditAction;
import org.tsunagu.platform.audit.AuditLog;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.web.Problems;

/** Recipients' wishes about supporters, which ranking and assigning honour. */
@Service
public class Preferences {

  private final JdbcClient jdbc;
  private final Programmes programmes;
  private final Members members;
  private final AuditLog audit;

  Preferences(JdbcClient jdbc, Programmes programmes, Members members, AuditLog audit) {
    this.jdbc = jdbc;
    this.programmes = programmes;
    this.members = members;
    this.audit = audit;
  }

  /**
   * Records a recipient's wish about a supporter: PREFERRED (ranked first where they can come),
   * EXCLUDED ("not this person": never sent), or NONE to forget it.
   */
  @Transactional
  public void prefer(
      CurrentUser user,
      long programmeId,
      long recipientId,
      Long supporterId,
      String kind,
      String note) {
    programmes.managed(user, programmeId);
    Member recipient = members.lock(programmeId, recipientId);
    Problems p = new Problems();
    String wish = choice(p, "kind", kind, Set.of("PREFERRED", "EXCLUDED", "NONE"));
    Member supporter =
        supporterId == null ? null : members.find(programmeId, supporterId).orElse(null);
    if (recipient.memberType() != MemberType.RECIPIENT || !recipient.active()) {
      p.add("recipientId", "aid.validation.recipient");
    }
    if (supporter == null || supporter.memberType() != MemberType.SUPPORTER) {
      p.add("supporterId", "aid.validation.member");
    }
    String why = AidChecks.text(p, "note", note, 200, false);
    p.throwIfAny();
    if ("NONE".equals(wish)) {
      jdbc.sql("DELETE FROM aid.preference WHERE recipient_id = ? AND supporter_id = ?")
          .params(recipientId, supporterId)
          .update();
    } else {
      jdbc.sql(
              "INSERT INTO aid.preference (recipient_id, supporter_id, kind, note) VALUES (?, ?,"
                  + " ?, ?) ON CONFLICT (recipient_id, supporter_id) DO UPDATE SET kind ="
                  + " excluded.kind, note = excluded.note")
          .params(recipientId, supporterId, wish, why)
          .update();
    }
    audit.record(AuditAction.UPDATE, "aid_member", recipientId, "preference=" + wish);
  }
}
