package org.tsunagu.people;

import java.time.LocalDate;

/**
 * A person found by a name search, wherever the search is shown (the registry's list, an intake's
 * identification): the name, and what tells two of the same name apart (age, 町丁目, household), all
 * of a person the user may see. {@code householdSize} counts the household's members the user may
 * see, this person included; 0 without a household.
 */
public record PersonHit(
    long id,
    String familyName,
    String givenName,
    String familyKana,
    String givenKana,
    LocalDate birthDate,
    String addressLine,
    Long areaId,
    boolean livingAlone,
    Long householdId,
    Integer age,
    String areaName,
    int householdSize) {

  public String fullName() {
    return familyName + " " + givenName;
  }

  public String fullKana() {
    return familyKana + " " + givenKana;
  }
}
