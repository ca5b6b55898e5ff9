package org.tsunagu.platform.worklist;

import org.tsunagu.platform.security.CurrentUser;

/**
 * What the user narrowed the work list to; every source applies it in its own SQL, so each section
 * keeps its own limit and counts stay right.
 *
 * @param scope {@link Scope#MINE}: items assigned to the user, and the organisation's items nobody
 *     has taken yet (a new intake, a referral to answer); {@link Scope#ORGANIZATION}: everything of
 *     the user's organisation
 * @param workerId only items assigned to this worker of the user's organisation (null: any)
 * @param areaId only items in this area or below it (null: any); an item without an area is left
 *     out when an area is chosen
 * @param kind only items of this kind (null: every kind)
 */
public record WorkFilter(Scope scope, Long workerId, Long areaId, WorkKind kind) {

  public enum Scope {
    MINE,
    ORGANIZATION
  }

  /** Does the user want items of this kind? A source skips a query whose kinds are all unwanted. */
  public boolean wants(WorkKind k) {
    return kind == null || kind == k;
  }

  /**
   * The worker whose items are wanted: the chosen worker, or the user for {@link Scope#MINE}; null
   * when every worker's items are wanted.
   */
  public Long assignee(CurrentUser user) {
    if (workerId != null) {
      return workerId;
    }
    return scope == Scope.MINE ? user.id() : null;
  }

  /** Are items nobody has taken yet wanted? Not when one worker was chosen. */
  public boolean includesUnassigned() {
    return workerId == null;
  }
}
