package org.tsunagu.people.internal.person;

import java.time.LocalDate;

/** A person in a list or search result as the API shows it: enough to pick the right one. */
record PersonHitResponse(
    long id,
    String familyName,
    String givenName,
    String familyKana,
    String givenKana,
    LocalDate birthDate,
    String addressLine,
    Long areaId,
    boolean livingAlone) {

  static PersonHitResponse of(PersonSearch.Hit h) {
    return new PersonHitResponse(
        h.id(),
        h.familyName(),
        h.givenName(),
        h.familyKana(),
        h.givenKana(),
        h.birthDate(),
        h.addressLine(),
        h.areaId(),
        h.livingAlone());
  }
}
