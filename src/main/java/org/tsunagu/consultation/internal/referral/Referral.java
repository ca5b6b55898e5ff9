package org.tsunagu.consultation.internal.referral;

import java.time.Instant;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.tsunagu.consultation.DeclineReason;
import org.tsunagu.consultation.ReferralStatus;
import org.tsunagu.platform.web.UserFacingException;

/**
 * A referral (つなぎ), moved by the steps of its state machine ({@link ReferralStep}). The receiving
 * organisation answers; the referring one withdraws. Each method changes state or throws, leaving
 * the referral as it was.
 */
public final class Referral {

  public enum Outcome {
    SUCCESSFUL,
    UNSUCCESSFUL
  }

  public enum UnsuccessfulReason {
    PERSON_REFUSED,
    NO_CAPACITY,
    COULD_NOT_REACH,
    NO_LONGER_NEEDED,
    OTHER
  }

  final long id;
  final long caseId;
  final long fromOrgId;
  final long toOrgId;
  ReferralStatus status;
  Long basisId;
  Long accessBasisId;
  Long relationshipId;
  Instant firstOpenedAt;
  Long firstOpenedBy;
  Instant answeredAt;
  Long answeredBy;
  DeclineReason declineReason;
  String declineNote;
  Long handledBy;
  Instant completedAt;
  Outcome outcome;
  UnsuccessfulReason unsuccessfulReason;
  String outcomeNote;
  Instant withdrawnAt;
  String withdrawnReason;
  final int version;

  Referral(
      long id,
      long caseId,
      long fromOrgId,
      long toOrgId,
      ReferralStatus status,
      Long basisId,
      Long accessBasisId,
      Long relationshipId,
      Instant firstOpenedAt,
      int version) {
    this.id = id;
    this.caseId = caseId;
    this.fromOrgId = fromOrgId;
    this.toOrgId = toOrgId;
    this.status = status;
    this.basisId = basisId;
    this.accessBasisId = accessBasisId;
    this.relationshipId = relationshipId;
    this.firstOpenedAt = firstOpenedAt;
    this.version = version;
  }

  /** The first opening by the receiving organisation (既読); later openings change nothing. */
  boolean open(long userId, Instant at) {
    if (firstOpenedAt != null) {
      return false;
    }
    firstOpenedAt = at;
    firstOpenedBy = userId;
    return true;
  }

  void accept(long userId, Instant at) {
    ReferralStatus next = step(ReferralStep.ACCEPT);
    open(userId, at);
    status = next;
    answeredAt = at;
    answeredBy = userId;
    handledBy = userId;
  }

  void decline(long userId, Instant at, DeclineReason reason, String note) {
    ReferralStatus next = step(ReferralStep.DECLINE);
    open(userId, at);
    status = next;
    answeredAt = at;
    answeredBy = userId;
    declineReason = reason;
    declineNote = note;
  }

  void start(long userId) {
    status = step(ReferralStep.START);
    handledBy = userId;
  }

  void complete(Instant at, Outcome result, UnsuccessfulReason reason, String note) {
    status = step(ReferralStep.COMPLETE);
    completedAt = at;
    outcome = result;
    unsuccessfulReason = result == Outcome.UNSUCCESSFUL ? reason : null;
    outcomeNote = note;
  }

  void withdraw(Instant at, String reason) {
    status = step(ReferralStep.WITHDRAW);
    withdrawnAt = at;
    withdrawnReason = reason;
  }

  /** The status after {@code step}, or the user-facing refusal the state machine gives. */
  private ReferralStatus step(ReferralStep step) {
    if (!step.allowedFrom(status)) {
      throw new UserFacingException(
          "referral.error.transition",
          409,
          new DefaultMessageSourceResolvable("referral.status." + status.name()),
          new DefaultMessageSourceResolvable("referral.action." + step.action()));
    }
    return step.from(status);
  }
}
