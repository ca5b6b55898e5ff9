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
   * WorkList#PER_SECTION} + 1 per section (the extra one tells the platform there is more). Each
   * query is bounded and served by an index; names only where the user's organisation may see the
   * person.
   */
  List<WorkItem> itemsFor(CurrentUser user, WorkFilter filter);

  /**
   * How many items of each kind the user has under the filter, for the counts at the top. By
   * default the listed ones; a source whose sections can hold more than it lists counts in SQL.
   */
  default Map<WorkKind, Integer> countsFor(
      CurrentUser user, WorkFilter filter, List<WorkItem> listed) {
    Map<WorkKind, Integer> counts = new EnumMap<>(WorkKind.class);
    listed.forEach(i -> counts.merge(i.kind(), 1, Integer::sum));
    return counts;
  }
}
