package org.tsunagu.demo.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tsunagu.platform.demo.UserBulkWriter;

/**
 * The staff accounts of the city-scale set: coordinators of every 社協, agency workers of the 包括 and
 * 自立相談, municipal officers, and a few staff of the organisations that receive referrals (NPOs,
 * co-ops, medical co-ops, food banks). Names are synthetic; every account has the demo password.
 */
final class CityStaff {

  /** A staff account; {@code org} is the organisation's index in the plan. */
  record Member(long id, String username, String displayName, int org, String role) {}

  private record Draft(String username, String displayName, int org, String role) {}

  private final List<Draft> drafts = new ArrayList<>();
  private final Map<Integer, List<Member>> byOrg = new HashMap<>();
  private final List<Member> members = new ArrayList<>();

  CityStaff(CityOrganizations orgs, SyntheticPeople names, Dice dice) {
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
  List<UserBulkWriter.User> rows(long base, OrganizationPlan plan) {
    List<UserBulkWriter.User> rows = new ArrayList<>(drafts.size());
    for (int i = 0; i < drafts.size(); i++) {
      Draft d = drafts.get(i);
      Member member = new Member(base + i, d.username(), d.displayName(), d.org(), d.role());
      members.add(member);
      byOrg.computeIfAbsent(d.org(), o -> new ArrayList<>()).add(member);
      rows.add(
          new UserBulkWriter.User(
              member.id(), d.username(), d.displayName(), plan.id(d.org()), d.role()));
    }
    return rows;
  }

  /** The organisation's staff, in order; empty for organisations without accounts. */
  List<Member> of(int org) {
    return byOrg.getOrDefault(org, List.of());
  }

  Member pick(int org, Dice dice) {
    return dice.pick(of(org));
  }

  Member byId(long id) {
    return members.get((int) (id - members.get(0).id()));
  }
}
