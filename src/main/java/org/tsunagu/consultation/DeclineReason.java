package org.tsunagu.consultation;

/**
 * Why a receiving organisation declines a referral, chosen from a list so the referrer and the
 * numbers can tell the reasons apart; OTHER needs a note. Labels: {@code declineReason.*}.
 */
public enum DeclineReason {
  /** 対象外の相談内容 */
  OUT_OF_SCOPE,
  /** 対象地域外 */
  OUT_OF_AREA,
  /** 受入枠がない */
  NO_CAPACITY,
  /** 本人の同意が得られない */
  NO_CONSENT,
  /** 他機関が適切 */
  OTHER_AGENCY_FITS,
  /** その他 */
  OTHER
}
