package org.tsunagu.consultation.internal.conference;

import io.swagger.v3.oas.annotations.media.Schema;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.consultation.ConsultationPermissions;
import org.tsunagu.consultation.internal.casework.CaseAccess;
import org.tsunagu.consultation.internal.casework.CaseBases;
import org.tsunagu.consultation.internal.casework.Cases;
import org.tsunagu.consultation.internal.casework.EntryKind;
import org.tsunagu.consultation.internal.casework.Plans;
import org.tsunagu.consultation.internal.casework.SupportCase;
import org.tsunagu.people.BasisKind;
import org.tsunagu.people.PeopleApi;
import org.tsunagu.platform.audit.AuditAction;
import org.tsunagu.platform.audit.AuditLog;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.web.NotFoundException;
import org.tsunagu.platform.web.Problems;
import org.tsunagu.platform.web.UserFacingException;

/**
 * Case conferences. A 支援会議 (社会福祉法 第106条の6) lets its members share a case without the person's
 * consent, bound to confidentiality: each participant organisation sees the person once it has
 * acknowledged that duty. A 重層的支援会議 shares on consent only.
 */
@Service
public class Conferences {

  public enum Kind {
    SUPPORT_MEETING,
    MULTI_AGENCY
  }

  public record Participant(long organizationId, String name) {}

