package org.tsunagu.people.bulk;

import java.util.List;
import java.util.Map;

/**
 * The organisations of the city-scale set as the registry wrote them, for the modules whose data is
 * about them: the city office, the city 社協 and, for each ward, the organisations that serve it. An
 * organisation is known by its index in the plan; its id is {@code firstId + index}.
 *
 * @param houkatsuByAssociation the 地域包括支援センター serving each association, by the association's area
 *     index in {@link CityAreas}
 */
public record CityOrganizations(
    long firstId,
    List<String> names,
    int cityOffice,
    int cityShakyo,
    List<Ward> wards,
    Map<Integer, Integer> houkatsuByAssociation) {

  /**
   * The organisations serving a ward.
   *
   * @param houkatsu its 地域包括支援センター, in order
   * @param npoByDomain its NPOs by the domain each works on
   */
  public record Ward(
      int shakyo,
      List<Integer> houkatsu,
      int selfReliance,
      int coop,
      int medicalCoop,
      int foodBank,
      Map<String, Integer> npoByDomain) {

    public Ward {
      houkatsu = List.copyOf(houkatsu);
      npoByDomain = Map.copyOf(npoByDomain);
    }

    /** The ward's NPO working on {@code domain}, or -1 when the ward has none. */
    public int npoOf(String domain) {
      return npoByDomain.getOrDefault(domain, -1);
    }
  }

  public CityOrganizations {
    names = List.copyOf(names);
    wards = List.copyOf(wards);
    houkatsuByAssociation = Map.copyOf(houkatsuByAssociation);
  }

  public long id(int index) {
    return firstId + index;
  }

  public String name(int index) {
    return names.get(index);
  }

  public Ward ward(int ward) {
    return wards.get(ward);
  }

  /** The 地域包括支援センター serving the association (its area index). */
  public int houkatsuOf(int association) {
    return houkatsuByAssociation.get(association);
  }
}
