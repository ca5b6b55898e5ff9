package org.tsunagu.consultation.internal.casework;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.tsunagu.consultation.ConsultationPermissions;
import org.tsunagu.people.PeopleApi;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.web.NotFoundException;

/**
 * Who may open a case: a user who works cases, of an organisation involved in it (the lead, one
 * that accepted a referral of it, one that took part in a conference about it), and only when the
 * people module lets that organisation see the person for a consultation. Everyone else is told the
 * case does not exist.
 */
@Component
public class CaseAccess {

  public static final String PURPOSE = "CONSULTATION";

  private final Cases cases;
  private final PeopleApi people;
  private final JdbcClient jdbc;

  CaseAccess(Cases cases, PeopleApi people, JdbcClient jdbc) {
    this.cases = cases;
    this.people = people;
    this.jdbc = jdbc;
  }

  public boolean mayOpen(CurrentUser user, SupportCase c) {
    return mayOpenRegardlessOfPerson(user, c)
        && (c.personId() == null || people.maySee(user, c.personId(), PURPOSE));
  }

  /** The first half of the rule; the caller must still ask the people module about the person. */
  boolean mayOpenRegardlessOfPerson(CurrentUser user, SupportCase c) {
    return user.may(ConsultationPermissions.CASE_WORK) && isInvolved(user.organizationId(), c);
  }

  /**
   * Does the organisation work the case: it leads it, or accepted a referral still being worked?
   */
  public boolean works(long organizationId, SupportCase c) {
    return c.leadOrgId() == organizationId
        || jdbc.sql(
                "SELECT EXISTS (SELECT 1 FROM consultation.referral WHERE case_id = ? AND"
                    + " to_org_id = ? AND status IN ('ACCEPTED','IN_PROGRESS'))")
            .params(c.id(), organizationId)
            .query(Boolean.class)
            .single();
  }

  public boolean isInvolved(long organizationId, SupportCase c) {
    return c.leadOrgId() == organizationId
        || jdbc.sql(
                "SELECT EXISTS (SELECT 1 FROM consultation.referral WHERE case_id = :c AND"
                    + " to_org_id = :o AND status IN ('ACCEPTED','IN_PROGRESS','COMPLETED')) OR"
                    + " EXISTS (SELECT 1 FROM consultation.conference_case cc JOIN"
                    + " consultation.conference_participant p ON p.conference_id ="
                    + " cc.conference_id WHERE cc.case_id = :c AND p.organization_id = :o AND"
                    + " p.acknowledged_at IS NOT NULL)")
            .param("c", c.id())
            .param("o", organizationId)
            .query(Boolean.class)
            .single();
  }

  /** The case, if the user may open it; otherwise "not found". */
  public SupportCase open(CurrentUser user, long caseId) {
    SupportCase c = cases.find(caseId).orElseThrow(NotFoundException::new);
    if (!mayOpen(user, c)) {
      throw new NotFoundException();
    }
    return c;
  }

  /** The case locked for a change only its lead organisation may make. */
  public SupportCase lockAsLead(CurrentUser user, long caseId) {
    SupportCase c = lockOpenable(user, caseId);
    if (c.leadOrgId() != user.organizationId()) {
      throw new AccessDeniedException("case lead only");
    }
    return c;
  }

  /**
   * The case locked for a change an organisation that works it may make (a timeline entry, a plan
   * action for itself): the lead, or one that accepted a referral still being worked. Taking part
   * in a conference about the case lets an organisation read it, not write to it.
   */
  public SupportCase lockAsWorking(CurrentUser user, long caseId) {
    SupportCase c = lockOpenable(user, caseId);
    if (!works(user.organizationId(), c)) {
      throw new AccessDeniedException("works the case only");
    }
    return c;
  }

  /**
   * The case locked for a decision of a conference about it that the user's organisation convened.
   */
  public SupportCase lockAsConvener(CurrentUser user, long caseId, long conferenceId) {
    SupportCase c = lockOpenable(user, caseId);
    boolean convened =
        jdbc.sql(
                "SELECT EXISTS (SELECT 1 FROM consultation.conference_case cc JOIN"
                    + " consultation.case_conference f ON f.id = cc.conference_id WHERE"
                    + " cc.case_id = ? AND f.id = ? AND f.convened_by_org = ?)")
            .params(caseId, conferenceId, user.organizationId())
            .query(Boolean.class)
            .single();
    if (!convened) {
      throw new AccessDeniedException("conference convener only");
    }
    return c;
  }

  /** The case locked for a change any involved organisation that works cases may make. */
  public SupportCase lockAsInvolved(CurrentUser user, long caseId) {
    return lockOpenable(user, caseId);
  }

  private SupportCase lockOpenable(CurrentUser user, long caseId) {
    SupportCase c = cases.lock(caseId).orElseThrow(NotFoundException::new);
    if (!mayOpen(user, c)) {
      throw new NotFoundException();
    }
    user.require(ConsultationPermissions.CASE_WORK);
    return c;
  }
}
