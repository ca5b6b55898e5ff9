package org.tsunagu.platform.worklist;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.tsunagu.platform.security.CurrentUser;

/**
 * Implemented by each module that puts items on users' work lists (a Spring bean in the module's
 * {@code internal} package); the platform finds every one, so adding a source edits no platform
 * file. See {@code docs/architecture.md}, "Work lists and home actions".
 */
public interface WorkItemSource {

  /** The sections this source fills for the user; none when the user gets nothing from it. */
  List<WorkSection> sectionsFor(CurrentUser user);

  /**
   * The user's items under the filter, most pressing first within each section, at most {@link
   * WorkList#PER_SECTION} + 1 per section (the extra one tells the platform there is more), with
   * how many there are of each kind. Each query is bounded and served by an index; names only where
   * the user's organisation may see the person.
   */
  Work workFor(CurrentUser user, WorkFilter filter);

  /** A source's items and its counts by kind for the counts at the top. */
  record Work(List<WorkItem> items, Map<WorkKind, Integer> counts) {

    /** Nothing for this user. */
    public static Work none() {
      return new Work(List.of(), Map.of());
    }

    /** Items that are all there is: the counts are the listed items'. */
    public static Work listed(List<WorkItem> items) {
      Map<WorkKind, Integer> counts = new EnumMap<>(WorkKind.class);
      items.forEach(i -> counts.merge(i.kind(), 1, Integer::sum));
      return new Work(items, counts);
    }
  }
}
