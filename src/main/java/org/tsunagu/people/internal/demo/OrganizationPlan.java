package org.tsunagu.people.internal.demo;

import java.util.ArrayList;
import java.util.List;
import org.tsunagu.people.bulk.PeopleRows;

/**
 * Organisations planned in memory. Written by a bulk load, ids are the position plus the first id
 * reserved; created one by one (through the registry's services), they are the ids the creator
 * returned.
 */
public final class OrganizationPlan {

  /** Creates (or completes) one organisation and returns its id. */
  @FunctionalInterface
  public interface Creator {
    long create(
        String name,
        String type,
        String phone,
        int responseDays,
        List<String> domains,
        List<Long> areaIds);
  }

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
  private long[] created;

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

  /** Creates the organisations in plan order, once {@code areas} have their ids. */
  public void create(AreaPlan areas, Creator creator) {
    long[] ids = new long[drafts.size()];
    for (int i = 0; i < drafts.size(); i++) {
      Draft d = drafts.get(i);
      ids[i] =
          creator.create(
              d.name(),
              d.type(),
              d.phone(),
              d.responseDays(),
              d.domains(),
              d.areas().stream().map(areas::id).toList());
    }
    created = ids;
  }

  public long id(int index) {
    return created == null ? base + index : created[index];
  }

  public String name(int index) {
    return drafts.get(index).name();
  }
}
