package org.tsunagu.people.internal.demo;

import static org.tsunagu.people.internal.demo.DemoTownPlan.COOP;
import static org.tsunagu.people.internal.demo.DemoTownPlan.MEDICAL_COOP;
import static org.tsunagu.people.internal.demo.DemoTownPlan.SELF_RELIANCE;
import static org.tsunagu.people.internal.demo.DemoTownPlan.SHAKYO;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.tsunagu.people.bulk.PeopleBulkWriter;
import org.tsunagu.people.bulk.PeopleRows;
import org.tsunagu.people.bulk.PeopleTable;
import org.tsunagu.people.bulk.SeededResidents;
import org.tsunagu.people.internal.demo.DemoTownHouseholds.Resident;

/**
 * Writes the residents of the demo town with their households, the organisations that know them
 * (the 社協 registered everyone; the 包括 watches or serves some of the elderly; co-op members) and
 * their consents, some ending within a month.
 */
final class DemoResidents {

  static final String DUPLICATE_REASON = "SAME_KANA_AND_BIRTH_DATE";

  private final PeopleBulkWriter writer;
  private final SyntheticPeople people;
  private final LocalDate today;
  private final DemoTownPlan plan;

  DemoResidents(
      PeopleBulkWriter writer, SyntheticPeople people, LocalDate today, DemoTownPlan plan) {
    this.writer = writer;
    this.people = people;
    this.today = today;
    this.plan = plan;
  }

  /** Writes about {@code target} residents; returns them in the order written. */
  List<SeededResidents.Resident> write(int target, long coordinatorId) throws SQLException {
    DemoTownHouseholds drawn = new DemoTownHouseholds(people, today, plan);
    List<Resident> residents = drawn.draw(target);
    int households = drawn.households();

    long firstHousehold = writer.reserveIds(PeopleTable.HOUSEHOLD, households);
    List<PeopleRows.Household> householdRows = new ArrayList<>();
    for (int h = 1; h <= households; h++) {
      householdRows.add(
          new PeopleRows.Household(firstHousehold + h - 1, String.format("H-%04d", h)));
    }
    writer.households(householdRows);

    long firstPerson = writer.reserveIds(PeopleTable.PERSON, residents.size());
    Postcodes postcodes = new Postcodes(Set.of(plan.towns.get(0).municipality()));
    long shakyo = plan.orgId(SHAKYO);
    List<PeopleRows.Person> persons = new ArrayList<>();
    List<PeopleRows.Relationship> relationships = new ArrayList<>();
    List<PeopleRows.Consent> consents = new ArrayList<>();
    List<SeededResidents.Resident> written = new ArrayList<>();
    for (int i = 0; i < residents.size(); i++) {
      Resident r = residents.get(i);
      long id = firstPerson + i;
      boolean elderly = age(r.person()) >= 65;
      long areaId = plan.areas.id(plan.areas.townIndex(r.town()));
      Long householdId = r.household() == 0 ? null : firstHousehold + r.household() - 1;
      persons.add(
          r.person()
              .row(
                  id,
                  postcodes.find(r.town().municipality(), r.town().name()),
                  r.town().prefecture(),
                  r.town().municipality(),
                  r.addressLine(),
                  areaId,
                  householdId,
                  r.alone(),
                  people.chance(elderly && r.alone() ? 0.3 : 0.05),
                  shakyo));
      relationships.add(new PeopleRows.Relationship(id, shakyo, "REGISTERED", null));
      relate(r, id, elderly, relationships, consents, coordinatorId);
      written.add(
          new SeededResidents.Resident(
              id,
              areaId,
              householdId,
              r.alone(),
              age(r.person()),
              r.person().sex(),
              r.town().name(),
              plan.houkatsuOf(r.town())));
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
    long shakyo = plan.orgId(SHAKYO);
    if (elderly && people.chance(r.alone() ? 0.6 : 0.15)) {
      long houkatsu = plan.orgId(plan.houkatsuOf(r.town()));
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
              plan.orgId(SELF_RELIANCE),
              null,
              today.minusDays(10 + people.nextInt(200)),
              people.chance(0.5) ? today.plusDays(5 + people.nextInt(20)) : today.plusYears(1),
              coordinatorId,
              shakyo));
    }
    if (people.chance(0.25)) {
      relationships.add(new PeopleRows.Relationship(id, plan.orgId(COOP), "MEMBERSHIP", null));
    } else if (people.chance(0.08)) {
      relationships.add(
          new PeopleRows.Relationship(id, plan.orgId(MEDICAL_COOP), "MEMBERSHIP", null));
    }
  }

  private int age(SyntheticPerson person) {
    return Period.between(person.birthDate(), today).getYears();
  }
}
