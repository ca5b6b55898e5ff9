package org.tsunagu.people;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/**
 * A person's basic data for a printed face sheet (フェイスシート): what the registry holds, and the
 * members of the household the reader's organisation may see. The sex is a code (labels {@code
 * sex.*}).
 */
public record PersonSheet(
    PersonSummary person,
    String sex,
    String postcode,
    String address,
    String phone,
    boolean needsSupport,
    List<PersonSummary> household) {

  /** Full years on the day, or null without a birth date. */
  public Integer age(LocalDate today) {
    LocalDate born = person.birthDate();
    return born == null ? null : Period.between(born, today).getYears();
  }
}
