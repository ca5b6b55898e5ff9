package org.tsunagu.consultation.internal.conference;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.consultation.internal.casework.CaseBases;
import org.tsunagu.consultation.internal.casework.CaseTimeline;
import org.tsunagu.consultation.internal.casework.Cases;
import org.tsunagu.consultation.internal.casework.EntryKind;
import org.tsunagu.consultation.internal.casework.Plans;
import org.tsunagu.consultation.internal.casework.SupportCase;
import org.tsunagu.consultation.internal.conference.Conferences.Kind;
import org.tsunagu.platform.audit.AuditAction;
import org.tsunagu.platform.audit.AuditLog;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.web.NotFoundException;
import org.tsunagu.platform.web.Problems;
import org.tsunagu.platform.web.UserFacingException;

/** The convener records what a conference came to: its minutes and its decisions per case. */
@Service
public class ConferenceOutcomes {

  private final JdbcClient jdbc;
  private final Conferences conferences;
  private final Cases cases;
  private final CaseTimeline timeline;
  private final CaseBases bases;
  private final Plans plans;
  private final AuditLog audit;
  private final Clock clock;

  ConferenceOutcomes(
      JdbcClient jdbc,
      Conferences conferences,
      Cases cases,
      CaseTimeline timeline,
      CaseBases bases,
      Plans plans,
      AuditLog audit,
      Clock clock) {
    this.jdbc = jdbc;
    this.conferences = conferences;
    this.cases = cases;
    this.timeline = timeline;
    this.bases = bases;
    this.plans = plans;
    this.audit = audit;
    this.clock = clock;
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
    if (!conferences.caseIds(conferenceId).contains(caseId)) {
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
    timeline.addSystemEntry(
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

  private Kind lockAsConvener(CurrentUser user, long conferenceId) {
    Conferences.requireManage(user);
    Optional<Object[]> row =
        jdbc.sql(
                "SELECT kind, convened_by_org FROM consultation.case_conference WHERE id = ? FOR"
                    + " UPDATE")
            .param(conferenceId)
            .query((rs, n) -> new Object[] {Kind.valueOf(rs.getString(1)), rs.getLong(2)})
            .optional();
    if (row.isEmpty() || !conferences.mayRead(user, conferenceId)) {
      throw new NotFoundException();
    }
    if ((long) row.get()[1] != user.organizationId()) {
      throw new UserFacingException("conference.error.convenerOnly", 403);
    }
    return (Kind) row.get()[0];
  }
}
