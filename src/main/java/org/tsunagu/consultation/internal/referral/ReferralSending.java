package org.tsunagu.consultation.internal.referral;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.consultation.Urgency;
import org.tsunagu.consultation.internal.casework.CaseAccess;
import org.tsunagu.consultation.internal.casework.CaseBases;
import org.tsunagu.consultation.internal.casework.CaseTimeline;
import org.tsunagu.consultation.internal.casework.EntryKind;
import org.tsunagu.consultation.internal.casework.SupportCase;
import org.tsunagu.people.OrganizationRef;
import org.tsunagu.people.PeopleApi;
import org.tsunagu.people.SupportDomain;
import org.tsunagu.platform.audit.AuditAction;
import org.tsunagu.platform.audit.AuditLog;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.time.WorkingDays;
import org.tsunagu.platform.web.Problems;
import org.tsunagu.platform.web.UserFacingException;

/**
 * Sends a case's referral to one or more organisations at once. The summary travels without a
 * basis, so it must not identify the person; the person's details travel only on a basis recorded
 * in the case.
 */
@Service
public class ReferralSending {

  private static final Pattern PHONE = Pattern.compile("\\d{2,4}-\\d{2,4}-\\d{3,4}|\\d{10,11}");

  private final Referrals referrals;
  private final CaseTimeline timeline;
  private final CaseAccess access;
  private final CaseBases bases;
  private final ReferralSharing sharing;
  private final PeopleApi people;
  private final WorkingDays workingDays;
  private final AuditLog audit;
  private final Clock clock;

  ReferralSending(
      Referrals referrals,
      CaseTimeline timeline,
      CaseAccess access,
      CaseBases bases,
      ReferralSharing sharing,
      PeopleApi people,
      WorkingDays workingDays,
      AuditLog audit,
      Clock clock) {
    this.referrals = referrals;
    this.timeline = timeline;
    this.access = access;
    this.bases = bases;
    this.sharing = sharing;
    this.people = people;
    this.workingDays = workingDays;
    this.audit = audit;
    this.clock = clock;
  }

  /** A referral to one or more organisations at once. */
  public record SendInput(
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<Long> toOrganizationIds,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String summary,
      String details,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Set<SupportDomain> domains,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Urgency urgency,
      Long basisId) {}

  @Transactional
  public List<Long> send(CurrentUser user, long caseId, SendInput in) {
    SupportCase c = access.lockAsLead(user, caseId);
    if (c.isClosed()) {
      throw new UserFacingException("case.error.closed", 409);
    }
    Problems p = new Problems();
    Set<Long> targets =
        in.toOrganizationIds() == null ? Set.of() : new LinkedHashSet<>(in.toOrganizationIds());
    List<OrganizationRef> orgs = new ArrayList<>();
    if (targets.isEmpty()) {
      p.add("toOrganizationIds", "referral.validation.target");
    }
    for (Long id : targets) {
      OrganizationRef org = id == null ? null : people.organization(id).orElse(null);
      if (org == null || id == user.organizationId()) {
        p.add("toOrganizationIds", "referral.validation.target");
      } else {
        orgs.add(org);
      }
    }
    if (in.summary() == null || in.summary().isBlank()) {
      p.add("summary", "validation.required");
    } else if (in.summary().length() > 1000) {
      p.add("summary", "validation.tooLong", 1000);
    } else if (identifies(c, in.summary())) {
      p.add("summary", "referral.validation.summaryIdentifies");
    }
    if (in.details() != null && in.details().length() > 4000) {
      p.add("details", "validation.tooLong", 4000);
    }
    if (in.domains() == null || in.domains().isEmpty()) {
      p.add("domains", "case.validation.needs");
    }
    if (in.urgency() == null) {
      p.add("urgency", "validation.required");
    }
    CaseBases.Basis basis = null;
    if (in.basisId() != null) {
      basis = bases.inForce(caseId, in.basisId());
      if (basis == null) {
        p.add("basisId", "referral.validation.basis");
      } else if (basis.kind() == CaseBases.Kind.CONSENT) {
        for (OrganizationRef org : orgs) {
          if (!people.visibleTo(c.personId(), org.id(), CaseAccess.PURPOSE)) {
            p.add("basisId", "referral.validation.consentScope", org.name());
          }
        }
      }
    }
    p.throwIfAny();
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, clock.getZone());
    List<Long> ids = new ArrayList<>();
    for (OrganizationRef org : orgs) {
      long id;
      try {
        id =
            referrals.insert(
                caseId,
                user.organizationId(),
                user.id(),
                org.id(),
                in.urgency(),
                in.summary().strip(),
                blank(in.details()) ? null : in.details().strip(),
                basis == null ? null : basis.id(),
                ReferralDeadline.respondBy(workingDays, today, org.responseDays()),
                in.domains(),
                now);
      } catch (org.springframework.dao.DuplicateKeyException e) {
        throw new UserFacingException("referral.error.alreadyActive", 409, org.name());
      }
      referrals.event(id, "SENT", user.id(), user.organizationId(), null, now);
      if (basis != null) {
        sharing.shareOnBasis(id, c, basis, org.id());
      }
      timeline.addSystemEntry(
          caseId,
          EntryKind.REFERRAL,
          "referral.SENT",
          org.name(),
          user.id(),
          user.organizationId(),
          now);
      audit.record(AuditAction.CREATE, "referral", id, "case=" + caseId);
      ids.add(id);
    }
    referrals.markReturnsSeen(caseId, user.organizationId(), now);
    return ids;
  }

  /** A summary must not name the person or carry a phone number: it travels without a basis. */
  private boolean identifies(SupportCase c, String summary) {
    if (PHONE.matcher(summary).find()) {
      return true;
    }
    if (c.personId() == null) {
      return false;
    }
    return people.mentionsPerson(c.personId(), summary);
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
