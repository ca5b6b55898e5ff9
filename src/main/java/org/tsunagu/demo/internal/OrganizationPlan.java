package org.tsunagu.demo.internal;

import java.util.ArrayList;
import java.util.List;

/** Organisations planned in memory; ids are the position plus the first id reserved. */
final class OrganizationPlan {

  private record Draft(
      String name, String type, String phone, List<Integer> areas, List<String> domains) {}

  private final List<Draft> drafts = new ArrayList<>();
  private long base;

  /** Adds an organisation serving the given areas (indices in {@code AreaPlan}). */
  int add(String name, String type, List<Integer> areas, String... domains) {
    String phone = String.format("090-0000-%04d", 9_000 + drafts.size() % 1_000);
    drafts.add(new Draft(name, type, phone, List.copyOf(areas), List.of(domains)));
    return drafts.size() - 1;
  }

  int size() {
    return drafts.size();
  }

  List<Rows.Organization> rows(long base, AreaPlan areas) {
    this.base = base;
    List<Rows.Organization> rows = new ArrayList<>(drafts.size());
    for (int i = 0; i < drafts.size(); i++) {
      Draft d = drafts.get(i);
      rows.add(
          new Rows.Organization(
              id(i),
              d.name(),
              d.type(),
              d.phone(),
              d.areas().stream().map(areas::id).toList(),
              d.domains()));
    }
    return rows;
  }

  long id(int index) {
    return base + index;
  }

  String name(int index) {
    return drafts.get(index).name();
  }
}