  public record NewConference(
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Kind kind,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String title,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) LocalDate heldOn,
      String place,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<Long> caseIds,
      List<Participant> participants) {}

  private final JdbcClient jdbc;
  private final CaseAccess caseAccess;
  private final Cases cases;
  private final CaseBases bases;
  private final Plans plans;
  private final PeopleApi people;
  private final AuditLog audit;
  private final Clock clock;

  Conferences(
      JdbcClient jdbc,
      CaseAccess caseAccess,
      Cases cases,
      CaseBases bases,
      Plans plans,
      PeopleApi people,
      AuditLog audit,
      Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.caseAccess = caseAccess;
    this.cases = cases;
    this.bases = bases;
    this.plans = plans;
    this.people = people;
    this.audit = audit;
  }

  /** Convenes a conference about cases the convener may open; the convener takes part. */
  @Transactional
  public long convene(CurrentUser user, NewConference in) {
    requireManage(user);
    Problems p = new Problems();
    if (in.kind() == null) {
      p.add("kind", "validation.required");
    }
    if (in.title() == null || in.title().isBlank()) {
      p.add("title", "validation.required");
    } else if (in.title().length() > 200) {
      p.add("title", "validation.tooLong", 200);
    }
    if (in.heldOn() == null) {
      p.add("heldOn", "validation.required");
    }
    Set<Long> caseIds = in.caseIds() == null ? Set.of() : new LinkedHashSet<>(in.caseIds());
    if (caseIds.isEmpty()) {
      p.add("caseIds", "conference.validation.cases");
    }
    List<SupportCase> discussed = new ArrayList<>();
    for (Long id : caseIds) {
      SupportCase c = id == null ? null : cases.find(id).orElse(null);
      if (c == null || !caseAccess.mayOpen(user, c)) {
        p.add("caseIds", "conference.validation.cases");
      } else {
        discussed.add(c);
      }
    }
    List<Participant> participants = in.participants() == null ? List.of() : in.participants();
    for (Participant pa : participants) {
      if (pa == null || pa.name() == null || pa.name().isBlank() || pa.name().length() > 100) {
        p.add("participants", "conference.validation.participant");
      } else if (people.organization(pa.organizationId()).isEmpty()) {
        p.add("participants", "conference.validation.participant");
      }
    }
    p.throwIfAny();
    long id =
        jdbc.sql(
                "INSERT INTO consultation.case_conference (kind, title, held_on, place,"
                    + " convened_by_org, convened_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"
                    + " RETURNING id")
            .params(
                in.kind().name(),
                in.title().strip(),
                in.heldOn(),
                in.place() == null || in.place().isBlank() ? null : in.place().strip(),
                user.organizationId(),
                user.id(),
                Timestamp.from(clock.instant()))
            .query(Long.class)
            .single();
    for (SupportCase c : discussed) {
      jdbc.sql("INSERT INTO consultation.conference_case (conference_id, case_id) VALUES (?, ?)")
          .params(id, c.id())
          .update();
      cases.addSystemEntry(
          c.id(),
          EntryKind.CONFERENCE,
          "conference",
          in.title().strip(),
          user.id(),
          user.organizationId());
    }
    addParticipant(id, user.organizationId(), user.displayName());
    for (Participant pa : participants) {
      addParticipant(id, pa.organizationId(), pa.name().strip());
    }
    audit.record(AuditAction.CREATE, "case_conference", id, "cases=" + caseIds.size());
    return id;
  }

  private void addParticipant(long conferenceId, long orgId, String name) {
    jdbc.sql(
            "INSERT INTO consultation.conference_participant (conference_id, organization_id,"
                + " name) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
        .params(conferenceId, orgId, name)
        .update();
  }

  /**
   * A participant acknowledges the duty of confidentiality (守秘義務). For a 支援会議 their organisation
   * may then see the persons of the cases discussed, on that legal basis. Returns the conference.
   */
  @Transactional
  public long acknowledge(CurrentUser user, long participantId) {
    requireManage(user);
    var row =
        jdbc.sql(
                "SELECT p.conference_id, p.organization_id, p.acknowledged_at IS NOT NULL AS done,"
                    + " c.kind, c.convened_by, c.convened_by_org FROM"
                    + " consultation.conference_participant p JOIN consultation.case_conference c"
                    + " ON c.id = p.conference_id WHERE p.id = ? FOR UPDATE OF p")
            .param(participantId)
            .query(
                (rs, n) ->
                    new Object[] {
                      rs.getLong(1),
                      rs.getLong(2),
                      rs.getBoolean(3),
                      Kind.valueOf(rs.getString(4)),
                      rs.getLong(5),
                      rs.getLong(6)
                    })
            .optional()
            .orElseThrow(NotFoundException::new);
    long conferenceId = (long) row[0];
    long orgId = (long) row[1];
    // Only a person of the participant organisation acknowledges, for themselves: the duty binds
    // the one who signs, so nobody (the convener included) can take it on for another.
    if (orgId != user.organizationId()) {
      throw new NotFoundException();
    }
    if ((boolean) row[2]) {
      return conferenceId;
    }
    jdbc.sql(
            "UPDATE consultation.conference_participant SET acknowledged_at = ?,"
                + " acknowledged_by = ? WHERE id = ?")
        .params(Timestamp.from(clock.instant()), user.id(), participantId)
        .update();
    if (row[3] == Kind.SUPPORT_MEETING) {
      for (Long caseId : caseIds(conferenceId)) {
        SupportCase c = cases.find(caseId).orElseThrow();
        if (c.personId() != null && !people.visibleTo(c.personId(), orgId, CaseAccess.PURPOSE)) {
          long basisId =
              people.recordBasis(
                  c.personId(),
                  orgId,
                  BasisKind.SUPPORT_MEETING,
                  "conference:" + conferenceId,
                  (long) row[4],
                  null);
          jdbc.sql(
                  "INSERT INTO consultation.conference_access (conference_id, case_id,"
                      + " organization_id, access_basis_id) VALUES (?, ?, ?, ?) ON CONFLICT DO"
                      + " NOTHING")
              .params(conferenceId, caseId, orgId, basisId)
              .update();
        }
      }
    }
    audit.record(AuditAction.UPDATE, "case_conference", conferenceId, "acknowledged=" + orgId);
    return conferenceId;
  }

  /** Minutes of the meeting; the conference is then held. */
  @Transactional
  public void recordMinutes(CurrentUser user, long conferenceId, int version, String minutes) {
    lockAsConvener(user, conferenceId);
    Problems p = new Problems();
    if (minutes == null || minutes.isBlank()) {
      p.add("minutes", "validation.required");
    } else if (minutes.length() > 20000) {
      p.add("minutes", "validation.tooLong", 20000);
    }
    p.throwIfAny();
    int n =
        jdbc.sql(
                "UPDATE consultation.case_conference SET minutes = ?, status = 'HELD', version ="
                    + " version + 1 WHERE id = ? AND version = ?")
            .params(minutes.strip(), conferenceId, version)
            .update();
    if (n != 1) {
      throw new org.springframework.dao.OptimisticLockingFailureException("conference");
    }
    audit.record(AuditAction.UPDATE, "case_conference", conferenceId, "minutes");
  }

  /**
   * A decision about one of the cases; with an action it becomes a plan action (who does what by
   * when) on that case. For a 支援会議 it also records the legal basis in the case, once.
   */
  @Transactional
  public long decide(
      CurrentUser user, long conferenceId, long caseId, String text, Plans.ActionInput action) {
    Kind kind = lockAsConvener(user, conferenceId);
    if (!caseIds(conferenceId).contains(caseId)) {
      throw new NotFoundException();
    }
    Problems p = new Problems();
    if (text == null || text.isBlank()) {
      p.add("text", "validation.required");
    } else if (text.length() > 4000) {
      p.add("text", "validation.tooLong", 4000);
    }
    p.throwIfAny();
    Long actionId = null;
    if (action != null) {
      actionId =
          plans.addAction(
              user,
              caseId,
              new Plans.ActionInput(
                  action.goalId(),
                  action.description(),
                  action.responsibleOrgId(),
                  action.responsibleUserId(),
                  action.dueOn(),
                  conferenceId));
    }
    long id =
        jdbc.sql(
                "INSERT INTO consultation.conference_decision (conference_id, case_id, text,"
                    + " plan_action_id, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING"
                    + " id")
            .params(
                conferenceId,
                caseId,
                text.strip(),
                actionId,
                user.id(),
                Timestamp.from(clock.instant()))
            .query(Long.class)
            .single();
    cases.addSystemEntry(
        caseId, EntryKind.DECISION, "decision", text.strip(), user.id(), user.organizationId());
    SupportCase c = cases.find(caseId).orElseThrow();
    if (kind == Kind.SUPPORT_MEETING
        && c.personId() != null
        && c.leadOrgId() == user.organizationId()
        && !jdbc.sql(
                "SELECT EXISTS (SELECT 1 FROM consultation.case_basis WHERE case_id = ? AND"
                    + " conference_id = ? AND ended_at IS NULL)")
            .params(caseId, conferenceId)
            .query(Boolean.class)
            .single()) {
      bases.recordLegal(
          user, caseId, CaseBases.Kind.SUPPORT_MEETING, "conference:" + conferenceId, conferenceId);
    }
    audit.record(AuditAction.UPDATE, "case_conference", conferenceId, "decision=" + id);
    return id;
  }

  /** A conference as its convener and participants see it. */
  public record View(
      long id,
      Kind kind,
      String title,
      LocalDate heldOn,
      String place,
      long convenedByOrg,
      String convenerName,
      String minutes,
      String status,
      int version,
      List<ParticipantRow> participants,
      List<CaseRow> cases,
      List<DecisionRow> decisions,
      boolean convener,
      boolean recordShown) {}

  public record ParticipantRow(
      long id,
      long organizationId,
      String organizationName,
      String name,
      java.time.OffsetDateTime acknowledgedAt) {}

  /** A case discussed; its title only for those who may open it. */
  public record CaseRow(long id, String reference, String title, boolean mayOpen) {}

  public record DecisionRow(long caseId, String caseReference, String text, Long planActionId) {}

  private record Head(
      long id,
      Kind kind,
      String title,
      LocalDate heldOn,
      String place,
      long convenedByOrg,
      String convenerName,
      String minutes,
      String status,
      int version) {}

  @Transactional
  public View view(CurrentUser user, long conferenceId) {
    return view(user, conferenceId, null);
  }

  /** The conference as the user may see it; the audit entry's detail says how it was read. */
  @Transactional
  public View view(CurrentUser user, long conferenceId, String auditDetail) {
    if (!mayRead(user, conferenceId)) {
      audit.recordRefused("case_conference", conferenceId);
      throw new NotFoundException();
    }
    Head h =
        jdbc.sql(
                "SELECT c.id, c.kind, c.title, c.held_on, c.place, c.convened_by_org, o.name AS"
                    + " convener_name, c.minutes, c.status, c.version FROM"
                    + " consultation.case_conference c JOIN people.organization_directory o ON o.id ="
                    + " c.convened_by_org WHERE c.id = ?")
            .param(conferenceId)
            .query(Head.class)
            .single();
    audit.record(AuditAction.READ, "case_conference", conferenceId, auditDetail);
    List<CaseRow> discussed = new ArrayList<>();
    for (Long caseId : caseIds(conferenceId)) {
      SupportCase c = cases.find(caseId).orElseThrow();
      boolean may = caseAccess.mayOpen(user, c);
      discussed.add(new CaseRow(c.id(), c.reference(), may ? c.title() : null, may));
    }
    boolean convener = h.convenedByOrg() == user.organizationId();
    // Minutes and decisions are shown to those bound by the duty of confidentiality only.
    boolean shown = convener || acknowledged(conferenceId, user.organizationId());
    return new View(
        h.id(),
        h.kind(),
        h.title(),
        h.heldOn(),
        h.place(),
        h.convenedByOrg(),
        h.convenerName(),
        shown ? h.minutes() : null,
        h.status(),
        h.version(),
        jdbc.sql(
                "SELECT p.id, p.organization_id, o.name AS organization_name, p.name,"
                    + " p.acknowledged_at FROM consultation.conference_participant p JOIN"
                    + " people.organization_directory o ON o.id = p.organization_id WHERE p.conference_id ="
                    + " ? ORDER BY p.id")
            .param(conferenceId)
            .query(ParticipantRow.class)
            .list(),
        discussed,
        shown
            ? jdbc.sql(
                    "SELECT d.case_id, c.reference AS case_reference, d.text, d.plan_action_id"
                        + " FROM consultation.conference_decision d JOIN"
                        + " consultation.support_case c ON c.id = d.case_id WHERE"
                        + " d.conference_id = ? ORDER BY d.id")
                .param(conferenceId)
                .query(DecisionRow.class)
                .list()
            : List.of(),
        convener,
        shown);
  }

  private boolean acknowledged(long conferenceId, long organizationId) {
    return jdbc.sql(
            "SELECT EXISTS (SELECT 1 FROM consultation.conference_participant WHERE"
                + " conference_id = ? AND organization_id = ? AND acknowledged_at IS NOT NULL)")
        .params(conferenceId, organizationId)
        .query(Boolean.class)
        .single();
  }

  public record ListRow(long id, Kind kind, String title, LocalDate heldOn, String status) {}

  /** Conferences the user's organisation convened or takes part in, newest first. */
  public List<ListRow> list(CurrentUser user) {
    if (!user.may(ConsultationPermissions.CONFERENCE_MANAGE)) {
      return List.of();
    }
    return jdbc.sql(
            "SELECT c.id, c.kind, c.title, c.held_on, c.status FROM consultation.case_conference c"
                + " WHERE c.convened_by_org = :o OR EXISTS (SELECT 1 FROM"
                + " consultation.conference_participant p WHERE p.conference_id = c.id AND"
                + " p.organization_id = :o) ORDER BY c.held_on DESC, c.id DESC LIMIT 100")
        .param("o", user.organizationId())
        .query(ListRow.class)
        .list();
  }

  /** Whether the user's organisation convened or takes part in the conference. */
  public boolean mayRead(CurrentUser user, long conferenceId) {
    return user.may(ConsultationPermissions.CONFERENCE_MANAGE)
        && jdbc.sql(
                "SELECT EXISTS (SELECT 1 FROM consultation.case_conference WHERE id = :c AND"
                    + " convened_by_org = :o) OR EXISTS (SELECT 1 FROM"
                    + " consultation.conference_participant WHERE conference_id = :c AND"
                    + " organization_id = :o)")
            .param("c", conferenceId)
            .param("o", user.organizationId())
            .query(Boolean.class)
            .single();
  }

  public List<Long> caseIds(long conferenceId) {
    return jdbc.sql(
            "SELECT case_id FROM consultation.conference_case WHERE conference_id = ? ORDER BY"
                + " case_id")
        .param(conferenceId)
        .query(Long.class)
        .list();
  }

  private Kind lockAsConvener(CurrentUser user, long conferenceId) {
    requireManage(user);
    Optional<Object[]> row =
        jdbc.sql(
                "SELECT kind, convened_by_org FROM consultation.case_conference WHERE id = ? FOR"
                    + " UPDATE")
            .param(conferenceId)
            .query((rs, n) -> new Object[] {Kind.valueOf(rs.getString(1)), rs.getLong(2)})
            .optional();
    if (row.isEmpty() || !mayRead(user, conferenceId)) {
      throw new NotFoundException();
    }
    if ((long) row.get()[1] != user.organizationId()) {
      throw new UserFacingException("conference.error.convenerOnly", 403);
    }
    return (Kind) row.get()[0];
  }

  private static void requireManage(CurrentUser user) {
    if (!user.may(ConsultationPermissions.CONFERENCE_MANAGE)) {
      throw new AccessDeniedException("conference");
    }
  }
}
