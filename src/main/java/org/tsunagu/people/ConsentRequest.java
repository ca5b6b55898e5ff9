package org.tsunagu.people;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A consent as entered (for a purpose of people.consent_purpose, e.g. CONSULTATION): scope is one
 * organisation or every organisation of a type.
 */
public record ConsentRequest(
    String purpose,
    Long scopeOrganizationId,
    @Schema(implementation = OrganizationType.class) String scopeOrganizationType,
    @Schema(allowableValues = {"PERSON", "PROXY"}) String givenBy,
    String proxyName,
    String proxyRelationship,
    @Schema(allowableValues = {"WRITTEN", "ORAL", "ELECTRONIC"}) String method,
    String givenOn,
    String endsOn) {}
