package org.tsunagu.demo.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** The rows the demo data writes into the consultation tables. */
final class ConsultationRows {

  private ConsultationRows() {}

  record Window(
      long id,
      String name,
      String kind,
      long organizationId,
      long receivingOrgId,
      Long areaId,
      String place) {}

  /** A 支援ケース; open until {@link #close} is called. */
  static final class SupportCase {
    final long id;
    final String reference;
    final Long personId;
    final Long householdId;
    final String subjectDescription;
    final String title;
    final long leadOrgId;
    final long leadWorkerId;
    final Long areaId;
    final String urgency;
    final OffsetDateTime openedAt;
    String status = "OPEN";
    OffsetDateTime firstContactAt;
    LocalDate reviewOn;
    OffsetDateTime closedAt;
    String closedReason;
    String closedNote;

    SupportCase(
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

    SupportCase status(String status) {
      this.status = status;
      return this;
    }

    SupportCase firstContact(OffsetDateTime at) {
      this.firstContactAt = at;
      return this;
    }

    SupportCase reviewOn(LocalDate date) {
      this.reviewOn = date;
      return this;
    }

    SupportCase close(OffsetDateTime at, String reason, String note) {
      this.status = "CLOSED";
      this.closedAt = at;
      this.closedReason = reason;
      this.closedNote = note;
      this.reviewOn = null;
      return this;
    }

    boolean closed() {
      return closedAt != null;
    }
  }

  record Need(long caseId, String domain) {}

  /** An intake (相談受付・つながりカード); NEW until it becomes a case or is closed without one. */
  static final class Intake {
    /** With whom a person who agrees at intake shares, unless they name another type. */
    static final String DEFAULT_SHARE_SCOPE = "COMMUNITY_CARE_CENTER";

    final long id;
    final long windowId;
    final String channel;
    final OffsetDateTime receivedAt;
    final String reporterKind;
    final String reporterName;
    final Long personId;
    final String subjectDescription;
    final String ownWords;
    final String urgency;
    final Boolean mayContact;
    final boolean shareAgreed;
    final long recordedBy;
    final long recordedOrgId;
    final List<String> domains;
    String contactName;
    String contactPhone;
    String shareScopeType;
    Long consentId;
    String status = "NEW";
    Long caseId;
    String noCaseReason;
    OffsetDateTime handledAt;
    Long handledBy;

