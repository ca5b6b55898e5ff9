package org.tsunagu.people.internal.demo.city;

import java.util.ArrayList;
import java.util.List;
import org.tsunagu.people.bulk.CityStaff;
import org.tsunagu.people.internal.demo.AgeProfile;
import org.tsunagu.people.internal.demo.SyntheticPeople;
import org.tsunagu.people.internal.demo.SyntheticPerson;
import org.tsunagu.platform.demo.Dice;
import org.tsunagu.platform.demo.UserBulkWriter;

/**
 * The staff accounts of the city-scale set: coordinators of every 社協, agency workers of the 包括 and
 * 自立相談, municipal officers, and a few staff of the organisations that receive referrals (NPOs,
 * co-ops, medical co-ops, food banks). Names are synthetic; every account has the demo password.
 */
final class CityStaffPlanner {

  private record Draft(String username, String displayName, int org, String role) {}

  private final List<Draft> drafts = new ArrayList<>();
  private final List<CityStaff.Member> members = new ArrayList<>();

  CityStaffPlanner(CityOrganizationPlanner orgs, SyntheticPeople names, Dice dice) {
    add(orgs.cityShakyo, "shakyo00", 3, "COORDINATOR", names);
    for (int w = 0; w < orgs.wardShakyo.size(); w++) {
      add(
          orgs.wardShakyo.get(w),
          "shakyo%02d".formatted(w + 1),
          dice.between(5, 8),
          "COORDINATOR",
          names);
    }
    int h = 0;
    for (List<Integer> centres : orgs.houkatsuOfWard) {
      for (int centre : centres) {
        add(centre, "houkatsu%03d".formatted(++h), dice.between(2, 4), "AGENCY_WORKER", names);
      }
    }
    for (int w = 0; w < orgs.selfReliance.size(); w++) {
      add(
          orgs.selfReliance.get(w),
          "jiritsu%02d".formatted(w + 1),
          dice.between(2, 4),
          "AGENCY_WORKER",
          names);
    }
    add(orgs.cityOffice, "city", 5, "MUNICIPAL_OFFICER", names);
    for (int i = 0; i < orgs.npos.size(); i++) {
      add(orgs.npos.get(i), "npo%02d".formatted(i + 1), dice.between(1, 2), "AGENCY_WORKER", names);
    }
    for (int i = 0; i < orgs.coops.size(); i++) {
      add(orgs.coops.get(i), "coop%d".formatted(i + 1), 2, "COOP_STAFF", names);
    }
    for (int i = 0; i < orgs.medicalCoops.size(); i++) {
      add(orgs.medicalCoops.get(i), "medcoop%d".formatted(i + 1), 2, "AGENCY_WORKER", names);
    }
    for (int i = 0; i < orgs.foodBanks.size(); i++) {
      add(orgs.foodBanks.get(i), "foodbank%02d".formatted(i + 1), 1, "FOOD_BANK_STAFF", names);
    }
  }

  private void add(int org, String prefix, int count, String role, SyntheticPeople names) {
    for (int n = 1; n <= count; n++) {
      SyntheticPerson person = names.person(AgeProfile.WORKING_AGE, 0.6);
      drafts.add(
          new Draft(
              "y-" + prefix + "-" + n, person.familyName() + " " + person.givenName(), org, role));
    }
  }

  int size() {
    return drafts.size();
  }

  /** Fixes the ids once the database has reserved {@code size()} of them from {@code base}. */
  List<UserBulkWriter.User> rows(long base, CityOrganizationPlanner orgs) {
    List<UserBulkWriter.User> rows = new ArrayList<>(drafts.size());
    for (int i = 0; i < drafts.size(); i++) {
      Draft d = drafts.get(i);
      members.add(new CityStaff.Member(base + i, d.username(), d.displayName(), d.org(), d.role()));
      rows.add(
          new UserBulkWriter.User(
              base + i, d.username(), d.displayName(), orgs.plan.id(d.org()), d.role()));
    }
    return rows;
  }

  /** The staff as the registry publishes them, once written. */
  CityStaff published() {
    return new CityStaff(members);
  }
}
