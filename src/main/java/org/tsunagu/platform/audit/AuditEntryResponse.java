package org.tsunagu.platform.audit;

import java.time.Instant;

/**
 * An audit entry as the API shows it: who (user, login name, organisation) did what to which
 * object, when, and whether a seal already covers it. The chain's transaction ids and hashes stay
 * inside; {@code /api/v1/audit/verify} answers for them.
 */
record AuditEntryResponse(
    long id,
    Instant occurredAt,
    Long actorUserId,
    String actorName,
    String actorDisplayName,
    Long actorOrgId,
    AuditAction action,
    String objectType,
    String objectId,
    String detail,
    boolean sealed) {

  static AuditEntryResponse of(AuditSearch.Entry e) {
    return new AuditEntryResponse(
        e.id(),
        e.occurredAt(),
        e.actorUserId(),
        e.actorName(),
        e.actorDisplayName(),
        e.actorOrgId(),
        AuditAction.valueOf(e.action()),
        e.objectType(),
        e.objectId(),
        e.detail(),
        e.sealed());
  }
}
