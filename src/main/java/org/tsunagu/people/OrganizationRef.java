package org.tsunagu.people;

/** An organisation as other modules show and choose it. */
public record OrganizationRef(long id, String name, OrganizationType type, int responseDays) {}
