package org.tsunagu.consultation.internal.referral;

import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.consultation.DeclineReason;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.web.NotFoundException;
import org.tsunagu.platform.web.Problems;

/**
 * The receiving organisation's side of a referral: it opens it (既読), accepts or declines it, starts
 * the work and completes it with an outcome.
 */
@Service
public class ReferralAnswers {

  private final Referrals referrals;
  private final ReferralParties parties;
  private final ReferralSharing sharing;
  private final ReferralStepLog steps;
  private final Clock clock;

  ReferralAnswers(
      Referrals referrals,
      ReferralParties parties,
      ReferralSharing sharing,
      ReferralStepLog steps,
      Clock clock) {
    this.referrals = referrals;
    this.parties = parties;
    this.sharing = sharing;
    this.steps = steps;
    this.clock = clock;
  }

  /** The receiving organisation opened the referral: the referrer sees it was read (既読). */
  @Transactional
  public void markOpened(CurrentUser user, long referralId) {
    Referral r = referrals.lock(referralId).orElseThrow(NotFoundException::new);
    Instant now = clock.instant();
    if (r.toOrgId == user.organizationId() && r.open(user.id(), now)) {
      referrals.save(r);
      referrals.event(r.id, "OPENED", user.id(), user.organizationId(), null, now);
    }
  }

  @Transactional
  public void accept(CurrentUser user, long referralId) {
    Referral r = parties.asReceiver(user, referralId);
    Instant now = clock.instant();
    r.accept(user.id(), now);
    sharing.serveIfShared(r);
    steps.record(user, r, "ACCEPTED", null, now);
  }

  /** Declines with a reason from the list; the note is required for OTHER. */
  @Transactional
  public void decline(CurrentUser user, long referralId, DeclineReason reason, String note) {
    Referral r = parties.asReceiver(user, referralId);
    Problems p = new Problems();
    if (reason == null) {
      p.add("declineReason", "referral.validation.declineReason");
    }
    if (reason == DeclineReason.OTHER && blank(note)) {
      p.add("declineNote", "referral.validation.declineNote");
    } else if (note != null && note.length() > 1000) {
      p.add("declineNote", "validation.tooLong", 1000);
    }
    p.throwIfAny();
    Instant now = clock.instant();
    r.decline(user.id(), now, reason, blank(note) ? null : note.strip());
    sharing.stopSharing(user, r);
    steps.record(user, r, "DECLINED", reason.name(), now);
  }

  @Transactional
  public void start(CurrentUser user, long referralId) {
    Referral r = parties.asReceiver(user, referralId);
    r.start(user.id());
    steps.record(user, r, "STARTED", null, clock.instant());
  }

  @Transactional
  public void complete(
      CurrentUser user,
      long referralId,
      Referral.Outcome outcome,
      Referral.UnsuccessfulReason reason,
      String note) {
    Referral r = parties.asReceiver(user, referralId);
    Problems p = new Problems();
    if (outcome == null) {
      p.add("outcome", "validation.required");
    } else if (outcome == Referral.Outcome.UNSUCCESSFUL && reason == null) {
      p.add("unsuccessfulReason", "referral.validation.unsuccessfulReason");
    }
    if (note != null && note.length() > 4000) {
      p.add("outcomeNote", "validation.tooLong", 4000);
    }
    if (reason == Referral.UnsuccessfulReason.OTHER && blank(note)) {
      p.add("outcomeNote", "validation.required");
    }
    p.throwIfAny();
    Instant now = clock.instant();
    r.complete(now, outcome, reason, blank(note) ? null : note.strip());
    steps.record(user, r, "COMPLETED", outcome.name(), now);
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
