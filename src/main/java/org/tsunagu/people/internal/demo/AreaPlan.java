package org.tsunagu.people.internal.demo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.tsunagu.people.bulk.PeopleRows;

/**
 * An area tree (municipality → district → association → town) planned in memory. Written by a bulk
 * load, ids are the position in the plan plus the first id reserved in the database; created one by
 * one (through the registry's services), they are the ids the creator returned.
 */
public final class AreaPlan {

  /** Creates one area under its parent (none for the municipality) and returns its id. */
  @FunctionalInterface
  public interface Creator {
    long create(Long parentId, String level, String name, String code);
  }

  private static final Pattern CHOME = Pattern.compile("[一二三四五六七八九十]+丁目$");

  private record Draft(
      Integer parent, String level, String name, String code, Double lat, Double lng) {}

  private final List<Draft> drafts = new ArrayList<>();
  private final Map<TownRow, Integer> townIndex = new LinkedHashMap<>();
  private final Map<Integer, Integer> parentOf = new LinkedHashMap<>();
  private long base;
  private long[] created;

  public int municipality(String name, String code) {
    return add(null, "MUNICIPALITY", name, code, null, null);
  }

  public int district(int municipality, String name) {
    return add(municipality, "DISTRICT", name, null, null, null);
  }

  /**
   * Adds the towns under associations of about {@code perAssociation} consecutive towns each, named
   * after the first town (旭町一丁目 → 旭町自治会); returns the association indices.
   */
  public List<Integer> associationsWithTowns(
      int district, List<TownRow> towns, int perAssociation) {
    List<Integer> associations = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (int from = 0; from < towns.size(); from += perAssociation) {
      List<TownRow> group = towns.subList(from, Math.min(from + perAssociation, towns.size()));
      String base = CHOME.matcher(group.get(0).name()).replaceFirst("");
      String name = base + "自治会";
      for (int n = 2; !names.add(name); n++) {
        name = base + "第" + n + "自治会";
      }
      int association = add(district, "ASSOCIATION", name, null, null, null);
      associations.add(association);
      for (TownRow town : group) {
        townIndex.put(
            town, add(association, "TOWN", town.name(), null, town.latitude(), town.longitude()));
      }
    }
    return associations;
  }

  public int size() {
    return drafts.size();
  }

  /** Fixes the ids once the database has reserved {@code size()} of them from {@code base}. */
  public List<PeopleRows.Area> rows(long base) {
    this.base = base;
    List<PeopleRows.Area> rows = new ArrayList<>(drafts.size());
    for (int i = 0; i < drafts.size(); i++) {
      Draft d = drafts.get(i);
      Long parent = d.parent() == null ? null : id(d.parent());
      rows.add(new PeopleRows.Area(id(i), parent, d.level(), d.name(), d.code(), d.lat(), d.lng()));
    }
    return rows;
  }

  /**
   * Creates the areas in plan order, each after its parent, and fixes their ids. A creator has no
   * place for a town's coordinates: the areas it makes have none.
   */
  public void create(Creator creator) {
    long[] ids = new long[drafts.size()];
    for (int i = 0; i < drafts.size(); i++) {
      Draft d = drafts.get(i);
      ids[i] =
          creator.create(
              d.parent() == null ? null : ids[d.parent()], d.level(), d.name(), d.code());
    }
    created = ids;
  }

  public long id(int index) {
    return created == null ? base + index : created[index];
  }

  public int townIndex(TownRow town) {
    return townIndex.get(town);
  }

  public int parent(int index) {
    return parentOf.get(index);
  }

  public String name(int index) {
    return drafts.get(index).name();
  }

  /** The names of the areas, by index. */
  public List<String> names() {
    return drafts.stream().map(Draft::name).toList();
  }

  /** The parent of each area, by index; -1 for the municipality. */
  public List<Integer> parents() {
    return drafts.stream().map(d -> d.parent() == null ? -1 : d.parent()).toList();
  }

  private int add(Integer parent, String level, String name, String code, Double lat, Double lng) {
    drafts.add(new Draft(parent, level, name, code, lat, lng));
    int index = drafts.size() - 1;
    if (parent != null) {
      parentOf.put(index, parent);
    }
    return index;
  }
}
