package org.tsunagu.people;

import java.time.LocalDate;

/** What other modules may show of a person the user may see. */
public record PersonSummary(
    long id,
    String familyName,
    String givenName,
    String familyKana,
    String givenKana,
    LocalDate birthDate,
    Long areaId,
    boolean livingAlone) {

  public String fullName() {
    return familyName + " " + givenName;
  }

  public String fullKana() {
    return familyKana + " " + givenKana;
  }
}
