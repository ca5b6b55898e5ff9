package org.tsunagu.demo.internal;

import static org.tsunagu.demo.internal.DemoTown.COOP;
import static org.tsunagu.demo.internal.DemoTown.MEDICAL_COOP;
import static org.tsunagu.demo.internal.DemoTown.SELF_RELIANCE;
import static org.tsunagu.demo.internal.DemoTown.SHAKYO;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.tsunagu.people.bulk.PeopleBulkWriter;
import org.tsunagu.people.bulk.PeopleRows;
import org.tsunagu.people.bulk.PeopleTable;
import org.tsunagu.people.bulk.SeededResidents;

/** The residents of the demo town with their households, relationships and consents. */
final class DemoResidents {

  static final String DUPLICATE_REASON = "SAME_KANA_AND_BIRTH_DATE";

  private static final Map<Households.Kind, Double> MIX =
      Map.of(
          Households.Kind.ELDERLY_SINGLE, 0.33,
          Households.Kind.ELDERLY_COUPLE, 0.20,
          Households.Kind.FAMILY, 0.30,
          Households.Kind.SINGLE_ADULT, 0.10,
          Households.Kind.THREE_GENERATIONS, 0.07);

  private record Resident(
      SyntheticPerson person, TownRow town, String addressLine, int household, boolean alone) {}

  /** A resident as written, for the demo data that follows (cases, referrals). */
  record Written(
      long id,
      SyntheticPerson person,
      TownRow town,
      long areaId,
      Long householdId,
      boolean alone,
      int age,
      String houkatsu) {

    /** As the modules that follow see the resident. */
    SeededResidents.Resident seeded() {
      return new SeededResidents.Resident(
          id, areaId, householdId, alone, age, person.sex(), town.name(), houkatsu);
    }
  }

  private final PeopleBulkWriter writer;
  private final SyntheticPeople people;
  private final LocalDate today;
  private final AreaPlan areas;
  private final List<TownRow> towns;
  private final ToLongFunction<String> orgId;
  private final Function<TownRow, String> houkatsuOf;

  DemoResidents(
      PeopleBulkWriter writer,
      SyntheticPeople people,
      LocalDate today,
      AreaPlan areas,
      List<TownRow> towns,
      ToLongFunction<String> orgId,
      Function<TownRow, String> houkatsuOf) {
    this.writer = writer;
    this.people = people;
    this.today = today;
    this.areas = areas;
    this.towns = towns;
    this.orgId = orgId;
    this.houkatsuOf = houkatsuOf;
  }

  /** Writes about {@code target} residents; returns them in the order written. */
  List<Written> write(int target, long coordinatorId) throws SQLException {
    List<Resident> residents = new ArrayList<>();
    int households = 0;
    Households draw = new Households(people, today, MIX);
    while (residents.size() < target - 4) {
      List<SyntheticPerson> members = draw.next();
      TownRow town = towns.get(people.nextInt(towns.size()));
      String address = people.addressLine(town.name());
      int household = members.size() > 1 ? ++households : 0;
      for (SyntheticPerson member : members) {
        residents.add(new Resident(member, town, address, household, members.size() == 1));
      }
    }
    addParentAndSon(residents, ++households);
    addLikelyDuplicate(residents);

    long firstHousehold = writer.reserveIds(PeopleTable.HOUSEHOLD, households);
    List<PeopleRows.Household> householdRows = new ArrayList<>();
    for (int h = 1; h <= households; h++) {
      householdRows.add(
          new PeopleRows.Household(firstHousehold + h - 1, String.format("H-%04d", h)));
    }
    writer.households(householdRows);

    long firstPerson = writer.reserveIds(PeopleTable.PERSON, residents.size());
    Postcodes postcodes = new Postcodes(Set.of(towns.get(0).municipality()));
    long shakyo = orgId.applyAsLong(SHAKYO);
    List<PeopleRows.Person> persons = new ArrayList<>();
    List<PeopleRows.Relationship> relationships = new ArrayList<>();
    List<PeopleRows.Consent> consents = new ArrayList<>();
    List<Written> written = new ArrayList<>();
    for (int i = 0; i < residents.size(); i++) {
      Resident r = residents.get(i);
      long id = firstPerson + i;
      boolean elderly = age(r.person()) >= 65;
      persons.add(
          person(
              id,
              r.person(),
              postcodes.find(r.town().municipality(), r.town().name()),
              r.town().prefecture(),
              r.town().municipality(),
              r.addressLine(),
              areas.id(areas.townIndex(r.town())),
              r.household() == 0 ? null : firstHousehold + r.household() - 1,
              r.alone(),
              people.chance(elderly && r.alone() ? 0.3 : 0.05),
              shakyo));
      relationships.add(new PeopleRows.Relationship(id, shakyo, "REGISTERED", null));
      relate(r, id, elderly, relationships, consents, coordinatorId);
      written.add(
          new Written(
              id,
              r.person(),
              r.town(),
              areas.id(areas.townIndex(r.town())),
              r.household() == 0 ? null : firstHousehold + r.household() - 1,
              r.alone(),
              age(r.person()),
              houkatsuOf.apply(r.town())));
    }
    writer.persons(persons);
    writer.relationships(relationships);
    writer.consents(consents);
    writer.duplicateCandidate(
        firstPerson + residents.size() - 2, firstPerson + residents.size() - 1, DUPLICATE_REASON);
    return written;
  }

