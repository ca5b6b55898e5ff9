package org.tsunagu.demo.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The organisations of the city-scale set: the city, 19 社協, 140 地域包括支援センター spread over the wards by
 * their number of associations, 18 自立相談支援機関, 3 co-ops, 2 medical co-ops, 60 NPOs and 10 food banks.
 */
final class CityOrganizations {

  static final String CITY_SHAKYO = "横浜市社会福祉協議会";
  static final int HOUKATSU = 140;

  private static final String[][] NPO_THEMES = {
    {"子育てひろば", "CHILD_REARING"},
    {"見守りネット", "ISOLATION"},
    {"くらしサポート", "POVERTY_DEBT"},
    {"ひきこもり支援の会", "EMPLOYMENT"},
  };

  final OrganizationPlan plan = new OrganizationPlan();
  final int cityOffice;
  final int cityShakyo;
  final List<Integer> wardShakyo = new ArrayList<>();
  final List<List<Integer>> houkatsuOfWard = new ArrayList<>();
  final List<Integer> selfReliance = new ArrayList<>();
  final List<Integer> coops = new ArrayList<>();
  final List<Integer> medicalCoops = new ArrayList<>();
  final List<Integer> npos = new ArrayList<>();
  final List<Integer> foodBanks = new ArrayList<>();
  private final Map<Integer, Integer> houkatsuByAssociation = new HashMap<>();
  private final Map<Integer, Integer> coopOfWard = new HashMap<>();
  private final Map<Integer, Integer> medicalCoopOfWard = new HashMap<>();
  private final Map<String, Integer> npoByWardAndTheme = new HashMap<>();

  /**
   * @param wards the ward names, in order
   * @param districts the district area index of each ward
   * @param associations the association area indices of each ward
   */
  CityOrganizations(
      int city, List<String> wards, List<Integer> districts, List<List<Integer>> associations) {
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
          plan.add(
              "横浜市" + wards.get(w) + "社会福祉協議会",
              "SHAKYO",
              List.of(districts.get(w)),
              "ISOLATION",
              "POVERTY_DEBT",
              "HOARDING",
              "ELDERLY_CARE",
              "OTHER"));
    }
    int[] houkatsuPerWard = spread(HOUKATSU, associations.stream().map(List::size).toList());
    for (int w = 0; w < wards.size(); w++) {
      List<Integer> wardAssociations = associations.get(w);
      int k = houkatsuPerWard[w];
      List<Integer> centres = new ArrayList<>();
      houkatsuOfWard.add(centres);
      for (int i = 0; i < k; i++) {
        List<Integer> served =
            wardAssociations.subList(
                wardAssociations.size() * i / k, wardAssociations.size() * (i + 1) / k);
        String name = wards.get(w) + "第" + (i + 1) + "地域包括支援センター";
        int org =
            plan.add(
                name,
                "COMMUNITY_CARE_CENTER",
                served,
                "ELDERLY_CARE",
                "ISOLATION",
                "ABUSE_DV",
                "HEALTH");
        served.forEach(a -> houkatsuByAssociation.put(a, org));
        centres.add(org);
      }
    }
    for (int w = 0; w < wards.size(); w++) {
      selfReliance.add(
          plan.add(
              wards.get(w) + "くらし自立相談支援センター",
              "SELF_RELIANCE_SUPPORT",
              List.of(districts.get(w)),
              "POVERTY_DEBT",
              "EMPLOYMENT",
              "HOUSING"));
    }
    String[] coops = {"よこはま北生活協同組合", "よこはま中央生活協同組合", "よこはま南生活協同組合"};
    for (int c = 0; c < coops.length; c++) {
      int coop =
          plan.add(
              coops[c],
              "COOP",
              everyNth(districts, coops.length, c),
              "FOOD",
              "ISOLATION",
              "ELDERLY_CARE");
      this.coops.add(coop);
      for (int w = c; w < wards.size(); w += coops.length) {
        coopOfWard.put(w, coop);
      }
    }
    String[] medical = {"よこはま北医療生活協同組合", "よこはま南医療生活協同組合"};
    for (int m = 0; m < medical.length; m++) {
      int coop =
          plan.add(
              medical[m],
              "MEDICAL_COOP",
              everyNth(districts, medical.length, m),
              "HEALTH",
              "ELDERLY_CARE");
      medicalCoops.add(coop);
      for (int w = m; w < wards.size(); w += medical.length) {
        medicalCoopOfWard.put(w, coop);
      }
    }
    for (int n = 0; n < 60; n++) {
      int w = n % wards.size();
      String[] theme = NPO_THEMES[n / wards.size()];
      int npo =
          plan.add("NPO法人" + wards.get(w) + theme[0], "NPO", List.of(districts.get(w)), theme[1]);
      npos.add(npo);
      npoByWardAndTheme.put(w + ":" + theme[1], npo);
    }
    for (int f = 0; f < 10; f++) {
      foodBanks.add(
          plan.add("フードバンク" + wards.get(f), "FOOD_BANK", List.of(districts.get(f)), "FOOD"));
    }
  }

  int houkatsuOf(int association) {
    return houkatsuByAssociation.get(association);
  }

  int coopOf(int ward) {
    return coopOfWard.get(ward);
  }

  int medicalCoopOf(int ward) {
    return medicalCoopOfWard.get(ward);
  }

  /** The ward's food bank, or a neighbouring ward's where it has none. */
  int foodBankOf(int ward) {
    return foodBanks.get(ward % foodBanks.size());
  }

  /** The ward's NPO working on {@code domain}, or -1 when the ward has none. */
  int npoOf(int ward, String domain) {
    return npoByWardAndTheme.getOrDefault(ward + ":" + domain, -1);
  }

  private static List<Integer> everyNth(List<Integer> items, int n, int offset) {
    List<Integer> result = new ArrayList<>();
    for (int i = offset; i < items.size(); i += n) {
      result.add(items.get(i));
    }
    return result;
  }

  /** Splits {@code total} proportionally to the weights, at least one each (largest remainder). */
  static int[] spread(int total, List<Integer> weights) {
    int n = weights.size();
    int[] result = new int[n];
    double sum = weights.stream().mapToInt(Integer::intValue).sum();
    int remaining = total - n;
    double[] remainders = new double[n];
    int given = 0;
    for (int i = 0; i < n; i++) {
      double share = remaining * weights.get(i) / sum;
      result[i] = 1 + (int) share;
      remainders[i] = share - (int) share;
      given += result[i];
    }
    while (given < total) {
      int best = 0;
      for (int i = 1; i < n; i++) {
        if (remainders[i] > remainders[best]) {
          best = i;
        }
      }
      result[best]++;
      remainders[best] = -1;
      given++;
    }
    return result;
  }
}
