package org.tsunagu.consultation.internal.conference;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.consultation.ConsultationPermissions;
import org.tsunagu.consultation.internal.casework.CaseAccess;
import org.tsunagu.consultation.internal.casework.Cases;
import org.tsunagu.consultation.internal.casework.SupportCase;
import org.tsunagu.platform.audit.AuditAction;
import org.tsunagu.platform.audit.AuditLog;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.web.NotFoundException;

/**
 * Case conferences. A 支援会議 (社会福祉法 第106条の6) lets its members share a case without the person's
 * consent, bound to confidentiality: each participant organisation sees the person once it has
 * acknowledged that duty. A 重層的支援会議 shares on consent only. This class reads conferences as their
 * members may see them; {@link ConferenceConvening}, {@link ConfidentialityAcknowledgements} and
 * {@link ConferenceOutcomes} write them.
 */
@Service
public class Conferences {

  public enum Kind {
    SUPPORT_MEETING,
    MULTI_AGENCY
  }

  private final JdbcClient jdbc;
  private final CaseAccess caseAccess;
  private final Cases cases;
  private final AuditLog audit;

  Conferences(JdbcClient jdbc, CaseAccess caseAccess, Cases cases, AuditLog audit) {
    this.jdbc = jdbc;
    this.caseAccess = caseAccess;
    this.cases = cases;
    this.audit = audit;
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

  static void requireManage(CurrentUser user) {
    user.require(ConsultationPermissions.CONFERENCE_MANAGE);
  }
}
