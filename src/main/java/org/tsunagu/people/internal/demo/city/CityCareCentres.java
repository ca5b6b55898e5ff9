package org.tsunagu.people.internal.demo.city;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tsunagu.people.internal.demo.OrganizationPlan;

/**
 * The city's 140 地域包括支援センター, spread over the wards by their number of associations, each serving a
 * run of its ward's associations.
 */
final class CityCareCentres {

  private static final int HOUKATSU = 140;

  /** The centres of each ward, in order. */
  final List<List<Integer>> ofWard = new ArrayList<>();

  /** The centre serving each association. */
  final Map<Integer, Integer> byAssociation = new HashMap<>();

  /** Adds the centres to the plan; {@code associations} are each ward's association indices. */
  CityCareCentres(OrganizationPlan plan, List<String> wards, List<List<Integer>> associations) {
    int[] houkatsuPerWard = spread(HOUKATSU, associations.stream().map(List::size).toList());
    for (int w = 0; w < wards.size(); w++) {
      List<Integer> wardAssociations = associations.get(w);
      int k = houkatsuPerWard[w];
      List<Integer> centres = new ArrayList<>();
      ofWard.add(centres);
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
        served.forEach(a -> byAssociation.put(a, org));
        centres.add(org);
      }
    }
  }

  /** Splits {@code total} proportionally to the weights, at least one each (largest remainder). */
  private static int[] spread(int total, List<Integer> weights) {
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
