package org.tsunagu.people.internal.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The demo town's areas and organisations: 古河市 with its 町丁目 in four 圏域 by quadrant, five towns to
 * an association, and the organisations its logins and consultations belong to.
 */
public final class DemoTownPlan {

  public static final String SHAKYO = "古河市社会福祉協議会";
  public static final String COOP = "こが生活協同組合";
  public static final String MEDICAL_COOP = "こが医療生活協同組合";
  public static final String HOUKATSU_NORTH = "古河市北部地域包括支援センター";
  public static final String HOUKATSU_SOUTH = "古河市南部地域包括支援センター";
  public static final String SELF_RELIANCE = "古河市くらし自立相談支援センター";
  public static final String CITY = "古河市";
  public static final String NPO_CHILDREN = "NPO法人こが子育てひろば";
  public static final String NPO_OUTREACH = "NPO法人よりそいネットこが";
  public static final String FOOD_BANK = "フードバンクこが";
  public static final String SALON = "旭町ふれあいサロン";

  final AreaPlan areas = new AreaPlan();
  final OrganizationPlan orgs = new OrganizationPlan();
  final List<TownRow> towns;
  private final Map<String, Integer> orgIndex = new HashMap<>();
  private final List<Integer> districts = new ArrayList<>();

  DemoTownPlan(List<TownRow> towns) {
    this.towns = towns;
    planAreas();
    planOrganizations();
  }

  /** The id of the organisation of that name, once the plan is written. */
  long orgId(String name) {
    return orgs.id(orgIndex.get(name));
  }

  /** The ids of the organisations by name, once the plan is written. */
  Map<String, Long> organizationIds() {
    Map<String, Long> ids = new HashMap<>();
    orgIndex.forEach((name, index) -> ids.put(name, orgs.id(index)));
    return ids;
  }

  /** The 地域包括支援センター whose 圏域 the town is in. */
  String houkatsuOf(TownRow town) {
    int district = areas.parent(areas.parent(areas.townIndex(town)));
    return districts.indexOf(district) < 2 ? HOUKATSU_NORTH : HOUKATSU_SOUTH;
  }

  private void planAreas() {
    TownRow first = towns.get(0);
    int city = areas.municipality(first.municipality(), first.municipalityCode());
    // Four 圏域 by quadrant around the median position of the towns.
    double midLat = median(towns.stream().map(TownRow::latitude).filter(Objects::nonNull).toList());
    double midLng =
        median(towns.stream().map(TownRow::longitude).filter(Objects::nonNull).toList());
    String[] names = {"北西部圏域", "北東部圏域", "南西部圏域", "南東部圏域"};
    List<List<TownRow>> quadrants = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      quadrants.add(new ArrayList<>());
    }
    for (TownRow town : towns) {
      boolean south = town.latitude() != null && town.latitude() < midLat;
      boolean east = town.longitude() != null && town.longitude() >= midLng;
      int q = (south ? 2 : 0) + (east ? 1 : 0);
      quadrants.get(q).add(town);
    }
    for (int q = 0; q < 4; q++) {
      int district = areas.district(city, names[q]);
      districts.add(district);
      areas.associationsWithTowns(district, quadrants.get(q), 5);
    }
  }

  private void planOrganizations() {
    int city = 0;
    List<Integer> all = List.of(city);
    add(SHAKYO, "SHAKYO", all, "ISOLATION", "POVERTY_DEBT", "HOARDING", "ELDERLY_CARE", "OTHER");
    add(COOP, "COOP", all, "FOOD", "ISOLATION", "ELDERLY_CARE");
    add(MEDICAL_COOP, "MEDICAL_COOP", all, "HEALTH", "ELDERLY_CARE");
    String[] careDomains = {"ELDERLY_CARE", "ISOLATION", "ABUSE_DV", "HEALTH"};
    add(HOUKATSU_NORTH, "COMMUNITY_CARE_CENTER", districts.subList(0, 2), careDomains);
    add(HOUKATSU_SOUTH, "COMMUNITY_CARE_CENTER", districts.subList(2, 4), careDomains);
    add(SELF_RELIANCE, "SELF_RELIANCE_SUPPORT", all, "POVERTY_DEBT", "EMPLOYMENT", "HOUSING");
    add(
        CITY,
        "MUNICIPALITY",
        all,
        "ELDERLY_CARE",
        "CHILD_REARING",
        "DISABILITY",
        "ABUSE_DV",
        "HOUSING",
        "OTHER");
    // The city hall routes a referral to its section first: it answers in five working days.
    orgs.answersWithin(orgIndex.get(CITY), 5);
    add(NPO_CHILDREN, "NPO", all, "CHILD_REARING", "POVERTY_DEBT");
    add(NPO_OUTREACH, "NPO", all, "HOARDING", "ISOLATION", "ADDICTION");
    add(FOOD_BANK, "FOOD_BANK", all, "FOOD");
    addSalon(SALON, "旭町一丁目");
    addSalon("けやき平いきいきサロン", "けやき平一丁目");
    addSalon("三杉町おしゃべりサロン", "三杉町一丁目");
  }

  private void addSalon(String name, String townName) {
    TownRow town =
        towns.stream().filter(t -> t.name().equals(townName)).findFirst().orElse(towns.get(0));
    add(name, "VOLUNTEER_GROUP", List.of(areas.parent(areas.townIndex(town))), "ISOLATION");
  }

  private void add(String name, String type, List<Integer> areaIndices, String... domains) {
    orgIndex.put(name, orgs.add(name, type, areaIndices, domains));
  }

  static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted(Comparator.naturalOrder()).toList();
    return sorted.get(sorted.size() / 2);
  }
}
