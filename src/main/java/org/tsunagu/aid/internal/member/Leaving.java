package org.tsunagu.aid.internal.member;

import static org.tsunagu.aid.internal.AidChecks.choice;
import static org.tsunagu.aid.internal.AidChecks.date;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.aid.internal.credit.CreditEndings;
import org.tsunagu.aid.internal.programme.Programme;
import org.tsunagu.aid.internal.programme.Programmes;
import org.tsunagu.people.PeopleApi;
import org.tsunagu.platform.audit.AuditAction;
import org.tsunagu.platform.audit.AuditLog;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.web.Problems;

/**
 * Ends a membership (退会, or death): the registry relationship it held ends with it, and the
 * member's banked minutes go as the programme's rule says ({@link CreditEndings}).
 */
@Service
public class Leaving {

  private final JdbcClient jdbc;
  private final Programmes programmes;
  private final Members members;
  private final CreditEndings credits;
  private final PeopleApi people;
  private final AuditLog audit;
  private final Clock clock;

  Leaving(
      JdbcClient jdbc,
      Programmes programmes,
      Members members,
      CreditEndings credits,
      PeopleApi people,
      AuditLog audit,
      Clock clock) {
    this.jdbc = jdbc;
    this.programmes = programmes;
    this.members = members;
    this.credits = credits;
    this.people = people;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  public void leave(
      CurrentUser user,
      long programmeId,
      long memberId,
      String reason,
      String on,
      Long heirMemberId) {
    Programme programme = programmes.managed(user, programmeId);
    Member m = members.lock(programmeId, memberId);
    Problems p = new Problems();
    String why = choice(p, "reason", reason, Set.of("LEFT", "DIED"));
    LocalDate day = date(p, "leftOn", on, false);
    if (!m.active()) {
      p.add("reason", "aid.validation.alreadyLeft");
    }
    if (heirMemberId != null
        && members.find(programmeId, heirMemberId).filter(Member::active).isEmpty()) {
      p.add("heirMemberId", "aid.validation.member");
    }
    if (why != null) {
      credits.check(p, programme, memberId, "DIED".equals(why), heirMemberId);
    }
    p.throwIfAny();
    jdbc.sql(
            "UPDATE aid.member SET left_on = ?, left_reason = ?, version = version + 1 WHERE id = ?")
        .params(day == null ? LocalDate.now(clock) : day, why, memberId)
        .update();
    jdbc.sql("SELECT relationship_id FROM aid.member WHERE id = ?")
        .param(memberId)
        .query(Long.class)
        .optional()
        .ifPresent(r -> people.endRelationship(r, "aid.member.left"));
    credits.end(programme, memberId, "DIED".equals(why), heirMemberId, user.id());
    audit.record(AuditAction.UPDATE, "aid_member", memberId, "left=" + why);
  }
}
