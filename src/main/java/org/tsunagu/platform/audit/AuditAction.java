package org.tsunagu.platform.audit;

/**
 * What an audit entry records. READ and SEARCH are reads of sensitive data; READ_REDACTED a read
 * that was shown without the person (a referral seen without a basis); READ_REFUSED a read refused
 * for lack of a basis, which the caller was told does not exist. Stored by name in the append-only
 * log and read back as this enum by the API: a constant is never renamed or removed.
 */
public enum AuditAction {
  READ,
  READ_REDACTED,
  READ_REFUSED,
  SEARCH,
  CREATE,
  UPDATE,
  MERGE,
  EXPORT,
  IMPORT,
  CONSENT_GIVEN,
  CONSENT_REVOKED,
  BASIS_RECORDED,
  BASIS_ENDED,
  USER_CREATED,
  PASSWORD_RESET,
  TOKEN_ISSUED,
  TOKEN_REVOKED
}
