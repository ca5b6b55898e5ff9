package org.tsunagu.consultation.internal.referral;

import java.util.EnumSet;
import java.util.Set;
import org.tsunagu.consultation.ReferralStatus;

/**
 * The referral state machine, the one place its transitions are written: pending → accepted |
 * declined; accepted → in progress → completed (accepted may complete at once); pending, accepted
 * or in progress → withdrawn by the referrer. Each step is recorded as the event of its name.
 */
public enum ReferralStep {
  ACCEPT("ACCEPTED", ReferralStatus.ACCEPTED, EnumSet.of(ReferralStatus.PENDING)),
  DECLINE("DECLINED", ReferralStatus.DECLINED, EnumSet.of(ReferralStatus.PENDING)),
  START("STARTED", ReferralStatus.IN_PROGRESS, EnumSet.of(ReferralStatus.ACCEPTED)),
  COMPLETE(
      "COMPLETED",
      ReferralStatus.COMPLETED,
      EnumSet.of(ReferralStatus.ACCEPTED, ReferralStatus.IN_PROGRESS)),
  WITHDRAW(
      "WITHDRAWN",
      ReferralStatus.WITHDRAWN,
      EnumSet.of(ReferralStatus.PENDING, ReferralStatus.ACCEPTED, ReferralStatus.IN_PROGRESS));

  private final String event;
  private final ReferralStatus to;
  private final Set<ReferralStatus> from;

  ReferralStep(String event, ReferralStatus to, Set<ReferralStatus> from) {
    this.event = event;
    this.to = to;
    this.from = from;
  }

  /** The kind of the referral event this step records. */
  public String event() {
    return event;
  }

  /** The step recorded as {@code event}, if it is a state change (SENT and OPENED are not). */
  public static java.util.Optional<ReferralStep> ofEvent(String event) {
    for (ReferralStep step : values()) {
      if (step.event.equals(event)) {
        return java.util.Optional.of(step);
      }
    }
    return java.util.Optional.empty();
  }

  public boolean allowedFrom(ReferralStatus status) {
    return from.contains(status);
  }

  /**
   * The status after this step from {@code status}.
   *
   * @throws IllegalStateException if the state machine does not allow it
   */
  public ReferralStatus from(ReferralStatus status) {
    if (!allowedFrom(status)) {
      throw new IllegalStateException("a referral cannot " + action() + " when " + status);
    }
    return to;
  }

  /** The step's name in the message keys ("referral.action.accept"). */
  String action() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
