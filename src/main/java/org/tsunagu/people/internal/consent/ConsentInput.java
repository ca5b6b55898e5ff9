package org.tsunagu.people.internal.consent;

/** A consent as entered: scope is one organisation or every organisation of a type. */
public record ConsentInput(
    String purpose,
    Long scopeOrganizationId,
    String scopeOrganizationType,
    String givenBy,
    String proxyName,
    String proxyRelationship,
    String method,
    String givenOn,
    String endsOn) {}
