package org.tsunagu.platform.worklist;

/**
 * What a work item asks of the user, counted at the top of the work list. Modules map each of their
 * items to one of these; a new kind is added here (with its {@code worklist.kind.*} label in both
 * bundles) only when no existing one says what the item asks.
 */
public enum WorkKind {
  /** Nobody has acted on it yet (未対応): a new intake, a referral to answer, one that came back. */
  NEW,
  /** Its deadline has passed (期限切れ). */
  OVERDUE,
  /** The user acted and waits for someone else (回答待ち): a referral sent, not yet answered. */
  AWAITING,
  /** Something agreed earlier is due to be looked at again (見直し): a plan review, a consent. */
  REVIEW;

  public String messageKey() {
    return "worklist.kind." + name();
  }
}
