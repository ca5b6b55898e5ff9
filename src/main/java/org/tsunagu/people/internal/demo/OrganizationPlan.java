package org.tsunagu.people.internal.demo;

import java.util.ArrayList;
import java.util.List;
import org.tsunagu.people.bulk.PeopleRows;

/** Organisations planned in memory; ids are the position plus the first id reserved. */
public final class OrganizationPlan {

  private record Draft(
      String name,
      String type,
      String phone,
      List<Integer> areas,
      List<String> domains,
      int responseDays) {}

  /** The working days an organisation answers a referral in unless it says otherwise. */
  static final int USUAL_RESPONSE_DAYS = 3;

  private final List<Draft> drafts = new ArrayList<>();
  private long base;

  /** Adds an organisation serving the given areas (indices in {@code AreaPlan}). */
  public int add(String name, String type, List<Integer> areas, String... domains) {
    String phone = String.format("090-0000-%04d", 9_000 + drafts.size() % 1_000);
    drafts.add(
        new Draft(name, type, phone, List.copyOf(areas), List.of(domains), USUAL_RESPONSE_DAYS));
    return drafts.size() - 1;
  }

  /** The organisation answers referrals within {@code days} working days. */
  public void answersWithin(int index, int days) {
    Draft d = drafts.get(index);
    drafts.set(index, new Draft(d.name(), d.type(), d.phone(), d.areas(), d.domains(), days));
  }

  public int size() {
    return drafts.size();
  }

  public List<PeopleRows.Organization> rows(long base, AreaPlan areas) {
    this.base = base;
    List<PeopleRows.Organization> rows = new ArrayList<>(drafts.size());
    for (int i = 0; i < drafts.size(); i++) {
      Draft d = drafts.get(i);
      rows.add(
          new PeopleRows.Organization(
              id(i),
              d.name(),
              d.type(),
              d.phone(),
              d.areas().stream().map(areas::id).toList(),
              d.domains(),
              d.responseDays()));
    }
    return rows;
  }

  public long id(int index) {
    return base + index;
  }

  public String name(int index) {
    return drafts.get(index).name();
  }
}
