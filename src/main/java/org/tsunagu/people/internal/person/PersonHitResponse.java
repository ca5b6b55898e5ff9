package org.tsunagu.people.internal.person;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import org.tsunagu.people.PersonHit;

/** A person in a list or search result as the API shows it: enough to pick the right one. */
record PersonHitResponse(
    long id,
    String familyName,
    String givenName,
    String familyKana,
    String givenKana,
    LocalDate birthDate,
    @Schema(description = "Age in full years today (Japan time); null without a birth date")
        Integer age,
    String addressLine,
    Long areaId,
    @Schema(description = "Name of the area (町丁目) the person lives in") String areaName,
    boolean livingAlone,
    @Schema(
            description =
                "Members of the person's household the caller may see, the person included; 0"
                    + " when no household is recorded")
        int householdSize) {

  static PersonHitResponse of(PersonHit h) {
    return new PersonHitResponse(
        h.id(),
        h.familyName(),
        h.givenName(),
        h.familyKana(),
        h.givenKana(),
        h.birthDate(),
        h.age(),
        h.addressLine(),
        h.areaId(),
        h.areaName(),
        h.livingAlone(),
        h.householdSize());
  }
}
