package org.tsunagu.consultation;

import org.tsunagu.platform.security.CurrentUser;

/**
 * Another module's way in to consultation: a worry a field worker noticed about a person they serve
 * (a supporter after a visit) becomes an intake at their organisation's visit window, with them as
 * the one who brought it, once per key.
 */
public interface BroughtConcerns {

  /**
   * Records the concern as a new intake and answers its id; the same key answers the same intake.
   * The caller has checked the worker may report on the person; the person must be visible to the
   * worker's organisation.
   */
  long bring(CurrentUser broughtBy, Concern concern);

  /**
   * @param source what the worker was doing, in the intake's words (e.g. 「助け合い活動の報告から」)
   */
  record Concern(long personId, String ownWords, String source, String key) {}
}
