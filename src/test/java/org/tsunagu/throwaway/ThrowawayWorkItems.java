package org.tsunagu.throwaway;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.worklist.WorkFilter;
import org.tsunagu.platform.worklist.WorkItem;
import org.tsunagu.platform.worklist.WorkItemSource;
import org.tsunagu.platform.worklist.WorkKind;
import org.tsunagu.platform.worklist.WorkSection;

/**
 * The throw-away module's work-list source, written only against the platform's public API. It
 * serves only the organisations a test enrols, so the other tests sharing the context see nothing
 * of it.
 */
@Component
public class ThrowawayWorkItems implements WorkItemSource {

  public static final WorkSection SECTION =
      new WorkSection("throwaway.chores", "throwaway.worklist.section", 5, "/throwaway");

  private static final Set<Long> ENROLLED = ConcurrentHashMap.newKeySet();

  public static void enrol(long organizationId) {
    ENROLLED.add(organizationId);
  }

  static boolean enrolled(CurrentUser user) {
    return ENROLLED.contains(user.organizationId());
  }

  @Override
  public List<WorkSection> sectionsFor(CurrentUser user) {
    return enrolled(user) ? List.of(SECTION) : List.of();
  }

  @Override
  public Work workFor(CurrentUser user, WorkFilter filter) {
    if (!enrolled(user) || !filter.includesUnassigned() || filter.areaId() != null) {
      return Work.none();
    }
    return Work.listed(
        List.of(
            new WorkItem(
                SECTION.id(),
                WorkKind.NEW,
                null,
                "throwaway.worklist.chore",
                new Object[] {},
                Instant.now().minusSeconds(3 * 86_400),
                LocalDate.now().plusDays(1),
                "/throwaway/chores/1"),
            new WorkItem(
                SECTION.id(),
                WorkKind.REVIEW,
                null,
                "throwaway.worklist.look",
                new Object[] {},
                Instant.now(),
                null,
                "/throwaway/chores/2")));
  }
}