    Intake(
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
    Intake sharedWith(String scopeType, Long consentId) {
      this.shareScopeType = scopeType;
      this.consentId = consentId;
      return this;
    }

    Intake contact(String name, String phone) {
      this.contactName = name;
      this.contactPhone = phone;
      return this;
    }

    Intake becameCase(long caseId, OffsetDateTime at, long by) {
      this.status = "CASE";
      this.caseId = caseId;
      this.handledAt = at;
      this.handledBy = by;
      return this;
    }

    Intake closedWithoutCase(String reason, OffsetDateTime at, long by) {
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
  record Entry(
      long caseId,
      String kind,
      OffsetDateTime occurredAt,
      String summary,
      boolean system,
      Long authorId,
      long orgId) {

    static Entry manual(
        long caseId, String kind, OffsetDateTime at, String summary, long author, long org) {
      return new Entry(caseId, kind, at, summary, false, author, org);
    }

    static Entry system(
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

  record Goal(
      long id, long caseId, String text, String status, OffsetDateTime createdAt, long createdBy) {}

  record Action(
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

  record Review(
      long caseId, LocalDate reviewedOn, String note, LocalDate nextReviewOn, long reviewedBy) {}

  record Basis(
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

  record ReferralEvent(
      long referralId, String kind, OffsetDateTime at, long byUser, long byOrg, String note) {}

  /**
   * A referral (つなぎ) built through its state changes, as the application would make them: pending →
   * accepted | declined → in progress → completed, or withdrawn; each change adds its event.
   */
  static final class Referral {
    private static final java.util.Set<String> TIMELINE_EVENTS =
        java.util.Set.of("SENT", "ACCEPTED", "DECLINED", "STARTED", "COMPLETED", "WITHDRAWN");

    final long id;
    final long caseId;
    final long fromOrgId;
    final long fromUserId;
    final long toOrgId;
    final String urgency;
    final String summary;
    final OffsetDateTime sentAt;
    final LocalDate respondBy;
    final List<String> domains;
    final List<ReferralEvent> events = new ArrayList<>(5);
    String status = "PENDING";
    String details;
    Long basisId;
    Long accessBasisId;
    Long relationshipId;
    OffsetDateTime firstOpenedAt;
    Long firstOpenedBy;
    OffsetDateTime answeredAt;
    Long answeredBy;
    String declineReason;
    String declineNote;
    Long handledBy;
    OffsetDateTime completedAt;
    String outcome;
    String unsuccessfulReason;
    String outcomeNote;
    OffsetDateTime withdrawnAt;
    String withdrawnReason;
    OffsetDateTime returnSeenAt;

    Referral(
        long id,
        long caseId,
        long fromOrgId,
        long fromUserId,
        long toOrgId,
        String urgency,
        String summary,
        OffsetDateTime sentAt,
        LocalDate respondBy,
        List<String> domains) {
      this.id = id;
      this.caseId = caseId;
      this.fromOrgId = fromOrgId;
      this.fromUserId = fromUserId;
      this.toOrgId = toOrgId;
      this.urgency = urgency;
      this.summary = summary;
      this.sentAt = sentAt;
      this.respondBy = respondBy;
      this.domains = List.copyOf(domains);
      events.add(new ReferralEvent(id, "SENT", sentAt, fromUserId, fromOrgId, null));
    }

    Referral details(String details) {
      this.details = details;
      return this;
    }

    Referral basis(long basisId) {
      this.basisId = basisId;
      return this;
    }

    Referral accessBasis(long accessBasisId) {
      this.accessBasisId = accessBasisId;
      return this;
    }

    Referral relationship(long relationshipId) {
      this.relationshipId = relationshipId;
      return this;
    }

    Referral opened(OffsetDateTime at, long by) {
      firstOpenedAt = at;
      firstOpenedBy = by;
      events.add(new ReferralEvent(id, "OPENED", at, by, toOrgId, null));
      return this;
    }

    /** Accepting opens the referral if nobody had, and makes the accepter its handler. */
    Referral accepted(OffsetDateTime at, long by) {
      openedSilently(at, by);
      status = "ACCEPTED";
      answeredAt = at;
      answeredBy = by;
      handledBy = by;
      events.add(new ReferralEvent(id, "ACCEPTED", at, by, toOrgId, null));
      return this;
    }

    /**
     * A reason code from the consultation module's list (DeclineReason) and the receiver's note.
     */
    Referral declined(OffsetDateTime at, long by, String reason, String note) {
      openedSilently(at, by);
      status = "DECLINED";
      answeredAt = at;
      answeredBy = by;
      declineReason = reason;
      declineNote = note;
      events.add(new ReferralEvent(id, "DECLINED", at, by, toOrgId, reason));
      return this;
    }

    Referral started(OffsetDateTime at, long by) {
      status = "IN_PROGRESS";
      handledBy = by;
      events.add(new ReferralEvent(id, "STARTED", at, by, toOrgId, null));
      return this;
    }

    Referral completed(
        OffsetDateTime at, long by, String outcome, String unsuccessfulReason, String note) {
      status = "COMPLETED";
      completedAt = at;
      this.outcome = outcome;
      this.unsuccessfulReason = unsuccessfulReason;
      outcomeNote = note;
      events.add(new ReferralEvent(id, "COMPLETED", at, by, toOrgId, note));
      return this;
    }

    Referral withdrawn(OffsetDateTime at, String reason) {
      status = "WITHDRAWN";
      withdrawnAt = at;
      withdrawnReason = reason;
      events.add(new ReferralEvent(id, "WITHDRAWN", at, fromUserId, fromOrgId, reason));
      return this;
    }

    Referral returnSeen(OffsetDateTime at) {
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
    List<Entry> timeline(String receiverName) {
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
    boolean takenOn() {
      return status.equals("ACCEPTED")
          || status.equals("IN_PROGRESS")
          || status.equals("COMPLETED");
    }
  }

  record Conference(
      long id,
      String kind,
      String title,
      LocalDate heldOn,
      String place,
      long convenedByOrg,
      long convenedBy,
      String minutes,
      String status) {}

  record Participant(
      long conferenceId,
      long organizationId,
      String name,
      OffsetDateTime acknowledgedAt,
      Long acknowledgedBy) {}

  record ConferenceCase(long conferenceId, long caseId) {}

  record Decision(
      long conferenceId,
      long caseId,
      String text,
      Long planActionId,
      long createdBy,
      OffsetDateTime createdAt) {}
}
