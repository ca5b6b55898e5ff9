package org.tsunagu.people.internal.person;

import io.swagger.v3.oas.annotations.media.Schema;

/** A person as an API client registers or changes them. */
record PersonRequest(
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String familyName,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String givenName,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String familyKana,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String givenKana,
    String birthDate,
    @Schema(implementation = Sex.class) String sex,
    String postcode,
    String prefecture,
    String municipality,
    String addressLine,
    Long areaId,
    String phone,
    String householdReference,
    Boolean livingAlone,
    Boolean needsSupport,
    String notes,
    Boolean confirmNotDuplicate,
    Integer version) {
  PersonInput toInput() {
    return new PersonInput(
        familyName,
        givenName,
        familyKana,
        givenKana,
        birthDate,
        sex,
        postcode,
        prefecture,
        municipality,
        addressLine,
        areaId,
        null,
        phone,
        householdReference,
        Boolean.TRUE.equals(livingAlone),
        Boolean.TRUE.equals(needsSupport),
        notes);
  }
}
