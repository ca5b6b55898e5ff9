package org.tsunagu.consultation.bulk;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.tsunagu.consultation.DeclineReason;
import org.tsunagu.consultation.ReferralStatus;
import org.tsunagu.consultation.internal.referral.ReferralDeadline;
import org.tsunagu.consultation.internal.referral.ReferralStep;
import org.tsunagu.platform.time.WorkingDays;

/** The rows a bulk load writes into the consultation tables. */
public final class ConsultationRows {

  private ConsultationRows() {}

  public record Window(
      long id,
      String name,
      String kind,
      long organizationId,
      long receivingOrgId,
      Long areaId,
      String place) {}

  /** A 支援ケース; open until {@link #close} is called. */
  public static final class SupportCase {
    public final long id;
    public final String reference;
    public final Long personId;
    public final Long householdId;
    public final String subjectDescription;
    public final String title;
    public final long leadOrgId;
    public final long leadWorkerId;
    public final Long areaId;
    public final String urgency;
    public final OffsetDateTime openedAt;
    public String status = "OPEN";
    public OffsetDateTime firstContactAt;
    public LocalDate reviewOn;
    public OffsetDateTime closedAt;
    public String closedReason;
    public String closedNote;

    public SupportCase(
        long id,
        String reference,
        Long personId,
        Long householdId,
        String subjectDescription,
        String title,
        long leadOrgId,
        long leadWorkerId,
        Long areaId,
        String urgency,
        OffsetDateTime openedAt) {
      this.id = id;
      this.reference = reference;
      this.personId = personId;
      this.householdId = householdId;
      this.subjectDescription = subjectDescription;
      this.title = title;
      this.leadOrgId = leadOrgId;
      this.leadWorkerId = leadWorkerId;
      this.areaId = areaId;
      this.urgency = urgency;
      this.openedAt = openedAt;
    }

    public SupportCase status(String status) {
      this.status = status;
      return this;
    }

    public SupportCase firstContact(OffsetDateTime at) {
      this.firstContactAt = at;
      return this;
    }

    public SupportCase reviewOn(LocalDate date) {
      this.reviewOn = date;
      return this;
    }

    public SupportCase close(OffsetDateTime at, String reason, String note) {
      this.status = "CLOSED";
      this.closedAt = at;
      this.closedReason = reason;
      this.closedNote = note;
      this.reviewOn = null;
      return this;
    }

    public boolean closed() {
      return closedAt != null;
    }
  }

  public record Need(long caseId, String domain) {}

  /** An intake (相談受付・つながりカード); NEW until it becomes a case or is closed without one. */
  public static final class Intake {
    /** With whom a person who agrees at intake shares, unless they name another type. */
    public static final String DEFAULT_SHARE_SCOPE = "COMMUNITY_CARE_CENTER";

    public final long id;
    public final long windowId;
    public final String channel;
    public final OffsetDateTime receivedAt;
    public final String reporterKind;
    public final String reporterName;
    public final Long personId;
    public final String subjectDescription;
    public final String ownWords;
    public final String urgency;
    public final Boolean mayContact;
    public final boolean shareAgreed;
    public final long recordedBy;
    public final long recordedOrgId;
    public final List<String> domains;
    public String contactName;
    public String contactPhone;
    public String shareScopeType;
    public Long consentId;
    public String status = "NEW";
    public Long caseId;
    public String noCaseReason;
    public OffsetDateTime handledAt;
    public Long handledBy;

    public Intake(
        long id,
        long windowId,
        String channel,
        OffsetDateTime receivedAt,
        String reporterKind,
        String reporterName,
        Long personId,
        String subjectDescription,
        String ownWords,
        String urgency,
        Boolean mayContact,
        boolean shareAgreed,
        long recordedBy,
        long recordedOrgId,
        List<String> domains) {
      this.id = id;
      this.windowId = windowId;
      this.channel = channel;
      this.receivedAt = receivedAt;
      this.reporterKind = reporterKind;
      this.reporterName = reporterName;
      this.personId = personId;
      this.subjectDescription = subjectDescription;
      this.ownWords = ownWords;
      this.urgency = urgency;
      this.mayContact = mayContact;
      this.shareAgreed = shareAgreed;
      this.recordedBy = recordedBy;
      this.recordedOrgId = recordedOrgId;
      this.domains = List.copyOf(domains);
    }

    /** The person agreed at intake to share with organisations of a type; their consent. */
    public Intake sharedWith(String scopeType, Long consentId) {
      this.shareScopeType = scopeType;
      this.consentId = consentId;
      return this;
    }

