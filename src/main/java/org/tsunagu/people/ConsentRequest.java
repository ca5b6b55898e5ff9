package org.tsunagu.people;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A consent as entered (for a purpose of people.consent_purpose, e.g. CONSULTATION): scope is one
 * organisation or every organisation of a type.
 */
public record ConsentRequest(
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String purpose,
    Long scopeOrganizationId,
    @Schema(implementation = OrganizationType.class) String scopeOrganizationType,
    @Schema(
            allowableValues = {"PERSON", "PROXY"},
            requiredMode = Schema.RequiredMode.REQUIRED)
        String givenBy,
    String proxyName,
    String proxyRelationship,
    @Schema(
            allowableValues = {"WRITTEN", "ORAL", "ELECTRONIC"},
            requiredMode = Schema.RequiredMode.REQUIRED)
        String method,
    String givenOn,
    String endsOn) {}
