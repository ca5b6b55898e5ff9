package org.tsunagu.people.internal.demo;

import static org.tsunagu.people.internal.demo.DemoTownPlan.COOP;
import static org.tsunagu.people.internal.demo.DemoTownPlan.MEDICAL_COOP;
import static org.tsunagu.people.internal.demo.DemoTownPlan.SELF_RELIANCE;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tsunagu.people.ConsentRequest;
import org.tsunagu.people.RelationshipKind;
import org.tsunagu.people.bulk.SeededResidents;
import org.tsunagu.people.internal.demo.DemoTownHouseholds.Resident;
import org.tsunagu.platform.demo.DemoActor;
import org.tsunagu.platform.time.TokyoClock;

/**
 * Registers the residents of the demo town on the registry's registration service, as the 社協's
 * coordinator does on the form, with their households; records the other organisations that know
 * them (the 包括 watches or serves some of the elderly; co-op members) through the registry's API for
 * its modules, and their consents on the consent service, given on days over the last two years and
 * some ending within a month.
 */
final class DemoResidents {

  /** Who registers the residents and records their consents: the 社協's coordinator. */
  static final String REGISTRAR = "coordinator";

  private final RegistryDemoServices services;
  private final DemoActor actor;
  private final SyntheticPeople people;
  private final LocalDate today;
  private final DemoTownPlan plan;
  private final Map<Integer, Long> households = new HashMap<>();
  private int consents;

  DemoResidents(
      RegistryDemoServices services,
      DemoActor actor,
      SyntheticPeople people,
      LocalDate today,
      DemoTownPlan plan) {
    this.services = services;
    this.actor = actor;
    this.people = people;
    this.today = today;
    this.plan = plan;
  }

  /**
   * Registers about {@code target} residents, the town's first on {@code setUpDay} and those born
   * since on their birthday; returns them in the order registered.
   */
  List<SeededResidents.Resident> register(int target, LocalDate setUpDay) {
    List<Resident> residents = new DemoTownHouseholds(people, today, plan).draw(target);
    Postcodes postcodes = new Postcodes(Set.of(plan.towns.get(0).municipality()));
    List<SeededResidents.Resident> registered = new ArrayList<>();
    for (int i = 0; i < residents.size(); i++) {
      Resident r = residents.get(i);
      boolean elderly = age(r.person()) >= 65;
      long areaId = plan.areas.id(plan.areas.townIndex(r.town()));
      var input =
          r.person()
              .input(
                  postcodes.find(r.town().municipality(), r.town().name()),
                  r.town().prefecture(),
                  r.town().municipality(),
                  r.addressLine(),
                  areaId,
                  r.household() == 0 ? null : String.format("H-%04d", r.household()),
                  r.alone(),
                  people.chance(elderly && r.alone() ? 0.3 : 0.05));
      // The last resident is the woman registered before as 高橋: the coordinator is warned of the
      // likely duplicate, registers her anyway, and the registry files the pair for review.
      boolean confirmed = i == residents.size() - 1;
      LocalDate day = r.person().birthDate().isAfter(setUpDay) ? r.person().birthDate() : setUpDay;
      long id =
          actor.at(
              at(day, 9),
              REGISTRAR,
              user -> {
                long person = services.registry().register(user, input, confirmed);
                relate(r, person, elderly);
                return person;
              });
      registered.add(
          new SeededResidents.Resident(
              id,
              areaId,
              householdOf(r, id),
              r.alone(),
              age(r.person()),
              r.person().sex(),
              r.town().name(),
              plan.houkatsuOf(r.town())));
    }
    return registered;
  }

  /** The organisations serving the resident, from the moment they were registered. */
  private void relate(Resident r, long id, boolean elderly) {
    if (elderly && people.chance(r.alone() ? 0.6 : 0.15)) {
      long houkatsu = plan.orgId(plan.houkatsuOf(r.town()));
      RelationshipKind kind = r.alone() ? RelationshipKind.WATCH : RelationshipKind.CASE;
      services.people().recordRelationship(id, houkatsu, kind, null);
      if (people.chance(0.15)) {
        // Every third consent ends within 30 days, so the work list has consents ending soon.
        boolean endingSoon = consents % 3 == 0;
        LocalDate endsOn = endingSoon ? today.plusDays(3 + people.nextInt(26)) : null;
        boolean byType = people.chance(0.4);
        consent(
            id,
            byType ? "WATCH" : "CONSULTATION",
            byType ? null : houkatsu,
            byType ? "COMMUNITY_CARE_CENTER" : null,
            today.minusDays(30 + people.nextInt(700)),
            endsOn);
      }
    } else if (!elderly && age(r.person()) >= 18 && people.chance(0.04)) {
      LocalDate givenOn = today.minusDays(10 + people.nextInt(200));
      LocalDate endsOn =
          people.chance(0.5) ? today.plusDays(5 + people.nextInt(20)) : today.plusYears(1);
      consent(id, "CONSULTATION", plan.orgId(SELF_RELIANCE), null, givenOn, endsOn);
    }
    if (people.chance(0.25)) {
      services.people().recordRelationship(id, plan.orgId(COOP), RelationshipKind.MEMBERSHIP, null);
    } else if (people.chance(0.08)) {
      services
          .people()
          .recordRelationship(id, plan.orgId(MEDICAL_COOP), RelationshipKind.MEMBERSHIP, null);
    }
  }

  /** A written consent the person gave on {@code givenOn}, recorded by the coordinator that day. */
  private void consent(
      long personId,
      String purpose,
      Long scopeOrganizationId,
      String scopeOrganizationType,
      LocalDate givenOn,
      LocalDate endsOn) {
    consents++;
    ConsentRequest request =
        new ConsentRequest(
            purpose,
            scopeOrganizationId,
            scopeOrganizationType,
            "PERSON",
            null,
            null,
            "WRITTEN",
            givenOn.toString(),
            endsOn == null ? null : endsOn.toString());
    actor.act(
        at(givenOn, 14), REGISTRAR, user -> services.consents().record(user, personId, request));
  }

  /**
   * The household the registry filed the resident in under its reference, read once per household.
   */
  private Long householdOf(Resident r, long personId) {
    if (r.household() == 0) {
      return null;
    }
    return households.computeIfAbsent(
        r.household(), h -> services.persons().find(personId).orElseThrow().householdId());
  }

  /** That day at that hour in Japan; today's at midnight, which has passed. */
  private Instant at(LocalDate day, int hour) {
    return (day.equals(today) ? day.atStartOfDay() : day.atTime(hour, 0))
        .atZone(TokyoClock.ZONE)
        .toInstant();
  }

  private int age(SyntheticPerson person) {
    return Period.between(person.birthDate(), today).getYears();
  }
}
