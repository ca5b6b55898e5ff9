package org.tsunagu.people.internal.person;

import java.time.Instant;
import java.time.LocalDate;

/** A person as stored. */
public record PersonRecord(
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
    Long householdId,
    String householdReference,
    boolean livingAlone,
    boolean needsSupport,
    String notes,
    long registeredBy,
    Long mergedInto,
    int version,
    Instant createdAt,
    Instant updatedAt) {

  public String fullName() {
    return familyName + " " + givenName;
  }

  public String fullKana() {
    return familyKana + " " + givenKana;
  }

  public Integer age(LocalDate today) {
    return birthDate == null ? null : java.time.Period.between(birthDate, today).getYears();
  }
}
