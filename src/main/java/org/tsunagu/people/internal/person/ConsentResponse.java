package org.tsunagu.people.internal.person;

import java.time.Instant;
import java.time.LocalDate;
import org.tsunagu.people.OrganizationType;
import org.tsunagu.people.internal.consent.ConsentView;

/**
 * A person's consent as the API shows it. The scope is one organisation (id and name) or every
 * organisation of a type; {@code inForce} says whether it counts today (not revoked, begun, not
 * ended).
 */
record ConsentResponse(
    long id,
    long personId,
    String purpose,
    Long scopeOrganizationId,
    String scopeOrganizationName,
    OrganizationType scopeOrganizationType,
    GivenBy givenBy,
    String proxyName,
    String proxyRelationship,
    Method method,
    LocalDate givenOn,
    LocalDate endsOn,
    Instant recordedAt,
    Instant revokedAt,
    String revokeReason,
    boolean inForce) {

  /** Who gave the consent: the person, or someone for them (家族など). */
  enum GivenBy {
    PERSON,
    PROXY
  }

  /** How it was given. */
  enum Method {
    WRITTEN,
    ORAL,
    ELECTRONIC
  }

  static ConsentResponse of(ConsentView c, LocalDate today) {
    return new ConsentResponse(
        c.id(),
        c.personId(),
        c.purpose(),
        c.scopeOrganizationId(),
        c.scopeOrganizationName(),
        c.scopeOrganizationType() == null
            ? null
            : OrganizationType.valueOf(c.scopeOrganizationType()),
        GivenBy.valueOf(c.givenBy()),
        c.proxyName(),
        c.proxyRelationship(),
        Method.valueOf(c.method()),
        c.givenOn(),
        c.endsOn(),
        c.recordedAt(),
        c.revokedAt(),
        c.revokeReason(),
        c.inForce(today));
  }
}
