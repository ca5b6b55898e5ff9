package org.tsunagu.people.internal.demo.city;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tsunagu.people.bulk.CityPersons;
import org.tsunagu.people.bulk.PeopleBulkWriter;
import org.tsunagu.people.bulk.PeopleRows;
import org.tsunagu.people.bulk.PeopleTable;
import org.tsunagu.people.internal.demo.AgeProfile;
import org.tsunagu.people.internal.demo.Households;
import org.tsunagu.people.internal.demo.Postcodes;
import org.tsunagu.people.internal.demo.SyntheticPeople;
import org.tsunagu.people.internal.demo.SyntheticPerson;
import org.tsunagu.people.internal.demo.TownRow;
import org.tsunagu.platform.demo.CityScaleContext;
import org.tsunagu.platform.demo.CitySize;

/**
 * The persons of the city-scale set: the elderly living alone, the supporters, then the others in
 * households, each in a random town. Every person is registered by their ward's 社協 and is also in
 * the city 社協's registry; the 包括 of their association watches or serves those aged 65+, and the
 * ward's co-op knows its members.
 */
final class CityResidents {

  private static final Map<Households.Kind, Double> OTHERS_MIX =
      Map.of(
          Households.Kind.ELDERLY_COUPLE, 0.30,
          Households.Kind.FAMILY, 0.45,
          Households.Kind.THREE_GENERATIONS, 0.15,
          Households.Kind.SINGLE_ADULT, 0.10);

  private final PeopleBulkWriter writer;
  private final SyntheticPeople people;
  private final CityRegistryPlan plan;
  private final CityScaleContext context;
  private final LocalDate today;

  CityResidents(
      PeopleBulkWriter writer,
      SyntheticPeople people,
      CityRegistryPlan plan,
      CityScaleContext context) {
    this.writer = writer;
    this.people = people;
    this.plan = plan;
    this.context = context;
    this.today = context.today();
  }

  /** Writes the persons with their households and relationships. */
  CityPersons write() throws SQLException {
    CitySize size = context.size();
    List<List<SyntheticPerson>> households = draw(size);
    context.progress("persons drawn");
    Postcodes postcodes =
        new Postcodes(Set.copyOf(plan.towns.stream().map(TownRow::municipalityWithWard).toList()));
    int sharedHouseholds =
        (int)
            households.stream()
                .skip(size.elderlyAlone() + size.supporters())
                .filter(h -> h.size() > 1)
                .count();
    long householdId = writer.reserveIds(PeopleTable.HOUSEHOLD, sharedHouseholds);
    long personId = writer.reserveIds(PeopleTable.PERSON, size.persons());
    List<PeopleRows.Household> householdRows = new ArrayList<>(sharedHouseholds);
    List<PeopleRows.Person> persons = new ArrayList<>(size.persons());
    List<PeopleRows.Relationship> relationships = new ArrayList<>(size.persons() * 3);
    CityOrganizationPlanner orgs = plan.orgs;
    long cityShakyo = orgs.plan.id(orgs.cityShakyo);
    CityPersons cityPersons = new CityPersons(personId, size);
    int index = 0;
    for (List<SyntheticPerson> members : households) {
      TownRow town = plan.towns.get(people.nextInt(plan.towns.size()));
      int ward = plan.wardOf(town);
      int townIndex = plan.areas.townIndex(town);
      long houkatsu = orgs.plan.id(orgs.houkatsuOf(plan.areas.parent(townIndex)));
      long wardShakyo = orgs.plan.id(orgs.wardShakyo.get(ward));
      long coop = orgs.plan.id(orgs.coopOf(ward));
      String postcode = postcodes.find(town.municipalityWithWard(), town.name());
      String address = people.addressLine(town.name());
      Long household = null;
      if (members.size() > 1) {
        household = householdId + householdRows.size();
        householdRows.add(
            new PeopleRows.Household(household, String.format("Y-%06d", householdRows.size() + 1)));
      }
      boolean supporter =
          index >= size.elderlyAlone() && index < size.elderlyAlone() + size.supporters();
      boolean memberOfCoop = supporter || people.chance(0.12);
      for (SyntheticPerson member : members) {
        long id = personId + index++;
        // Supporters' households are not modelled; only the first group is known to live alone.
        boolean alone = members.size() == 1 && !supporter;
        int age = Period.between(member.birthDate(), today).getYears();
        boolean elderly = age >= 65;
        cityPersons.add(townIndex, ward, age, memberOfCoop);
        persons.add(
            member.row(
                id,
                postcode,
                town.prefecture(),
                town.municipalityWithWard(),
                address,
                plan.areas.id(townIndex),
                household,
                alone,
                elderly && alone && people.chance(0.2),
                wardShakyo));
        relationships.add(new PeopleRows.Relationship(id, wardShakyo, "REGISTERED", null));
        relationships.add(
            new PeopleRows.Relationship(id, cityShakyo, "REGISTERED", "city-registry"));
        if (elderly) {
          relationships.add(
              new PeopleRows.Relationship(id, houkatsu, alone ? "WATCH" : "CASE", null));
        }
        if (memberOfCoop) {
          relationships.add(new PeopleRows.Relationship(id, coop, "MEMBERSHIP", null));
        }
      }
    }
    context.progress("rows built");
    writer.households(householdRows);
    context.count("households", householdRows.size());
    writer.persons(persons);
    context.count("persons", persons.size());
    context.progress("persons written " + persons.size());
    writer.relationships(relationships);
    context.count("relationships", relationships.size());
    context.progress("relationships written " + relationships.size());
    return cityPersons;
  }

  private List<List<SyntheticPerson>> draw(CitySize size) {
    List<List<SyntheticPerson>> households = new ArrayList<>();
    for (int i = 0; i < size.elderlyAlone(); i++) {
      households.add(List.of(people.person(AgeProfile.ELDERLY, 0.65)));
    }
    for (int i = 0; i < size.supporters(); i++) {
      households.add(List.of(people.person(AgeProfile.SUPPORTER, 0.6)));
    }
    Households draw = new Households(people, today, OTHERS_MIX);
    int others = 0;
    while (others < size.others()) {
      List<SyntheticPerson> members = draw.next();
      members = members.subList(0, Math.min(members.size(), size.others() - others));
      households.add(members);
      others += members.size();
    }
    return households;
  }
}
