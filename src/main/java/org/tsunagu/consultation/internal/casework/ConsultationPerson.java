package org.tsunagu.consultation.internal.casework;

import java.time.LocalDate;
import org.tsunagu.people.PersonSummary;

/** The person a case or referral is about, in the API, where the caller may see them. */
public record ConsultationPerson(
    long id,
    String familyName,
    String givenName,
    String familyKana,
    String givenKana,
    LocalDate birthDate,
    boolean livingAlone) {

  public static ConsultationPerson of(PersonSummary p) {
    return p == null
        ? null
        : new ConsultationPerson(
            p.id(),
            p.familyName(),
            p.givenName(),
            p.familyKana(),
            p.givenKana(),
            p.birthDate(),
            p.livingAlone());
  }
}