    public Intake contact(String name, String phone) {
      this.contactName = name;
      this.contactPhone = phone;
      return this;
    }

    public Intake becameCase(long caseId, OffsetDateTime at, long by) {
      this.status = "CASE";
      this.caseId = caseId;
      this.handledAt = at;
      this.handledBy = by;
      return this;
    }

    public Intake closedWithoutCase(String reason, OffsetDateTime at, long by) {
      this.status = "NO_CASE";
      this.noCaseReason = reason;
      this.handledAt = at;
      this.handledBy = by;
      return this;
    }
  }

  /**
   * A timeline entry: written by a worker (free text), or by the system for a state change, as the
   * application writes them: a message code and an argument, "code|arg".
   */
  public record Entry(
      long caseId,
      String kind,
      OffsetDateTime occurredAt,
      String summary,
      boolean system,
      Long authorId,
      long orgId) {

    public static Entry manual(
        long caseId, String kind, OffsetDateTime at, String summary, long author, long org) {
      return new Entry(caseId, kind, at, summary, false, author, org);
    }

    public static Entry system(
        long caseId,
        String kind,
        String code,
        Object arg,
        OffsetDateTime at,
        long author,
        long org) {
      return new Entry(caseId, kind, at, code + "|" + arg, true, author, org);
    }
  }

  public record Goal(
      long id, long caseId, String text, String status, OffsetDateTime createdAt, long createdBy) {}

  public record Action(
      long id,
      long caseId,
      Long goalId,
      String description,
      long responsibleOrgId,
      Long responsibleUserId,
      LocalDate dueOn,
      String status,
      OffsetDateTime doneAt,
      Long conferenceId,
      OffsetDateTime createdAt,
      long createdBy) {}

  public record Review(
      long caseId, LocalDate reviewedOn, String note, LocalDate nextReviewOn, long reviewedBy) {}

  public record Basis(
      long id,
      long caseId,
      String kind,
      Long consentId,
      Long conferenceId,
      String reason,
      long decidedBy,
      OffsetDateTime decidedAt,
      OffsetDateTime endedAt,
      Long endedBy) {}

  public record ReferralEvent(
      long referralId, String kind, OffsetDateTime at, long byUser, long byOrg, String note) {}

  /**
   * A referral (つなぎ) built through its state changes, as the application makes them: each change is
   * a step of the module's state machine ({@link ReferralStep}) and adds its event; a change the
   * state machine does not allow throws. It must be answered by the receiver's response days, in
   * working days from sending ({@link ReferralDeadline}).
   */
  public static final class Referral {
    private static final java.util.Set<String> TIMELINE_EVENTS =
        java.util.Set.of("SENT", "ACCEPTED", "DECLINED", "STARTED", "COMPLETED", "WITHDRAWN");
    private static final WorkingDays WORKING_DAYS = WorkingDays.fromClasspath();

    public final long id;
    public final long caseId;
    public final long fromOrgId;
    public final long fromUserId;
    public final long toOrgId;
    public final String urgency;
    public final String summary;
    public final OffsetDateTime sentAt;
    public final LocalDate respondBy;
    public final List<String> domains;
    public final List<ReferralEvent> events = new ArrayList<>(5);
    public ReferralStatus status = ReferralStatus.PENDING;
    public String details;
    public Long basisId;
    public Long accessBasisId;
    public Long relationshipId;
    public OffsetDateTime firstOpenedAt;
    public Long firstOpenedBy;
    public OffsetDateTime answeredAt;
    public Long answeredBy;
    public String declineReason;
    public String declineNote;
    public Long handledBy;
    public OffsetDateTime completedAt;
    public String outcome;
    public String unsuccessfulReason;
    public String outcomeNote;
    public OffsetDateTime withdrawnAt;
    public String withdrawnReason;
    public OffsetDateTime returnSeenAt;

    /** The answer date of a referral sent on {@code sentOn}, by the module's rule. */
    public static LocalDate respondBy(LocalDate sentOn, int receiverResponseDays) {
      return ReferralDeadline.respondBy(WORKING_DAYS, sentOn, receiverResponseDays);
    }