  private void relate(
      Resident r,
      long id,
      boolean elderly,
      List<PeopleRows.Relationship> relationships,
      List<PeopleRows.Consent> consents,
      long coordinatorId) {
    long shakyo = orgId.applyAsLong(SHAKYO);
    if (elderly && people.chance(r.alone() ? 0.6 : 0.15)) {
      long houkatsu = orgId.applyAsLong(houkatsuOf.apply(r.town()));
      relationships.add(
          new PeopleRows.Relationship(id, houkatsu, r.alone() ? "WATCH" : "CASE", null));
      if (people.chance(0.15)) {
        // Every third consent ends within 30 days, so the work list has consents ending soon.
        boolean endingSoon = consents.size() % 3 == 0;
        LocalDate endsOn = endingSoon ? today.plusDays(3 + people.nextInt(26)) : null;
        boolean byType = people.chance(0.4);
        consents.add(
            new PeopleRows.Consent(
                id,
                byType ? "WATCH" : "CONSULTATION",
                byType ? null : houkatsu,
                byType ? "COMMUNITY_CARE_CENTER" : null,
                today.minusDays(30 + people.nextInt(700)),
                endsOn,
                coordinatorId,
                shakyo));
      }
    } else if (!elderly && age(r.person()) >= 18 && people.chance(0.04)) {
      consents.add(
          new PeopleRows.Consent(
              id,
              "CONSULTATION",
              orgId.applyAsLong(SELF_RELIANCE),
              null,
              today.minusDays(10 + people.nextInt(200)),
              people.chance(0.5) ? today.plusDays(5 + people.nextInt(20)) : today.plusYears(1),
              coordinatorId,
              shakyo));
    }
    if (people.chance(0.25)) {
      relationships.add(
          new PeopleRows.Relationship(id, orgId.applyAsLong(COOP), "MEMBERSHIP", null));
    } else if (people.chance(0.08)) {
      relationships.add(
          new PeopleRows.Relationship(id, orgId.applyAsLong(MEDICAL_COOP), "MEMBERSHIP", null));
    }
  }

  /**
   * Adds seed 002's first household: a mother in her eighties and her son in his fifties who has
   * not found his footing (the 8050 problem), in a town of the northern 包括.
   */
  private void addParentAndSon(List<Resident> residents, int household) {
    List<TownRow> north =
        towns.stream().filter(t -> houkatsuOf.apply(t).equals(DemoTown.HOUKATSU_NORTH)).toList();
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
  private void addLikelyDuplicate(List<Resident> residents) {
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
    TownRow town = towns.get(people.nextInt(towns.size()));
    String address = people.addressLine(town.name());
    residents.add(new Resident(takahashi, town, address, 0, true));
    residents.add(new Resident(takahashi.withFamilyName("髙橋"), town, address, 0, true));
  }

  private int age(SyntheticPerson person) {
    return Period.between(person.birthDate(), today).getYears();
  }

  /** The registry's row of a synthetic person living at the given address. */
  static PeopleRows.Person person(
      long id,
      SyntheticPerson s,
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
        s.familyName(),
        s.givenName(),
        s.familyKana(),
        s.givenKana(),
        s.birthDate(),
        s.sex(),
        s.phone(),
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
}
