package org.tsunagu.consultation.internal.casework;

import io.swagger.v3.oas.annotations.media.Schema;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.platform.audit.AuditAction;
import org.tsunagu.platform.audit.AuditLog;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.web.NotFoundException;
import org.tsunagu.platform.web.Problems;
import org.tsunagu.platform.web.UserFacingException;

/**
 * The support plan (支援プラン): goals and actions (who does what by when). Its reviews are {@link
 * PlanReviews}.
 */
@Service
public class Plans {

  public enum ActionStatus {
    OPEN,
    DONE,
    CANCELLED
  }

  public enum GoalStatus {
    OPEN,
    ACHIEVED,
    DROPPED
  }

  private final JdbcClient jdbc;
  private final CaseAccess access;
  private final CaseTimeline timeline;
  private final AuditLog audit;
  private final Clock clock;

  Plans(JdbcClient jdbc, CaseAccess access, CaseTimeline timeline, AuditLog audit, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.access = access;
    this.timeline = timeline;
    this.audit = audit;
  }

  @Transactional
  public long addGoal(CurrentUser user, long caseId, String text) {
    SupportCase c = access.lockAsLead(user, caseId);
    CaseWork.requireOpen(c);
    Problems p = new Problems();
    CaseWork.text(p, "goal", text, true);
    p.throwIfAny();
    long id =
        jdbc.sql(
                "INSERT INTO consultation.plan_goal (case_id, text, created_by, created_at) VALUES"
                    + " (?, ?, ?, ?) RETURNING id")
            .params(caseId, text.strip(), user.id(), Timestamp.from(clock.instant()))
            .query(Long.class)
            .single();
    timeline.addSystemEntry(
        caseId, EntryKind.PLAN, "goal", text.strip(), user.id(), user.organizationId());
    audit.record(AuditAction.UPDATE, "support_case", caseId, "goal=" + id);
    return id;
  }

  @Transactional
  public void setGoalStatus(CurrentUser user, long goalId, GoalStatus status) {
    long caseId = caseOf("plan_goal", goalId);
    access.lockAsLead(user, caseId);
    jdbc.sql("UPDATE consultation.plan_goal SET status = ? WHERE id = ?")
        .params(status.name(), goalId)
        .update();
    audit.record(AuditAction.UPDATE, "support_case", caseId, "goal=" + goalId + ";" + status);
  }

  /** What an action says: what, by whom (an organisation, perhaps a named worker), by when. */
  public record ActionInput(
      Long goalId,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String description,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Long responsibleOrgId,
      Long responsibleUserId,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) LocalDate dueOn,
      Long conferenceId) {}

  @Transactional
  public long addAction(CurrentUser user, long caseId, ActionInput in) {
    SupportCase c =
        in.conferenceId() == null
            ? access.lockAsWorking(user, caseId)
            : access.lockAsConvener(user, caseId, in.conferenceId());
    CaseWork.requireOpen(c);
    boolean lead = c.leadOrgId() == user.organizationId();
    Problems p = new Problems();
    CaseWork.text(p, "description", in.description(), true);
    if (in.responsibleOrgId() == null) {
      p.add("responsibleOrgId", "validation.required");
    } else if (!lead
        && in.conferenceId() == null
        && in.responsibleOrgId() != user.organizationId()) {
      p.add("responsibleOrgId", "plan.validation.ownOrganization");
    }
    if (in.responsibleUserId() != null
        && (in.responsibleOrgId() == null
            || !jdbc.sql(
                    "SELECT EXISTS (SELECT 1 FROM platform.user_directory WHERE id = ? AND"
                        + " organization_id = ?)")
                .params(in.responsibleUserId(), in.responsibleOrgId())
                .query(Boolean.class)
                .single())) {
      p.add("responsibleUserId", "plan.validation.user");
    }
    if (in.dueOn() == null) {
      p.add("dueOn", "validation.required");
    }
    if (in.goalId() != null && caseOfOptional("plan_goal", in.goalId()) != caseId) {
      p.add("goalId", "validation.required");
    }
    p.throwIfAny();
    long id =
        jdbc.sql(
                "INSERT INTO consultation.plan_action (case_id, goal_id, description,"
                    + " responsible_org_id, responsible_user_id, due_on, conference_id,"
                    + " created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")
            .params(
                caseId,
                in.goalId(),
                in.description().strip(),
                in.responsibleOrgId(),
                in.responsibleUserId(),
                in.dueOn(),
                in.conferenceId(),
                user.id(),
                Timestamp.from(clock.instant()))
            .query(Long.class)
            .single();
    timeline.addSystemEntry(
        caseId,
        EntryKind.PLAN,
        "action",
        in.description().strip(),
        user.id(),
        user.organizationId());
    audit.record(AuditAction.UPDATE, "support_case", caseId, "action=" + id);
    return id;
  }

  /** Done or cancelled, by the lead organisation or the one responsible for the action. */
  @Transactional
  public void setActionStatus(CurrentUser user, long actionId, ActionStatus status) {
    long caseId = caseOf("plan_action", actionId);
    SupportCase c = access.lockAsInvolved(user, caseId);
    long responsibleOrg =
        jdbc.sql("SELECT responsible_org_id FROM consultation.plan_action WHERE id = ?")
            .param(actionId)
            .query(Long.class)
            .single();
    if (c.leadOrgId() != user.organizationId() && responsibleOrg != user.organizationId()) {
      throw new AccessDeniedException("plan action");
    }
    if (status == null || status == ActionStatus.OPEN) {
      Problems p = new Problems();
      p.add("status", "validation.required");
      p.throwIfAny();
    }
    int n =
        jdbc.sql(
                "UPDATE consultation.plan_action SET status = ?, done_at = ? WHERE id = ? AND"
                    + " status = 'OPEN'")
            .params(status.name(), Timestamp.from(clock.instant()), actionId)
            .update();
    if (n == 0) {
      throw new UserFacingException("plan.error.notOpen", 409);
    }
    audit.record(AuditAction.UPDATE, "support_case", caseId, "action=" + actionId + ";" + status);
  }

  private long caseOf(String table, long id) {
    long caseId = caseOfOptional(table, id);
    if (caseId < 0) {
      throw new NotFoundException();
    }
    return caseId;
  }

  private long caseOfOptional(String table, long id) {
    return jdbc.sql("SELECT case_id FROM consultation." + table + " WHERE id = ?")
        .param(id)
        .query(Long.class)
        .optional()
        .orElse(-1L);
  }
}
