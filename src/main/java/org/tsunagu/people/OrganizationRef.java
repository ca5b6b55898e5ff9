package org.tsunagu.people;

/** An organisation as other modules show and choose it; the phone is its contact number. */
public record OrganizationRef(
    long id, String name, OrganizationType type, int responseDays, String phone) {}
