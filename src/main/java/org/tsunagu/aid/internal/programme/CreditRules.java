package org.tsunagu.aid.internal.programme;

import java.util.Set;

/**
 * A programme's time-credit (時間預託) rules: whether supporters may bank minutes instead of cash
 * ({@code NONE}, {@code OPTIONAL}, or {@code ONLY} credits), who may spend a member's minutes
 * (SELF, SPOUSE, PARENT, CHILD), whether they may be given away or cashed out, and what becomes of
 * them when a member leaves or dies.
 */
public record CreditRules(
    String mode,
    Set<String> users,
    boolean transferable,
    boolean cashOut,
    String onLeaving,
    String onDeath,
    int overdraftMinutes) {

  public boolean allowed() {
    return !"NONE".equals(mode);
  }

  public boolean only() {
    return "ONLY".equals(mode);
  }
}
