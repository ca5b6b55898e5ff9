package org.tsunagu.people;

/** An organisation that declares some of the domains asked for, and whether it serves the area. */
public record OrganizationSuggestion(
    OrganizationRef organization, int matchedDomains, boolean servesArea) {}
