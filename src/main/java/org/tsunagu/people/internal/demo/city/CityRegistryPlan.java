package org.tsunagu.people.internal.demo.city;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tsunagu.people.bulk.CityAreas;
import org.tsunagu.people.internal.demo.AreaPlan;
import org.tsunagu.people.internal.demo.TownRow;

/**
 * The areas and organisations of the city-scale set (横浜市): its 町丁目 in their wards, each ward a
 * district (圏域) with associations of about five towns, and the organisations that serve them.
 */
final class CityRegistryPlan {

  final List<TownRow> towns = TownRow.load("yokohama.csv");
  final AreaPlan areas = new AreaPlan();
  final CityOrganizationPlanner orgs;
  private final List<String> wards = new ArrayList<>();
  private final Map<TownRow, Integer> wardOfTown = new LinkedHashMap<>();
  private final List<Integer> districts = new ArrayList<>();

  CityRegistryPlan() {
    TownRow first = towns.get(0);
    int city = areas.municipality(first.municipality(), first.municipalityCode());
    Map<String, List<TownRow>> byWard = new LinkedHashMap<>();
    for (TownRow town : towns) {
      byWard.computeIfAbsent(town.ward(), w -> new ArrayList<>()).add(town);
    }
    List<List<Integer>> associations = new ArrayList<>();
    byWard.forEach(
        (ward, wardTowns) -> {
          int district = areas.district(city, ward);
          wardTowns.forEach(t -> wardOfTown.put(t, wards.size()));
          wards.add(ward);
          districts.add(district);
          associations.add(areas.associationsWithTowns(district, wardTowns, 5));
        });
    orgs = new CityOrganizationPlanner(city, wards, districts, associations);
  }

  /** The ward (its index) the town is in. */
  int wardOf(TownRow town) {
    return wardOfTown.get(town);
  }

  /** The areas as the registry publishes them, once written. */
  CityAreas publishedAreas() {
    Map<Integer, Integer> wardOfTownIndex = new LinkedHashMap<>();
    wardOfTown.forEach((town, ward) -> wardOfTownIndex.put(areas.townIndex(town), ward));
    return new CityAreas(areas.id(0), areas.names(), areas.parents(), districts, wardOfTownIndex);
  }
}
