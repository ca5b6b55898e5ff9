package org.tsunagu.consultation.internal.demo.city;

import java.util.ArrayList;
import java.util.List;
import org.tsunagu.people.bulk.CityOrganizations;
import org.tsunagu.platform.demo.Dice;

/**
 * Where a case of the city-scale set is referred for each domain of need: the 包括 for elderly care,
 * the 自立相談 for money and work, the city for abuse and disability, NPOs, co-ops and food banks for
 * the rest. The set has no 保健所; health and addiction go to the medical co-op.
 */
final class ReferralRouting {

  /** A receiving organisation (index in the plan) and the domain it is asked about. */
  record Target(int org, String domain) {}

  private final CityOrganizations orgs;

  ReferralRouting(CityOrganizations orgs) {
    this.orgs = orgs;
  }

  /**
   * Up to {@code count} distinct receivers other than {@code lead}: first by the case's needs in
   * order, then the ward's usual partners.
   */
  List<Target> targets(List<String> needs, int count, int lead, int ward, int houkatsu, Dice dice) {
    List<Target> targets = new ArrayList<>(count);
    List<Integer> taken = new ArrayList<>(List.of(lead));
    for (int i = 0; targets.size() < count && i < needs.size(); i++) {
      int org = choose(candidates(needs.get(i), ward, houkatsu), taken, dice);
      if (org >= 0) {
        taken.add(org);
        targets.add(new Target(org, needs.get(i)));
      }
    }
    List<Integer> fallback =
        List.of(
            houkatsu,
            orgs.ward(ward).selfReliance(),
            orgs.ward(ward).shakyo(),
            orgs.cityOffice(),
            orgs.ward(ward).coop(),
            orgs.ward(ward).medicalCoop());
    while (targets.size() < count) {
      int org = choose(fallback, taken, dice);
      if (org < 0) {
        break;
      }
      taken.add(org);
      targets.add(new Target(org, needs.get(0)));
    }
    return targets;
  }

  private List<Integer> candidates(String domain, int ward, int houkatsu) {
    int selfReliance = orgs.ward(ward).selfReliance();
    int shakyo = orgs.ward(ward).shakyo();
    int city = orgs.cityOffice();
    int medical = orgs.ward(ward).medicalCoop();
    return switch (domain) {
      case "ELDERLY_CARE" -> List.of(houkatsu, medical, city);
      case "POVERTY_DEBT" -> List.of(selfReliance, shakyo, orgs.ward(ward).npoOf("POVERTY_DEBT"));
      case "EMPLOYMENT" ->
          List.of(
              selfReliance,
              orgs.ward(ward).npoOf("EMPLOYMENT"),
              orgs.ward(ward).npoOf("POVERTY_DEBT"));
      case "HOUSING" -> List.of(selfReliance, city);
      case "HOARDING" -> List.of(orgs.ward(ward).npoOf("ISOLATION"), shakyo, city);
      case "ISOLATION" ->
          List.of(orgs.ward(ward).npoOf("ISOLATION"), orgs.ward(ward).coop(), shakyo, houkatsu);
      case "HEALTH" -> List.of(medical, houkatsu);
      case "ADDICTION" -> List.of(medical, city);
      case "ABUSE_DV" -> List.of(city, houkatsu);
      case "CHILD_REARING" -> List.of(orgs.ward(ward).npoOf("CHILD_REARING"), city);
      case "DISABILITY" -> List.of(city, shakyo);
      case "FOOD" -> List.of(orgs.ward(ward).foodBank(), orgs.ward(ward).coop());
      default -> List.of(shakyo, city);
    };
  }

  /** The first free candidate three times in four, otherwise a later free one if any. */
  private static int choose(List<Integer> candidates, List<Integer> taken, Dice dice) {
    List<Integer> free =
        candidates.stream().filter(c -> c >= 0 && !taken.contains(c)).distinct().toList();
    if (free.isEmpty()) {
      return -1;
    }
    if (free.size() == 1 || dice.chance(0.75)) {
      return free.get(0);
    }
    return free.get(1 + dice.nextInt(free.size() - 1));
  }
}
