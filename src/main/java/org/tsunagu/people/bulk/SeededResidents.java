package org.tsunagu.people.bulk;

import java.util.List;

/**
 * The residents a demo load wrote, in the order written, for the modules whose demo data is about
 * them.
 */
public record SeededResidents(List<Resident> residents) {

  /**
   * A resident as written.
   *
   * @param sex FEMALE or MALE
   * @param careCentre the name of the 地域包括支援センター whose area the resident lives in
   */
  public record Resident(
      long id,
      long areaId,
      Long householdId,
      boolean alone,
      int age,
      String sex,
      String townName,
      String careCentre) {

    public boolean male() {
      return sex.equals("MALE");
    }
  }

  public SeededResidents {
    residents = List.copyOf(residents);
  }
}
