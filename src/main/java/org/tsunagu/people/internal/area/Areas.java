package org.tsunagu.people.internal.area;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.people.AreaLevel;

/**
 * The area tree. Areas are few (a city has under 3,000) and read on every import row, so they are
 * held in memory as a snapshot that is replaced when areas change.
 */
@Repository
public class Areas {

  private final JdbcClient jdbc;
  private volatile Snapshot snapshot;

  Areas(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public record Area(
      long id, Long parentId, AreaLevel level, String name, String code, Double lat, Double lng) {}

  /**
   * Another node may add areas: a snapshot is read again after a minute, and at once (at most every
   * two seconds) when an id is asked for that it does not hold.
   */
  private static final Duration MAX_AGE = Duration.ofMinutes(1);

  private static final Duration MISS_RELOAD = Duration.ofSeconds(2);

  /**
   * {@code sorted}: every area by level, then name, as lists and choosers show them; {@code
   * byLevel} the same, level by level.
   */
  private record Snapshot(
      Map<Long, Area> byId,
      Map<String, List<Area>> byName,
      List<Area> sorted,
      Map<AreaLevel, List<Area>> byLevel,
      Instant loadedAt) {}

  private Snapshot snapshot() {
    Snapshot s = snapshot;
    if (s == null || s.loadedAt().plus(MAX_AGE).isBefore(Instant.now())) {
      List<Area> all =
          jdbc.sql("SELECT id, parent_id, level, name, code, latitude, longitude FROM people.area")
              .query(
                  (rs, n) ->
                      new Area(
                          rs.getLong("id"),
                          (Long) rs.getObject("parent_id"),
                          AreaLevel.valueOf(rs.getString("level")),
                          rs.getString("name"),
                          rs.getString("code"),
                          (Double) rs.getObject("latitude"),
                          (Double) rs.getObject("longitude")))
              .list();
      Map<Long, Area> byId = new HashMap<>();
      Map<String, List<Area>> byName = new HashMap<>();
      for (Area a : all) {
        byId.put(a.id(), a);
        byName.computeIfAbsent(a.name(), k -> new ArrayList<>()).add(a);
      }
      List<Area> sorted =
          all.stream().sorted(Comparator.comparing(Area::level).thenComparing(Area::name)).toList();
      Map<AreaLevel, List<Area>> byLevel =
          sorted.stream().collect(Collectors.groupingBy(Area::level));
      s =
          new Snapshot(
              Map.copyOf(byId), Map.copyOf(byName), sorted, Map.copyOf(byLevel), Instant.now());
      snapshot = s;
    }
    return s;
  }

  public void invalidate() {
    snapshot = null;
  }

  public boolean exists(long id) {
    return find(id).isPresent();
  }

  public Optional<Area> find(long id) {
    Snapshot s = snapshot();
    Area a = s.byId().get(id);
    if (a == null && s.loadedAt().plus(MISS_RELOAD).isBefore(Instant.now())) {
      invalidate();
      a = snapshot().byId().get(id);
    }
    return Optional.ofNullable(a);
  }

  /**
   * The area with this exact name: a 町丁目 before a 自治会 before a 圏域; empty when unknown or when two
   * areas of the same level share the name.
   */
  public Optional<Long> findByName(String name) {
    List<Area> matches = snapshot().byName().getOrDefault(name, List.of());
    for (AreaLevel level :
        List.of(
            AreaLevel.TOWN, AreaLevel.ASSOCIATION, AreaLevel.DISTRICT, AreaLevel.MUNICIPALITY)) {
      List<Area> atLevel = matches.stream().filter(a -> a.level() == level).toList();
      if (atLevel.size() == 1) {
        return Optional.of(atLevel.get(0).id());
      }
      if (atLevel.size() > 1) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  public List<Area> children(Long parentId) {
    return snapshot().byId().values().stream()
        .filter(a -> java.util.Objects.equals(a.parentId(), parentId))
        .sorted(
            Comparator.comparing(Area::level)
                .thenComparing(Area::code, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Area::name))
        .toList();
  }

  /** Towns (町丁目) whose name starts with a postcode's 町域, for the address form. */
  public List<Area> townsStartingWith(String prefix) {
    if (prefix == null || prefix.isBlank()) {
      return List.of();
    }
    return snapshot().byId().values().stream()
        .filter(a -> a.level() == AreaLevel.TOWN && a.name().startsWith(prefix))
        .sorted(Comparator.comparing(Area::name))
        .toList();
  }

  public List<Area> all() {
    return snapshot().sorted();
  }

  /** The areas of one level, by name. */
  public List<Area> atLevel(AreaLevel level) {
    return snapshot().byLevel().getOrDefault(level, List.of());
  }

  /** The names from the root down to the area: 古河市 › 古河圏域 › 旭町一丁目. */
  public List<String> path(long id) {
    List<String> names = new ArrayList<>();
    Area a = snapshot().byId().get(id);
    while (a != null) {
      names.add(0, a.name());
      a = a.parentId() == null ? null : snapshot().byId().get(a.parentId());
    }
    return names;
  }

  /** The area and every area above it, nearest first. */
  public List<Long> withAncestors(long id) {
    List<Long> ids = new ArrayList<>();
    Area a = snapshot().byId().get(id);
    while (a != null) {
      ids.add(a.id());
      a = a.parentId() == null ? null : snapshot().byId().get(a.parentId());
    }
    return ids;
  }

  /** The area and every area below it; one pass over the snapshot, each area walking up. */
  public List<Long> withDescendants(long id) {
    if (find(id).isEmpty()) {
      return List.of();
    }
    return snapshot().byId().keySet().stream().filter(a -> withAncestors(a).contains(id)).toList();
  }

  @Transactional
  public long create(
      Long parentId, AreaLevel level, String name, String code, Double lat, Double lng) {
    long id =
        jdbc.sql(
                "INSERT INTO people.area (parent_id, level, name, code, latitude, longitude)"
                    + " VALUES (?, ?, ?, ?, ?, ?) RETURNING id")
            .params(parentId, level.name(), name, code, lat, lng)
            .query(Long.class)
            .single();
    invalidate();
    return id;
  }
}
