package org.tsunagu.people.internal.person;

import java.time.LocalDate;

/** A person that passed every rule, normalised for storage. */
public record ValidPerson(
    String familyName,
    String givenName,
    String familyKana,
    String givenKana,
    LocalDate birthDate,
    Sex sex,
    String postcode,
    String prefecture,
    String municipality,
    String addressLine,
    Long areaId,
    String phone,
    String householdReference,
    boolean livingAlone,
    boolean needsSupport,
    String notes) {}
