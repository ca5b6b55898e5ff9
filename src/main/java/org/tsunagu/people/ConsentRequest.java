package org.tsunagu.people;

/**
 * A consent as entered (for a purpose of people.consent_purpose, e.g. CONSULTATION): scope is one
 * organisation or every organisation of a type.
 */
public record ConsentRequest(
    String purpose,
    Long scopeOrganizationId,
    String scopeOrganizationType,
    String givenBy,
    String proxyName,
    String proxyRelationship,
    String method,
    String givenOn,
    String endsOn) {}
