package org.tsunagu.people.internal.consent;

import java.time.Instant;
import java.time.LocalDate;

public record ConsentView(
    long id,
    long personId,
    String purpose,
    Long scopeOrganizationId,
    String scopeOrganizationName,
    String scopeOrganizationType,
    String givenBy,
    String proxyName,
    String proxyRelationship,
    String method,
    LocalDate givenOn,
    LocalDate endsOn,
    Instant recordedAt,
    Instant revokedAt,
    String revokeReason) {

  public boolean inForce(LocalDate today) {
    return revokedAt == null
        && !givenOn.isAfter(today)
        && (endsOn == null || !endsOn.isBefore(today));
  }
}
