package org.tsunagu.consultation.internal.demo.city;

import java.util.ArrayList;
import java.util.List;
import org.tsunagu.platform.demo.Dice;
import org.tsunagu.platform.demo.Weighted;

/** The needs of a case of the city-scale set: one to three domains, weighted by who leads it. */
final class CaseNeeds {

  private CaseNeeds() {}

  /** The domains' weights by {@link CaseDrafts.Lead}, in its order. */
  private static final List<Weighted<String>> DOMAINS =
      List.of(
          new Weighted<String>()
              .add("ISOLATION", 20)
              .add("POVERTY_DEBT", 20)
              .add("ELDERLY_CARE", 12)
              .add("HOARDING", 8)
              .add("FOOD", 8)
              .add("HOUSING", 6)
              .add("CHILD_REARING", 6)
              .add("OTHER", 6)
              .add("DISABILITY", 5)
              .add("ADDICTION", 4)
              .add("ABUSE_DV", 3)
              .add("HEALTH", 2),
          new Weighted<String>()
              .add("ELDERLY_CARE", 40)
              .add("ISOLATION", 15)
              .add("HEALTH", 15)
              .add("POVERTY_DEBT", 8)
              .add("ABUSE_DV", 6)
              .add("HOARDING", 6)
              .add("HOUSING", 4)
              .add("FOOD", 3)
              .add("OTHER", 3),
          new Weighted<String>()
              .add("POVERTY_DEBT", 40)
              .add("EMPLOYMENT", 25)
              .add("HOUSING", 12)
              .add("FOOD", 8)
              .add("HEALTH", 5)
              .add("ADDICTION", 5)
              .add("ISOLATION", 5));

  static List<String> draw(CaseDrafts.Lead lead, Dice dice) {
    Weighted<String> weights = DOMAINS.get(lead.ordinal());
    int count = dice.chance(0.4) ? 1 : dice.chance(0.67) ? 2 : 3;
    List<String> needs = new ArrayList<>(count);
    for (int tries = 0; needs.size() < count && tries < 20; tries++) {
      String domain = weights.draw(dice);
      if (!needs.contains(domain)) {
        needs.add(domain);
      }
    }
    return needs;
  }
}
