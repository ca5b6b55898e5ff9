package org.tsunagu.consultation.internal.referral;

import java.time.Instant;
import org.springframework.stereotype.Component;
import org.tsunagu.consultation.internal.casework.CaseTimeline;
import org.tsunagu.consultation.internal.casework.EntryKind;
import org.tsunagu.people.OrganizationRef;
import org.tsunagu.people.PeopleApi;
import org.tsunagu.platform.audit.AuditAction;
import org.tsunagu.platform.audit.AuditLog;
import org.tsunagu.platform.security.CurrentUser;

/**
 * Records a referral's step: the stored change, its event, its timeline entry and its audit entry.
 */
@Component
class ReferralStepLog {

  private final Referrals referrals;
  private final CaseTimeline timeline;
  private final PeopleApi people;
  private final AuditLog audit;

  ReferralStepLog(Referrals referrals, CaseTimeline timeline, PeopleApi people, AuditLog audit) {
    this.referrals = referrals;
    this.timeline = timeline;
    this.people = people;
    this.audit = audit;
  }

  /** Saves a state change made at {@code at}, with its event and its entry on the timeline. */
  void record(CurrentUser user, Referral r, String event, String note, Instant at) {
    referrals.save(r);
    referrals.event(r.id, event, user.id(), user.organizationId(), note, at);
    String orgName = people.organization(r.toOrgId).map(OrganizationRef::name).orElse("");
    timeline.addSystemEntry(
        r.caseId,
        EntryKind.REFERRAL,
        "referral." + event,
        orgName,
        user.id(),
        user.organizationId(),
        at);
    audit.record(AuditAction.UPDATE, "referral", r.id, "status=" + r.status);
  }
}
