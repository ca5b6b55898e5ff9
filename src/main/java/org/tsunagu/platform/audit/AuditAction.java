package org.tsunagu.platform.audit;

/** What an audit entry records. READ and SEARCH are reads of sensitive data. */
public enum AuditAction {
  READ,
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
