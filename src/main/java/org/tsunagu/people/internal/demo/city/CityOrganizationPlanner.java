package org.tsunagu.people.internal.demo.city;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tsunagu.people.bulk.CityOrganizations;
import org.tsunagu.people.internal.demo.OrganizationPlan;

/**
 * The organisations of the city-scale set: the city, 19 社協, 140 地域包括支援センター ({@link
 * CityCareCentres}), 18 自立相談支援機関, 3 co-ops, 2 medical co-ops, 60 NPOs and 10 food banks.
 */
final class CityOrganizationPlanner {

  static final String CITY_SHAKYO = "横浜市社会福祉協議会";

  private static final String[][] NPO_THEMES = {
    {"子育てひろば", "CHILD_REARING"},
    {"見守りネット", "ISOLATION"},
    {"くらしサポート", "POVERTY_DEBT"},
    {"ひきこもり支援の会", "EMPLOYMENT"},
  };
  private static final String[] COOPS = {"よこはま北生活協同組合", "よこはま中央生活協同組合", "よこはま南生活協同組合"};
  private static final String[] MEDICAL_COOPS = {"よこはま北医療生活協同組合", "よこはま南医療生活協同組合"};

  final OrganizationPlan plan = new OrganizationPlan();
  final int cityOffice;
  final int cityShakyo;
  final List<Integer> wardShakyo = new ArrayList<>();
  final List<List<Integer>> houkatsuOfWard;
  final List<Integer> selfReliance = new ArrayList<>();
  final List<Integer> coops = new ArrayList<>();
  final List<Integer> medicalCoops = new ArrayList<>();
  final List<Integer> npos = new ArrayList<>();
  final List<Integer> foodBanks = new ArrayList<>();
  private final List<String> wards;
  private final List<Integer> districts;
  private final Map<Integer, Integer> houkatsuByAssociation;
  private final Map<Integer, Integer> coopOfWard = new HashMap<>();
  private final Map<Integer, Integer> medicalCoopOfWard = new HashMap<>();
  private final List<Map<String, Integer>> npoOfWard = new ArrayList<>();

  /**
   * @param wards the ward names, in order
   * @param districts the district area index of each ward
   * @param associations the association area indices of each ward
   */
  CityOrganizationPlanner(
      int city, List<String> wards, List<Integer> districts, List<List<Integer>> associations) {
    this.wards = wards;
    this.districts = districts;
    List<Integer> all = List.of(city);
    cityOffice =
        plan.add(
            "横浜市",
            "MUNICIPALITY",
            all,
            "ELDERLY_CARE",
            "CHILD_REARING",
            "DISABILITY",
            "ABUSE_DV",
            "HOUSING",
            "OTHER");
    cityShakyo =
        plan.add(CITY_SHAKYO, "SHAKYO", all, "ISOLATION", "POVERTY_DEBT", "HOARDING", "OTHER");
    for (int w = 0; w < wards.size(); w++) {
      wardShakyo.add(
          inWard(
              w,
              "横浜市" + wards.get(w) + "社会福祉協議会",
              "SHAKYO",
              "ISOLATION",
              "POVERTY_DEBT",
              "HOARDING",
              "ELDERLY_CARE",
              "OTHER"));
    }
    CityCareCentres careCentres = new CityCareCentres(plan, wards, associations);
    houkatsuOfWard = careCentres.ofWard;
    houkatsuByAssociation = careCentres.byAssociation;
    for (int w = 0; w < wards.size(); w++) {
      selfReliance.add(
          inWard(
              w,
              wards.get(w) + "くらし自立相談支援センター",
              "SELF_RELIANCE_SUPPORT",
              "POVERTY_DEBT",
              "EMPLOYMENT",
              "HOUSING"));
    }
    addCoops(COOPS, "COOP", coops, coopOfWard, "FOOD", "ISOLATION", "ELDERLY_CARE");
    addCoops(
        MEDICAL_COOPS, "MEDICAL_COOP", medicalCoops, medicalCoopOfWard, "HEALTH", "ELDERLY_CARE");
    wards.forEach(w -> npoOfWard.add(new HashMap<>()));
    for (int n = 0; n < 60; n++) {
      int w = n % wards.size();
      String[] theme = NPO_THEMES[n / wards.size()];
      int npo = inWard(w, "NPO法人" + wards.get(w) + theme[0], "NPO", theme[1]);
      npos.add(npo);
      npoOfWard.get(w).put(theme[1], npo);
    }
    for (int f = 0; f < 10; f++) {
      foodBanks.add(inWard(f, "フードバンク" + wards.get(f), "FOOD_BANK", "FOOD"));
    }
  }

  int houkatsuOf(int association) {
    return houkatsuByAssociation.get(association);
  }

  int coopOf(int ward) {
    return coopOfWard.get(ward);
  }

  /** The organisations as the registry publishes them, once written. */
  CityOrganizations published() {
    List<CityOrganizations.Ward> published = new ArrayList<>();
    for (int w = 0; w < wards.size(); w++) {
      published.add(
          new CityOrganizations.Ward(
              wardShakyo.get(w),
              houkatsuOfWard.get(w),
              selfReliance.get(w),
              coopOfWard.get(w),
              medicalCoopOfWard.get(w),
              // The ward's food bank, or a neighbouring ward's where it has none.
              foodBanks.get(w % foodBanks.size()),
              npoOfWard.get(w)));
    }
    List<String> names = new ArrayList<>();
    for (int i = 0; i < plan.size(); i++) {
      names.add(plan.name(i));
    }
    return new CityOrganizations(
        plan.id(0), names, cityOffice, cityShakyo, published, houkatsuByAssociation);
  }

  /** Co-ops that share the wards out in turn. */
  private void addCoops(
      String[] names,
      String type,
      List<Integer> added,
      Map<Integer, Integer> ofWard,
      String... domains) {
    for (int c = 0; c < names.length; c++) {
      List<Integer> served = new ArrayList<>();
      for (int w = c; w < wards.size(); w += names.length) {
        served.add(districts.get(w));
      }
      int coop = plan.add(names[c], type, served, domains);
      added.add(coop);
      for (int w = c; w < wards.size(); w += names.length) {
        ofWard.put(w, coop);
      }
    }
  }

  private int inWard(int ward, String name, String type, String... domains) {
    return plan.add(name, type, List.of(districts.get(ward)), domains);
  }
}
