package org.tsunagu.aid.internal.credit;

import static org.tsunagu.aid.internal.AidChecks.choice;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.aid.internal.member.Member;
import org.tsunagu.aid.internal.member.Members;
import org.tsunagu.aid.internal.programme.Programme;
import org.tsunagu.aid.internal.programme.Programmes;
import org.tsunagu.platform.audit.AuditAction;
import org.tsunagu.platform.audit.AuditLog;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.web.NotFoundException;
import org.tsunagu.platform.web.Problems;

/**
 * The members a holder lets spend their banked minutes, each with how they are related to the
 * holder (SPOUSE, PARENT, CHILD), within the relations the programme allows. A request paid with
 * someone else's minutes must name a holder who recorded its recipient here.
 */
@Service
public class CreditUsers {

  public record CreditUserInput(Long userMemberId, String relation) {}

  public record CreditUser(long userMemberId, String name, String relation) {}

  private final Programmes programmes;
  private final Members members;
  private final JdbcClient jdbc;
  private final AuditLog audit;
  private final Clock clock;

  CreditUsers(
      Programmes programmes, Members members, JdbcClient jdbc, AuditLog audit, Clock clock) {
    this.programmes = programmes;
    this.members = members;
    this.jdbc = jdbc;
    this.audit = audit;
    this.clock = clock;
  }

  public List<CreditUser> of(CurrentUser user, long programmeId, long holderId) {
    programmes.managed(user, programmeId);
    member(programmeId, holderId);
    List<CreditUser> shown =
        jdbc.sql(
                "SELECT c.user_id AS user_member_id, n.display_name AS name, c.relation FROM"
                    + " aid.credit_user c JOIN aid.member m ON m.id = c.user_id JOIN"
                    + " people.person_display_name n ON n.id = m.person_id WHERE c.programme_id ="
                    + " ? AND c.holder_id = ? ORDER BY n.display_name")
            .params(programmeId, holderId)
            .query(CreditUser.class)
            .list();
    audit.recordSearch(
        "aid_member", "aid.creditUsers", shown.stream().map(CreditUser::userMemberId).toList());
    return shown;
  }

  @Transactional
  public void record(CurrentUser user, long programmeId, long holderId, CreditUserInput in) {
    Programme programme = programmes.managed(user, programmeId);
    Member holder = member(programmeId, holderId);
    Problems p = new Problems();
    if (!programme.credits().allowed()) {
      p.add("relation", "aid.validation.noCredits");
    }
    Member other =
        in.userMemberId() == null
            ? null
            : members.find(programmeId, in.userMemberId()).filter(Member::active).orElse(null);
    if (other == null || other.personId() == holder.personId()) {
      p.add("userMemberId", "aid.validation.member");
    }
    String relation = choice(p, "relation", in.relation(), Set.of("SPOUSE", "PARENT", "CHILD"));
    if (relation != null && !programme.credits().users().contains(relation)) {
      p.add("relation", "aid.validation.creditRelation");
    }
    p.throwIfAny();
    jdbc.sql(
            "INSERT INTO aid.credit_user (programme_id, holder_id, user_id, relation, recorded_at,"
                + " recorded_by) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (holder_id, user_id) DO"
                + " UPDATE SET relation = excluded.relation, recorded_at = excluded.recorded_at,"
                + " recorded_by = excluded.recorded_by")
        .params(
            programmeId, holderId, other.id(), relation, Timestamp.from(clock.instant()), user.id())
        .update();
    audit.record(AuditAction.UPDATE, "aid_member", holderId, "creditUser=" + other.id());
  }

  @Transactional
  public void remove(CurrentUser user, long programmeId, long holderId, long userMemberId) {
    programmes.managed(user, programmeId);
    member(programmeId, holderId);
    int removed =
        jdbc.sql(
                "DELETE FROM aid.credit_user WHERE programme_id = ? AND holder_id = ? AND user_id"
                    + " = ?")
            .params(programmeId, holderId, userMemberId)
            .update();
    if (removed == 0) {
      throw new NotFoundException();
    }
    audit.record(AuditAction.UPDATE, "aid_member", holderId, "creditUserRemoved=" + userMemberId);
  }

  /**
   * How the recipient may spend the holder's minutes: SELF when they are the same person, else the
   * relation the holder recorded, or none.
   */
  public Optional<String> relation(Member holder, Member recipient) {
    if (holder.personId() == recipient.personId()) {
      return Optional.of("SELF");
    }
    return jdbc.sql("SELECT relation FROM aid.credit_user WHERE holder_id = ? AND user_id = ?")
        .params(holder.id(), recipient.id())
        .query(String.class)
        .optional();
  }

  private Member member(long programmeId, long memberId) {
    return members.find(programmeId, memberId).orElseThrow(NotFoundException::new);
  }
}
