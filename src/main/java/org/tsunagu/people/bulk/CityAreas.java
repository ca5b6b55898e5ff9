package org.tsunagu.people.bulk;

import java.util.List;
import java.util.Map;

/**
 * The areas of the city-scale set as the registry wrote them, for the modules whose data is about
 * them: the city, its wards as districts (圏域), their associations and towns. An area is known by
 * its index in the plan; its id is {@code firstId + index}.
 *
 * @param parents the parent's index of each area, -1 for the city
 * @param districts the district of each ward, by the ward's index
 * @param wardOfTown the ward of each town, by the town's index
 */
public record CityAreas(
    long firstId,
    List<String> names,
    List<Integer> parents,
    List<Integer> districts,
    Map<Integer, Integer> wardOfTown) {

  public CityAreas {
    names = List.copyOf(names);
    parents = List.copyOf(parents);
    districts = List.copyOf(districts);
    wardOfTown = Map.copyOf(wardOfTown);
  }

  public long id(int index) {
    return firstId + index;
  }

  public int parent(int index) {
    return parents.get(index);
  }

  public String name(int index) {
    return names.get(index);
  }

  /** The ward's name, e.g. 鶴見区. */
  public String wardName(int ward) {
    return name(districts.get(ward));
  }
}
