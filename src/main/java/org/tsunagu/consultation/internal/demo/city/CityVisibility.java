package org.tsunagu.consultation.internal.demo.city;

import java.util.HashSet;
import java.util.Set;
import org.tsunagu.people.bulk.CityAreas;
import org.tsunagu.people.bulk.CityOrganizations;
import org.tsunagu.people.bulk.CityPersons;

/**
 * Who may already see a person of the city-scale set before a consultation adds anything, from the
 * relationships the registry part writes: the ward 社協 and the city 社協 registered everyone, the 包括
 * of their association watches or serves everyone aged 65+, and the ward's co-op its members.
 * Referrals and conferences ask it, as the application asks the visibility rule, before recording a
 * relationship or a basis (ADR 0005).
 */
final class CityVisibility {

  private final CityOrganizations orgs;
  private final CityPersons persons;
  private final CityAreas areas;
  private final Set<Integer> centres = new HashSet<>();

  CityVisibility(CityOrganizations orgs, CityPersons persons, CityAreas areas) {
    this.orgs = orgs;
    this.persons = persons;
    this.areas = areas;
    orgs.wards().forEach(w -> centres.addAll(w.houkatsu()));
  }

  boolean registrySees(int person, int org) {
    int ward = persons.ward(person);
    return org == orgs.cityShakyo()
        || org == orgs.ward(ward).shakyo()
        || (persons.age(person) >= 65 && org == houkatsuOf(person))
        || (persons.coopMember(person) && org == orgs.ward(ward).coop());
  }

  boolean isHoukatsu(int org) {
    return centres.contains(org);
  }

  int houkatsuOf(int person) {
    return orgs.houkatsuOf(areas.parent(persons.town(person)));
  }
}
