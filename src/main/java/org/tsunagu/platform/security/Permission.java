package org.tsunagu.platform.security;

/** What a role may do; checked with {@code @PreAuthorize("hasAuthority('PERSON_READ')")}. */
public enum Permission {
  PERSON_READ,
  PERSON_WRITE,
  PERSON_MERGE,
  CONSENT_RECORD,
  IMPORT,
  EXPORT,
  MANAGE_USERS,
  MANAGE_ORGANIZATIONS,
  AUDIT_READ,
  /** Take in a consultation or fill in a つながりカード. */
  INTAKE_RECORD,
  /** Work the cases and referrals of one's organisation. */
  CASE_WORK,
  /** Convene and record case conferences (支援会議・重層的支援会議). */
  CONFERENCE_MANAGE,
  /** Read aggregate numbers; no personal records. */
  NUMBERS_READ
}
