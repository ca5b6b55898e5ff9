package org.tsunagu.consultation;

/** A case was closed (終結), for modules that count outcomes. */
public record CaseClosed(long caseId, long leadOrganizationId, String reason) {}
