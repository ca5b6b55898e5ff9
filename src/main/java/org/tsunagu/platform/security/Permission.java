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
  AUDIT_READ
}
