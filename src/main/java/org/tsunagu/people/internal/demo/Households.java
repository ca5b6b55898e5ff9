package org.tsunagu.people.internal.demo;

import static org.tsunagu.people.internal.demo.SyntheticPeople.FEMALE;
import static org.tsunagu.people.internal.demo.SyntheticPeople.MALE;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Draws households (the people who live together) from a mix of household kinds. */
public final class Households {

  public enum Kind {
    ELDERLY_SINGLE,
    ELDERLY_COUPLE,
    FAMILY,
    SINGLE_ADULT,
    THREE_GENERATIONS
  }

  private final SyntheticPeople people;
  private final LocalDate today;
  private final Kind[] kinds;
  private final double[] cumulative;

  public Households(SyntheticPeople people, LocalDate today, Map<Kind, Double> mix) {
    this.people = people;
    this.today = today;
    this.kinds = mix.keySet().stream().sorted().toArray(Kind[]::new);
    this.cumulative = new double[kinds.length];
    double sum = 0;
    for (int i = 0; i < kinds.length; i++) {
      sum += mix.get(kinds[i]);
      cumulative[i] = sum;
    }
  }

  /** The members of the next household; a list of one is a person living alone. */
  public List<SyntheticPerson> next() {
    double x = people.nextInt(1_000_000) / 1_000_000.0 * cumulative[cumulative.length - 1];
    Kind kind = kinds[kinds.length - 1];
    for (int i = 0; i < kinds.length; i++) {
      if (x < cumulative[i]) {
        kind = kinds[i];
        break;
      }
    }
    return of(kind);
  }

  List<SyntheticPerson> of(Kind kind) {
    List<SyntheticPerson> members = new ArrayList<>(5);
    switch (kind) {
      case ELDERLY_SINGLE -> members.add(people.person(AgeProfile.ELDERLY, 0.65));
      case SINGLE_ADULT -> members.add(people.person(AgeProfile.WORKING_AGE, 0.45));
      case ELDERLY_COUPLE -> couple(members, AgeProfile.ELDERLY, 65);
      case FAMILY -> {
        couple(members, AgeProfile.of(new AgeProfile.Band(28, 54, 1)), 20);
        children(members, 1 + people.nextInt(3));
      }
      case THREE_GENERATIONS -> {
        couple(members, AgeProfile.of(new AgeProfile.Band(35, 59, 1)), 20);
        int parentAge = age(members.get(0));
        members.add(
            people.relative(
                members.get(0),
                people.chance(0.7) ? FEMALE : MALE,
                AgeProfile.of(
                    new AgeProfile.Band(parentAge + 22, Math.min(101, parentAge + 40), 1))));
        children(members, people.nextInt(3));
      }
    }
    return members;
  }

  private void couple(List<SyntheticPerson> members, AgeProfile ages, int minimumAge) {
    SyntheticPerson husband = people.person(MALE, ages);
    int age = age(husband);
    AgeProfile spouseAges =
        AgeProfile.of(new AgeProfile.Band(Math.max(minimumAge, age - 5), age + 2, 1));
    members.add(husband);
    members.add(people.relative(husband, FEMALE, spouseAges));
  }

  private void children(List<SyntheticPerson> members, int count) {
    int youngestParent = Math.min(age(members.get(0)), age(members.get(1)));
    int oldestChild = Math.max(0, Math.min(17, youngestParent - 20));
    for (int i = 0; i < count; i++) {
      members.add(
          people.relative(
              members.get(0),
              people.chance(0.5) ? FEMALE : MALE,
              AgeProfile.of(new AgeProfile.Band(0, oldestChild, 1))));
    }
  }

  private int age(SyntheticPerson person) {
    return Period.between(person.birthDate(), today).getYears();
  }
}
