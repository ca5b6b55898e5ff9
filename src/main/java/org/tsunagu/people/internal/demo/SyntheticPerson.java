package org.tsunagu.people.internal.demo;

import java.time.LocalDate;
import org.tsunagu.people.bulk.PeopleRows;
import org.tsunagu.people.internal.person.PersonInput;
import org.tsunagu.platform.text.JapaneseText;

/** A person who does not exist; kana are full-width katakana, sex is FEMALE or MALE. */
public record SyntheticPerson(
    String familyName,
    String givenName,
    String familyKana,
    String givenKana,
    String sex,
    LocalDate birthDate,
    String phone) {

  /** The same person with another family name in kanji (e.g. a variant such as 髙橋). */
  public SyntheticPerson withFamilyName(String kanji) {
    return new SyntheticPerson(kanji, givenName, familyKana, givenKana, sex, birthDate, phone);
  }

  // The two keys are computed exactly as the people module does when it saves a person.

  public String nameKey() {
    return JapaneseText.searchKey(familyName + givenName);
  }

  public String kanaKey() {
    return JapaneseText.searchKey(familyKana + givenKana);
  }

  /** The registry's row of this person living at the given address. */
  public PeopleRows.Person row(
      long id,
      String postcode,
      String prefecture,
      String municipality,
      String addressLine,
      long areaId,
      Long householdId,
      boolean livingAlone,
      boolean needsSupport,
      long registeredBy) {
    return new PeopleRows.Person(
        id,
        familyName,
        givenName,
        familyKana,
        givenKana,
        birthDate,
        sex,
        phone,
        postcode,
        prefecture,
        municipality,
        addressLine,
        areaId,
        householdId,
        livingAlone,
        needsSupport,
        registeredBy);
  }

  /**
   * This person living at the given address as a worker enters them on the registration form: the
   * registry validates and normalises the input, and registers them for the worker's organisation.
   */
  public PersonInput input(
      String postcode,
      String prefecture,
      String municipality,
      String addressLine,
      long areaId,
      String householdReference,
      boolean livingAlone,
      boolean needsSupport) {
    return new PersonInput(
        familyName,
        givenName,
        familyKana,
        givenKana,
        birthDate.toString(),
        sex,
        postcode,
        prefecture,
        municipality,
        addressLine,
        areaId,
        null,
        phone,
        householdReference,
        livingAlone,
        needsSupport,
        null);
  }
}
