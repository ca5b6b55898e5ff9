package org.tsunagu.consultation.internal.casework;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.tsunagu.consultation.DeclineReason;
import org.tsunagu.consultation.ReferralStatus;
import org.tsunagu.consultation.Urgency;
import org.tsunagu.people.SupportDomain;

/**
 * A case as the API shows it: the case, its timeline, plan, sharing bases, referrals and
 * conferences. The person only when the caller may see them (else the case is not found).
 */
record CaseResponse(
    CaseDetails supportCase,
    List<SupportDomain> needs,
    String leadOrgName,
    String leadWorkerName,
    List<String> areaPath,
    ConsultationPerson person,
    List<TimelineEntry> timeline,
    List<PlanGoal> goals,
    List<PlanAction> actions,
    List<PlanReview> reviews,
    List<SharingBasis> bases,
    List<CaseReferral> referrals,
    List<CaseConference> conferences,
    @Schema(description = "Whether the caller's organisation leads the case") boolean lead) {

  /** The case itself; {@code version} is what a change must send back. */
  record CaseDetails(
      long id,
      String reference,
      Long personId,
      String subjectDescription,
      String title,
      long leadOrgId,
      Long leadWorkerId,
      Long areaId,
      Urgency urgency,
      CaseStatus status,
      Instant openedAt,
      Instant firstContactAt,
      LocalDate reviewOn,
      Instant closedAt,
      ClosedReason closedReason,
      String closedNote,
      int version) {}

  /** A timeline entry; a system entry's summary is written out in the API's language. */
  record TimelineEntry(
      long id,
      EntryKind kind,
      OffsetDateTime occurredAt,
      String summary,
      boolean system,
      String authorName,
      String orgName) {}

  record PlanGoal(long id, String text, Plans.GoalStatus status) {}

  record PlanAction(
      long id,
      Long goalId,
      String description,
      long responsibleOrgId,
      String responsibleOrgName,
      String responsibleUserName,
      LocalDate dueOn,
      Plans.ActionStatus status,
      Long conferenceId) {}

  record PlanReview(
      LocalDate reviewedOn, String note, LocalDate nextReviewOn, String reviewerName) {}

  record SharingBasis(
      long id,
      CaseBases.Kind kind,
      String reason,
      String decidedByName,
      OffsetDateTime decidedAt,
      boolean active,
      Long consentId) {}

  record CaseReferral(
      long id,
      long toOrgId,
      String toOrgName,
      ReferralStatus status,
      OffsetDateTime sentAt,
      LocalDate respondBy,
      OffsetDateTime firstOpenedAt,
      DeclineReason declineReason,
      String declineNote,
      @Schema(allowableValues = {"SUCCESSFUL", "UNSUCCESSFUL"}) String outcome,
      @Schema(
              allowableValues = {
                "PERSON_REFUSED",
                "NO_CAPACITY",
                "COULD_NOT_REACH",
                "NO_LONGER_NEEDED",
                "OTHER"
              })
          String unsuccessfulReason,
      Long basisId,
      @Schema(description = "Declined or unsuccessful, and not yet seen by the referrer")
          boolean returnUnseen) {}

  record CaseConference(
      long id,
      String title,
      LocalDate heldOn,
      @Schema(allowableValues = {"SUPPORT_MEETING", "MULTI_AGENCY"}) String kind,
      @Schema(allowableValues = {"PLANNED", "HELD"}) String status) {}

  static CaseResponse of(CaseView v, MessageSource messages, Locale locale) {
    SupportCase c = v.supportCase();
    return new CaseResponse(
        new CaseDetails(
            c.id(),
            c.reference(),
            c.personId(),
            c.subjectDescription(),
            c.title(),
            c.leadOrgId(),
            c.leadWorkerId(),
            c.areaId(),
            c.urgency(),
            c.status(),
            c.openedAt(),
            c.firstContactAt(),
            c.reviewOn(),
            c.closedAt(),
            c.closedReason() == null ? null : ClosedReason.valueOf(c.closedReason()),
            c.closedNote(),
            c.version()),
        v.needs(),
        v.leadOrgName(),
        v.leadWorkerName(),
        v.areaPath(),
        ConsultationPerson.of(v.person()),
        v.timeline().stream().map(e -> entry(e, messages, locale)).toList(),
        v.goals().stream()
            .map(g -> new PlanGoal(g.id(), g.text(), Plans.GoalStatus.valueOf(g.status())))
            .toList(),
        v.actions().stream().map(CaseResponse::action).toList(),
        v.reviews().stream()
            .map(r -> new PlanReview(r.reviewedOn(), r.note(), r.nextReviewOn(), r.reviewerName()))
            .toList(),
        v.bases().stream().map(b -> basis(b, messages, locale)).toList(),
        v.referrals().stream().map(CaseResponse::referral).toList(),
        v.conferences().stream()
            .map(f -> new CaseConference(f.id(), f.title(), f.heldOn(), f.kind(), f.status()))
            .toList(),
        v.lead());
  }

  private static TimelineEntry entry(CaseView.Entry e, MessageSource messages, Locale locale) {
    String summary =
        e.system()
            ? messages.getMessage(e.messageKey(), e.args(), e.summary(), locale)
            : e.summary();
    return new TimelineEntry(
        e.id(), e.kind(), e.occurredAt(), summary, e.system(), e.authorName(), e.orgName());
  }

  private static PlanAction action(CaseView.Action a) {
    return new PlanAction(
        a.id(),
        a.goalId(),
        a.description(),
        a.responsibleOrgId(),
        a.responsibleOrgName(),
        a.responsibleUserName(),
        a.dueOn(),
        Plans.ActionStatus.valueOf(a.status()),
        a.conferenceId());
  }

  private static SharingBasis basis(CaseView.Basis b, MessageSource messages, Locale locale) {
    return new SharingBasis(
        b.id(),
        CaseBases.Kind.valueOf(b.kind()),
        b.reasonKey() == null ? b.reason() : messages.getMessage(b.reasonKey(), null, locale),
        b.decidedByName(),
        b.decidedAt(),
        b.active(),
        b.consentId());
  }

  private static CaseReferral referral(CaseView.ReferralRow r) {
    return new CaseReferral(
        r.id(),
        r.toOrgId(),
        r.toOrgName(),
        r.status(),
        r.sentAt(),
        r.respondBy(),
        r.firstOpenedAt(),
        r.declineReason(),
        r.declineNote(),
        r.outcome(),
        r.unsuccessfulReason(),
        r.basisId(),
        r.returnUnseen());
  }
}
