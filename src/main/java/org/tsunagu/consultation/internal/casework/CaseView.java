package org.tsunagu.consultation.internal.casework;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.tsunagu.consultation.DeclineReason;
import org.tsunagu.consultation.ReferralStatus;
import org.tsunagu.people.PersonSummary;
import org.tsunagu.people.SupportDomain;

/** Everything the case page and the case API show, read in one go. */
public record CaseView(
    SupportCase supportCase,
    List<SupportDomain> needs,
    String leadOrgName,
    String leadWorkerName,
    List<String> areaPath,
    PersonSummary person,
    List<Entry> timeline,
    List<Goal> goals,
    List<Action> actions,
    List<Review> reviews,
    List<Basis> bases,
    List<ReferralRow> referrals,
    List<ConferenceRow> conferences,
    boolean lead,
    boolean works) {

  /** Referrals still waiting for, or being worked by, their receiver: the head lists them. */
  public List<ReferralRow> openReferrals() {
    return referrals.stream().filter(r -> r.status().isActive()).toList();
  }

  /** Bases in force: the head names them. */
  public List<Basis> activeBases() {
    return bases.stream().filter(Basis::active).toList();
  }

  public boolean isReviewDue(LocalDate today) {
    return !supportCase.isClosed()
        && supportCase.reviewOn() != null
        && !supportCase.reviewOn().isAfter(today);
  }

  /** A timeline entry; system entries carry a message code and an argument. */
  public record Entry(
      long id,
      EntryKind kind,
      OffsetDateTime occurredAt,
      String summary,
      boolean system,
      String authorName,
      String orgName) {

    /** System entries whose argument is itself a code, and the prefix of its message key. */
    private static final Map<String, String> CODED_ARGUMENTS =
        Map.of(
            "status",
            "caseStatus.",
            "closed",
            "closedReason.",
            "basis",
            "basisKind.",
            "basisEnded",
            "basisKind.");

    public String code() {
      int bar = summary.indexOf('|');
      return bar < 0 ? summary : summary.substring(0, bar);
    }

    public String arg() {
      int bar = summary.indexOf('|');
      return bar < 0 ? "" : summary.substring(bar + 1);
    }

    /** The key of a system entry's message: {@code timeline.} and its code. */
    public String messageKey() {
      return "timeline." + code();
    }

    /** The message's argument; a coded one (a status, a reason) is translated with the page. */
    public Object[] args() {
      String prefix = CODED_ARGUMENTS.get(code());
      return new Object[] {
        prefix == null ? arg() : new DefaultMessageSourceResolvable(prefix + arg())
      };
    }
  }

  public record Goal(long id, String text, String status) {}

  public record Action(
      long id,
      Long goalId,
      String description,
      long responsibleOrgId,
      String responsibleOrgName,
      String responsibleUserName,
      LocalDate dueOn,
      String status,
      Long conferenceId) {

    public boolean isOverdue(LocalDate today) {
      return "OPEN".equals(status) && dueOn.isBefore(today);
    }
  }

  public record Review(
      LocalDate reviewedOn, String note, LocalDate nextReviewOn, String reviewerName) {}

  public record Basis(
      long id,
      String kind,
      String reason,
      String decidedByName,
      OffsetDateTime decidedAt,
      boolean active,
      Long consentId) {

    /** Reasons the application writes itself for a consent, stored as codes. */
    private static final java.util.Set<String> CODED_REASONS =
        java.util.Set.of("consent", "intake");

    /** The message key of a reason the application wrote (a consent's origin), or null. */
    public String reasonKey() {
      return "CONSENT".equals(kind) && CODED_REASONS.contains(reason)
          ? "basis.reason." + reason
          : null;
    }
  }

  public record ReferralRow(
      long id,
      long toOrgId,
      String toOrgName,
      ReferralStatus status,
      OffsetDateTime sentAt,
      LocalDate respondBy,
      OffsetDateTime firstOpenedAt,
      DeclineReason declineReason,
      String declineNote,
      String outcome,
      String unsuccessfulReason,
      Long basisId,
      String basisKind,
      boolean returnUnseen) {

    public boolean isOverdue(LocalDate today) {
      return status == ReferralStatus.PENDING && respondBy.isBefore(today);
    }
  }

  public record ConferenceRow(
      long id, String title, LocalDate heldOn, String kind, String status) {}
}
