package org.tsunagu.people.internal.person;

import java.time.Instant;
import java.time.LocalDate;

/** A person as the API returns them. */
record PersonResponse(
    long id,
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
    String notes,
    int version,
    Instant updatedAt) {
  static PersonResponse of(PersonRecord p) {
    return new PersonResponse(
        p.id(),
        p.familyName(),
        p.givenName(),
        p.familyKana(),
        p.givenKana(),
        p.birthDate(),
        p.sex(),
        p.postcode(),
        p.prefecture(),
        p.municipality(),
        p.addressLine(),
        p.areaId(),
        p.phone(),
        p.householdReference(),
        p.livingAlone(),
        p.needsSupport(),
        p.notes(),
        p.version(),
        p.updatedAt());
  }
}
