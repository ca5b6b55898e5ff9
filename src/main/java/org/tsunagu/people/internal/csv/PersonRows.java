package org.tsunagu.people.internal.csv;

import java.util.List;
import java.util.Locale;
import org.tsunagu.people.internal.address.PostcodeDirectory;
import org.tsunagu.people.internal.address.PostcodeEntry;
import org.tsunagu.people.internal.person.PersonInput;
import org.tsunagu.platform.imports.ColumnMapping.MappedRow;
import org.tsunagu.platform.imports.ImportProblem;

/**
 * Turns a mapped row of the person list into a person's input, the prefecture from the postcode.
 */
final class PersonRows {

  record Row(int line, PersonInput input, MappedRow cells) {}

  private final PostcodeDirectory postcodes;

  PersonRows(PostcodeDirectory postcodes) {
    this.postcodes = postcodes;
  }

  Row toInput(MappedRow r, List<ImportProblem> problems) {
    String postcode = r.get("postcode");
    String prefecture = null;
    String municipality = null;
    if (postcode != null && PostcodeDirectory.isWellFormed(postcode)) {
      List<PostcodeEntry> entries = postcodes.lookup(postcode);
      if (!entries.isEmpty()) {
        prefecture = entries.get(0).prefecture();
        municipality = entries.get(0).municipality();
      }
    }
    Boolean alone = livingAlone(r.get("livingAlone"));
    if (alone == null) {
      problems.add(
          new ImportProblem(
              r.line(),
              "livingAlone",
              "import.error.livingAlone",
              null,
              r.original("livingAlone")));
    }
    PersonInput input =
        new PersonInput(
            r.get("familyName"),
            r.get("givenName"),
            r.get("familyKana"),
            r.get("givenKana"),
            r.get("birthDate"),
            r.get("sex"),
            postcode,
            prefecture,
            municipality,
            r.get("addressLine"),
            null,
            r.get("areaName"),
            r.get("phone"),
            r.get("householdReference"),
            Boolean.TRUE.equals(alone),
            false,
            null);
    return new Row(r.line(), input, r);
  }

  /** はい/○/1/true → true; いいえ/×/0/false/empty → false; anything else is an error (null). */
  static Boolean livingAlone(String v) {
    if (v == null) {
      return false;
    }
    return switch (v.strip().toLowerCase(Locale.ROOT)) {
      case "はい", "○", "〇", "1", "true", "yes", "独居", "有", "あり" -> true;
      case "いいえ", "×", "0", "false", "no", "", "無", "なし" -> false;
      default -> null;
    };
  }
}
