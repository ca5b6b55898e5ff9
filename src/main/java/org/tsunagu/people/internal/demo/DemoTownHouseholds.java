package org.tsunagu.people.internal.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Who lives where in the demo town: households drawn from a mix of kinds in random towns, then seed
 * 002's mother and son and one woman registered twice.
 */
final class DemoTownHouseholds {

  private static final Map<Households.Kind, Double> MIX =
      Map.of(
          Households.Kind.ELDERLY_SINGLE, 0.33,
          Households.Kind.ELDERLY_COUPLE, 0.20,
          Households.Kind.FAMILY, 0.30,
          Households.Kind.SINGLE_ADULT, 0.10,
          Households.Kind.THREE_GENERATIONS, 0.07);

  /** A resident; {@code household} numbers the households of two or more from 1, 0 for none. */
  record Resident(
      SyntheticPerson person, TownRow town, String addressLine, int household, boolean alone) {}

  private final SyntheticPeople people;
  private final LocalDate today;
  private final DemoTownPlan plan;
  private final List<Resident> residents = new ArrayList<>();
  private int households;

  DemoTownHouseholds(SyntheticPeople people, LocalDate today, DemoTownPlan plan) {
    this.people = people;
    this.today = today;
    this.plan = plan;
  }

  /** Draws about {@code target} residents; returns them in order. */
  List<Resident> draw(int target) {
    Households draw = new Households(people, today, MIX);
    List<TownRow> towns = plan.towns;
    while (residents.size() < target - 4) {
      List<SyntheticPerson> members = draw.next();
      TownRow town = towns.get(people.nextInt(towns.size()));
      String address = people.addressLine(town.name());
      int household = members.size() > 1 ? ++households : 0;
      for (SyntheticPerson member : members) {
        residents.add(new Resident(member, town, address, household, members.size() == 1));
      }
    }
    addParentAndSon(++households);
    addLikelyDuplicate();
    return residents;
  }

  /** How many households of two or more were drawn. */
  int households() {
    return households;
  }

  /**
   * Adds seed 002's first household: a mother in her eighties and her son in his fifties who has
   * not found his footing (the 8050 problem), in a town of the northern 包括.
   */
  private void addParentAndSon(int household) {
    List<TownRow> north =
        plan.towns.stream()
            .filter(t -> plan.houkatsuOf(t).equals(DemoTownPlan.HOUKATSU_NORTH))
            .toList();
    TownRow town = north.get(people.nextInt(north.size()));
    SyntheticPerson mother =
        people.person(SyntheticPeople.FEMALE, AgeProfile.of(new AgeProfile.Band(80, 86, 1)));
    SyntheticPerson son =
        people.relative(
            mother, SyntheticPeople.MALE, AgeProfile.of(new AgeProfile.Band(48, 55, 1)));
    String address = people.addressLine(town.name());
    residents.add(new Resident(mother, town, address, household, false));
    residents.add(new Resident(son, town, address, household, false));
  }

  /**
   * Adds the same elderly woman twice, as 高橋 and as 髙橋, as two windows might have registered her:
   * same kana and birth date, the case the duplicate check looks for.
   */
  private void addLikelyDuplicate() {
    SyntheticPerson woman = people.person(SyntheticPeople.FEMALE, AgeProfile.ELDERLY);
    SyntheticPerson takahashi =
        new SyntheticPerson(
            "高橋",
            woman.givenName(),
            "タカハシ",
            woman.givenKana(),
            woman.sex(),
            woman.birthDate(),
            woman.phone());
    TownRow town = plan.towns.get(people.nextInt(plan.towns.size()));
    String address = people.addressLine(town.name());
    residents.add(new Resident(takahashi, town, address, 0, true));
    residents.add(new Resident(takahashi.withFamilyName("髙橋"), town, address, 0, true));
  }
}
