package org.tsunagu.platform.worklist;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.platform.security.CurrentUser;

/**
 * Gathers every module's sections, items and counts for a user: the counts by kind at the top, then
 * the sections in their declared order, each with at most {@link #PER_SECTION} rows.
 */
@Service
public class WorkList {

  /** Rows shown per section; a source lists one more to say there are others. */
  public static final int PER_SECTION = 20;

  /** Sources count at most this many of a kind in one query; more shows as 999+. */
  public static final int COUNT_CAP = 999;

  private final List<WorkItemSource> sources;
  private final JdbcClient jdbc;

  WorkList(List<WorkItemSource> sources, JdbcClient jdbc) {
    this.sources = sources;
    this.jdbc = jdbc;
  }

  /** A section with the rows shown and whether more exist than are shown. */
  public record Group(WorkSection section, List<WorkItem> items, boolean more) {}

  /** The user's work list under the filter. */
  public record Result(Map<WorkKind, Integer> counts, List<Group> groups) {

    public int total() {
      return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    public List<WorkItem> items() {
      return groups.stream().flatMap(g -> g.items().stream()).toList();
    }
  }

  /** Does any module give the user a work list? Roles without one get a home of actions. */
  public boolean hasListFor(CurrentUser user) {
    return sources.stream().anyMatch(s -> !s.sectionsFor(user).isEmpty());
  }

  /**
   * One read-only transaction, so the counts and the rows are of one moment. Its statements differ
   * only by ids and dates from user to user, so each is planned once per connection: PostgreSQL
   * would otherwise re-plan the visibility checks on every call, which cost more than running them
   * (docs/performance.md).
   */
  @Transactional(readOnly = true)
  public Result listFor(CurrentUser user, WorkFilter filter) {
    jdbc.sql("SET LOCAL plan_cache_mode = force_generic_plan").update();
    Map<WorkKind, Integer> counts = new EnumMap<>(WorkKind.class);
    for (WorkKind k : WorkKind.values()) {
      counts.put(k, 0);
    }
    List<WorkSection> sections = new ArrayList<>();
    Map<String, List<WorkItem>> bySection = new LinkedHashMap<>();
    for (WorkItemSource source : sources) {
      List<WorkSection> declared = source.sectionsFor(user);
      if (declared.isEmpty()) {
        continue;
      }
      sections.addAll(declared);
      WorkItemSource.Work work = source.workFor(user, filter);
      work.items().stream()
          .filter(i -> filter.wants(i.kind()))
          .forEach(i -> bySection.computeIfAbsent(i.sectionId(), id -> new ArrayList<>()).add(i));
      work.counts()
          .forEach((kind, n) -> counts.merge(kind, filter.wants(kind) ? n : 0, Integer::sum));
    }
    List<Group> groups =
        sections.stream()
            .sorted(Comparator.comparingInt(WorkSection::order).thenComparing(WorkSection::id))
            .map(s -> group(s, bySection.getOrDefault(s.id(), List.of())))
            .filter(g -> !g.items().isEmpty())
            .toList();
    return new Result(counts, groups);
  }

  private static Group group(WorkSection section, List<WorkItem> items) {
    boolean more = items.size() > PER_SECTION;
    return new Group(section, more ? items.subList(0, PER_SECTION) : items, more);
  }
}
