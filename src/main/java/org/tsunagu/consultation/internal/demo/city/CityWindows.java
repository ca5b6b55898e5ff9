package org.tsunagu.consultation.internal.demo.city;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tsunagu.consultation.bulk.ConsultationRows;
import org.tsunagu.people.bulk.CityAreas;
import org.tsunagu.people.bulk.CityOrganizations;
import org.tsunagu.platform.demo.Dice;
import org.tsunagu.platform.demo.IdBlock;
import org.tsunagu.platform.demo.Weighted;

/**
 * The consultation windows (相談窓口) of the city-scale set: each 社協's counter and phone line, each
 * 包括's and 自立相談's counter, and about 1,000 salons flying the 「地域の福祉相談窓口」 flag. The set has no
 * volunteer groups, so the ward 社協 runs the salons; what they take in goes to the ward 社協 or to the
 * 包括 of the salon's town.
 */
final class CityWindows {

  static final int SALONS = 1_000;

  /** A window; organisations and the town as indices in the plans, -1 for no ward or town. */
  record CityWindow(
      long id, String name, String kind, int org, int receivingOrg, int ward, int town) {}

  private static final Map<String, Double> KIND_WEIGHTS =
      Map.of("OFFICE", 45.0, "PHONE", 35.0, "SALON", 20.0);

  final List<CityWindow> offices = new ArrayList<>();
  final List<CityWindow> salons = new ArrayList<>();
  final List<ConsultationRows.Window> rows = new ArrayList<>();
  private final Map<Integer, Map<String, List<CityWindow>>> byReceiver = new HashMap<>();
  private final CityOrganizations orgs;
  private final CityAreas areas;

  /** How many windows there are: the ids to reserve. */
  static int count(CityOrganizations orgs, CityAreas areas) {
    int wards = orgs.wards().size();
    int centres = orgs.wards().stream().mapToInt(w -> w.houkatsu().size()).sum();
    return 2 + 2 * wards + centres + wards + Math.min(SALONS, areas.wardOfTown().size());
  }

  /** Plans the windows. */
  CityWindows(CityOrganizations orgs, CityAreas areas, IdBlock ids, Dice dice) {
    this.orgs = orgs;
    this.areas = areas;
    Map<Integer, Integer> wardOfTown = areas.wardOfTown();
    add(ids.next(), orgs.cityShakyo(), orgs.cityShakyo(), "OFFICE", "総合相談窓口", -1, -1, "本会事務所");
    add(ids.next(), orgs.cityShakyo(), orgs.cityShakyo(), "PHONE", "電話相談", -1, -1, null);
    for (int w = 0; w < orgs.wards().size(); w++) {
      int shakyo = orgs.ward(w).shakyo();
      add(ids.next(), shakyo, shakyo, "OFFICE", "総合相談窓口", w, -1, "区社協事務所");
      add(ids.next(), shakyo, shakyo, "PHONE", "電話相談", w, -1, null);
    }
    for (int w = 0; w < orgs.wards().size(); w++) {
      for (int centre : orgs.ward(w).houkatsu()) {
        add(ids.next(), centre, centre, "OFFICE", "相談窓口", w, -1, "センター事務所");
      }
    }
    for (int w = 0; w < orgs.wards().size(); w++) {
      int office = orgs.ward(w).selfReliance();
      add(ids.next(), office, office, "OFFICE", "相談窓口", w, -1, "区役所内");
    }
    List<Integer> towns = new ArrayList<>(wardOfTown.keySet());
    Collections.sort(towns);
    for (int i = towns.size() - 1; i > 0; i--) {
      Collections.swap(towns, i, dice.nextInt(i + 1));
    }
    List<Integer> salonTowns = new ArrayList<>(towns.subList(0, Math.min(SALONS, towns.size())));
    Collections.sort(salonTowns);
    for (int town : salonTowns) {
      int ward = wardOfTown.get(town);
      int shakyo = orgs.ward(ward).shakyo();
      int receiver = dice.chance(0.5) ? shakyo : orgs.houkatsuOf(areas.parent(town));
      String name = areas.name(town) + dice.pick(ConsultationPhrases.SALON_NAMES);
      add(ids.next(), shakyo, receiver, "SALON", name, ward, town, areas.name(town) + "集会所");
    }
  }

  /**
   * A window through which a case of {@code leadOrg} came in: its counter, its phone line or a
   * salon passing on to it.
   */
  CityWindow intakeWindowOf(int leadOrg, Dice dice) {
    Map<String, List<CityWindow>> kinds = byReceiver.get(leadOrg);
    Weighted<String> weighted = new Weighted<>();
    kinds.keySet().stream().sorted().forEach(k -> weighted.add(k, KIND_WEIGHTS.get(k)));
    return dice.pick(kinds.get(weighted.draw(dice)));
  }

  private void add(
      long id, int org, int receiver, String kind, String name, int ward, int town, String place) {
    CityWindow window = new CityWindow(id, name, kind, org, receiver, ward, town);
    (kind.equals("SALON") ? salons : offices).add(window);
    byReceiver
        .computeIfAbsent(receiver, r -> new HashMap<>())
        .computeIfAbsent(kind, k -> new ArrayList<>())
        .add(window);
    Long area = null;
    if (town >= 0) {
      area = areas.id(town);
    } else if (ward >= 0) {
      area = areas.id(areas.districts().get(ward));
    }
    rows.add(
        new ConsultationRows.Window(id, name, kind, orgs.id(org), orgs.id(receiver), area, place));
  }
}
