package org.tsunagu.aid.internal.member;

import static org.tsunagu.aid.internal.AidChecks.choice;
import static org.tsunagu.aid.internal.AidChecks.date;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.aid.MemberType;
import org.tsunagu.aid.internal.programme.Programme;
import org.tsunagu.aid.internal.programme.Programmes;
import org.tsunagu.people.PeopleApi;
import org.tsunagu.people.PersonSummary;
import org.tsunagu.people.RelationshipKind;
import org.tsunagu.platform.audit.AuditAction;
import org.tsunagu.platform.audit.AuditLog;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.web.NotFoundException;
import org.tsunagu.platform.web.Problems;

/**
 * Memberships. Joining makes the programme's organisation serve the person (a membership
 * relationship in the registry), which lasts until they leave. Only a person the user may see can
 * join.
 */
@Service
public class Members {

  private static final String SELECT =
      "SELECT m.id, m.programme_id, m.person_id, n.display_name AS name, m.member_type,"
          + " m.user_id, m.area_id, a.name AS area_name, m.joined_on, m.left_on, m.left_reason"
          + " FROM aid.member m JOIN people.person_display_name n ON n.id = m.person_id LEFT JOIN"
          + " people.area_place a ON a.id = m.area_id ";

  private final JdbcClient jdbc;
  private final Programmes programmes;
  private final SupporterProfiles profiles;
  private final PeopleApi people;
  private final AuditLog audit;
  private final Clock clock;

  Members(
      JdbcClient jdbc,
      Programmes programmes,
      SupporterProfiles profiles,
      PeopleApi people,
      AuditLog audit,
      Clock clock) {
    this.jdbc = jdbc;
    this.programmes = programmes;
    this.profiles = profiles;
    this.people = people;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  public long join(CurrentUser user, long programmeId, MemberInput in) {
    Programme programme = programmes.managed(user, programmeId);
    Problems p = new Problems();
    MemberType type = choice(p, "memberType", in.memberType(), MemberType.class);
    LocalDate joined = date(p, "joinedOn", in.joinedOn(), false);
    PersonSummary person = null;
    if (in.personId() == null) {
      p.add("personId", "validation.required");
    } else if (!people.lockForReference(in.personId())
        || (person = people.findVisible(user, in.personId(), "MUTUAL_AID").orElse(null)) == null) {
      p.add("personId", "aid.validation.person");
    }
    Long areaId = in.areaId() != null ? in.areaId() : person == null ? null : person.areaId();
    if (in.areaId() != null && people.areaPath(in.areaId()).isEmpty()) {
      p.add("areaId", "validation.area.unknown");
    }
    if (in.userId() != null && !userOfOrganization(in.userId(), programme.organizationId())) {
      p.add("userId", "aid.validation.user");
    }
    SupporterProfiles.Profile profile =
        type == MemberType.SUPPORTER ? profiles.check(p, programme, in) : null;
    p.throwIfAny();
    Long inserted =
        jdbc.sql(
                "INSERT INTO aid.member (programme_id, person_id, member_type, user_id, area_id,"
                    + " joined_on, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                    + " ON CONFLICT (programme_id, person_id, member_type) DO NOTHING RETURNING id")
            .params(
                programmeId,
                in.personId(),
                type.name(),
                in.userId(),
                areaId,
                joined == null ? LocalDate.now(clock) : joined,
                Timestamp.from(clock.instant()),
                user.id())
            .query(Long.class)
            .optional()
            .orElse(null);
    if (inserted == null) {
      p.add("personId", "aid.validation.alreadyMember");
      p.throwIfAny();
    }
    long id = inserted;
    long relationship =
        people.recordRelationship(
            in.personId(),
            programme.organizationId(),
            RelationshipKind.MEMBERSHIP,
            "aid.member:" + id);
    jdbc.sql("UPDATE aid.member SET relationship_id = ? WHERE id = ?")
        .params(relationship, id)
        .update();
    if (profile != null) {
      profiles.write(id, areaId, profile);
    }
    audit.record(AuditAction.CREATE, "aid_member", id, "programme=" + programmeId);
    return id;
  }

  /** Replaces a supporter's skills, areas, hours, driving and insurance; not after they left. */
  @Transactional
  public void updateSupporter(CurrentUser user, long programmeId, long memberId, MemberInput in) {
    Programme programme = programmes.managed(user, programmeId);
    Member m = lock(programmeId, memberId);
    if (m.memberType() != MemberType.SUPPORTER) {
      throw new NotFoundException();
    }
    Problems p = new Problems();
    if (!m.active()) {
      p.add("member", "aid.validation.alreadyLeft");
      p.throwIfAny();
    }
    SupporterProfiles.Profile profile = profiles.check(p, programme, in);
    p.throwIfAny();
    profiles.write(memberId, m.areaId(), profile);
    jdbc.sql("UPDATE aid.member SET version = version + 1 WHERE id = ?").param(memberId).update();
    audit.record(AuditAction.UPDATE, "aid_member", memberId, "supporter");
  }

  /** The programme's members of a type; the list is audited with the persons it shows. */
  public List<Member> list(long programmeId, MemberType type) {
    List<Member> shown =
        jdbc.sql(
                SELECT
                    + "WHERE m.programme_id = ? AND m.member_type = ? ORDER BY m.left_on NULLS"
                    + " FIRST, n.display_name")
            .params(programmeId, type.name())
            .query(Member.class)
            .list();
    audit.recordSearch("person", "aid.members", shown.stream().map(Member::personId).toList());
    return shown;
  }

  public Optional<Member> find(long programmeId, long memberId) {
    return jdbc.sql(SELECT + "WHERE m.programme_id = ? AND m.id = ?")
        .params(programmeId, memberId)
        .query(Member.class)
        .optional();
  }

  /** Whether the login holds an active membership of that type in any programme. */
  public boolean holds(long userId, MemberType type) {
    return jdbc.sql(
            "SELECT EXISTS (SELECT 1 FROM aid.member WHERE user_id = ? AND member_type = ? AND"
                + " left_on IS NULL)")
        .params(userId, type.name())
        .query(Boolean.class)
        .single();
  }

  /** The memberships a login holds, in every programme. */
  public List<Member> ofUser(long userId) {
    return jdbc.sql(SELECT + "WHERE m.user_id = ? AND m.left_on IS NULL ORDER BY m.id")
        .param(userId)
        .query(Member.class)
        .list();
  }

  Member lock(long programmeId, long memberId) {
    jdbc.sql("SELECT id FROM aid.member WHERE id = ? AND programme_id = ? FOR UPDATE")
        .params(memberId, programmeId)
        .query()
        .listOfRows();
    return find(programmeId, memberId).orElseThrow(NotFoundException::new);
  }

  private boolean userOfOrganization(long userId, long organizationId) {
    return jdbc.sql(
            "SELECT EXISTS (SELECT 1 FROM platform.user_directory WHERE id = ? AND"
                + " organization_id = ?)")
        .params(userId, organizationId)
        .query(Boolean.class)
        .single();
  }
}