    /** Sent at {@code sentAt} (in Japan) to an organisation that answers within its days. */
    public Referral(
        long id,
        long caseId,
        long fromOrgId,
        long fromUserId,
        long toOrgId,
        int receiverResponseDays,
        String urgency,
        String summary,
        OffsetDateTime sentAt,
        List<String> domains) {
      this.id = id;
      this.caseId = caseId;
      this.fromOrgId = fromOrgId;
      this.fromUserId = fromUserId;
      this.toOrgId = toOrgId;
      this.urgency = urgency;
      this.summary = summary;
      this.sentAt = sentAt;
      this.respondBy = respondBy(sentAt.toLocalDate(), receiverResponseDays);
      this.domains = List.copyOf(domains);
      events.add(new ReferralEvent(id, "SENT", sentAt, fromUserId, fromOrgId, null));
    }

    public Referral details(String details) {
      this.details = details;
      return this;
    }

    public Referral basis(long basisId) {
      this.basisId = basisId;
      return this;
    }

    public Referral accessBasis(long accessBasisId) {
      this.accessBasisId = accessBasisId;
      return this;
    }

    public Referral relationship(long relationshipId) {
      this.relationshipId = relationshipId;
      return this;
    }

    public Referral opened(OffsetDateTime at, long by) {
      firstOpenedAt = at;
      firstOpenedBy = by;
      events.add(new ReferralEvent(id, "OPENED", at, by, toOrgId, null));
      return this;
    }

    /** Accepting opens the referral if nobody had, and makes the accepter its handler. */
    public Referral accepted(OffsetDateTime at, long by) {
      step(ReferralStep.ACCEPT, at, by, toOrgId, null);
      openedSilently(at, by);
      answeredAt = at;
      answeredBy = by;
      handledBy = by;
      return this;
    }

    /**
     * A reason code from the consultation module's list (DeclineReason) and the receiver's note.
     */
    public Referral declined(OffsetDateTime at, long by, String reason, String note) {
      DeclineReason.valueOf(reason);
      step(ReferralStep.DECLINE, at, by, toOrgId, reason);
      openedSilently(at, by);
      answeredAt = at;
      answeredBy = by;
      declineReason = reason;
      declineNote = note;
      return this;
    }

    public Referral started(OffsetDateTime at, long by) {
      step(ReferralStep.START, at, by, toOrgId, null);
      handledBy = by;
      return this;
    }

    public Referral completed(
        OffsetDateTime at, long by, String outcome, String unsuccessfulReason, String note) {
      step(ReferralStep.COMPLETE, at, by, toOrgId, note);
      completedAt = at;
      this.outcome = outcome;
      this.unsuccessfulReason = unsuccessfulReason;
      outcomeNote = note;
      return this;
    }

    public Referral withdrawn(OffsetDateTime at, String reason) {
      step(ReferralStep.WITHDRAW, at, fromUserId, fromOrgId, reason);
      withdrawnAt = at;
      withdrawnReason = reason;
      return this;
    }

    private void step(ReferralStep step, OffsetDateTime at, long by, long byOrg, String note) {
      status = step.from(status);
      events.add(new ReferralEvent(id, step.event(), at, by, byOrg, note));
    }

    public Referral returnSeen(OffsetDateTime at) {
      returnSeenAt = at;
      return this;
    }

    private void openedSilently(OffsetDateTime at, long by) {
      if (firstOpenedAt == null) {
        firstOpenedAt = at;
        firstOpenedBy = by;
      }
    }

    /**
     * The timeline entries the application writes for this referral's changes (all but the
     * opening), each naming the receiver.
     */
    public List<Entry> timeline(String receiverName) {
      List<Entry> entries = new ArrayList<>(3);
      for (ReferralEvent e : events) {
        if (TIMELINE_EVENTS.contains(e.kind())) {
          entries.add(
              Entry.system(
                  caseId,
                  "REFERRAL",
                  "referral." + e.kind(),
                  receiverName,
                  e.at(),
                  e.byUser(),
                  e.byOrg()));
        }
      }
      return entries;
    }

    /** Whether the receiver took it on (and so serves the person): accepted, started or done. */
    public boolean takenOn() {
      return status == ReferralStatus.ACCEPTED
          || status == ReferralStatus.IN_PROGRESS
          || status == ReferralStatus.COMPLETED;
    }
  }

  public record Conference(
      long id,
      String kind,
      String title,
      LocalDate heldOn,
      String place,
      long convenedByOrg,
      long convenedBy,
      String minutes,
      String status) {}

  public record Participant(
      long conferenceId,
      long organizationId,
      String name,
      OffsetDateTime acknowledgedAt,
      Long acknowledgedBy) {}

  public record ConferenceCase(long conferenceId, long caseId) {}

  public record Decision(
      long conferenceId,
      long caseId,
      String text,
      Long planActionId,
      long createdBy,
      OffsetDateTime createdAt) {}
}
