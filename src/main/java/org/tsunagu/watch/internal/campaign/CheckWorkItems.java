package org.tsunagu.watch.internal.campaign;

import java.util.List;
import org.springframework.stereotype.Component;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.worklist.WorkFilter;
import org.tsunagu.platform.worklist.WorkItem;
import org.tsunagu.platform.worklist.WorkItemSource;
import org.tsunagu.platform.worklist.WorkKind;
import org.tsunagu.platform.worklist.WorkList;
import org.tsunagu.platform.worklist.WorkSection;
import org.tsunagu.watch.WatchPermissions;

/** A watcher's safety checks not yet made, on their work list or home, while a campaign runs. */
@Component
class CheckWorkItems implements WorkItemSource {

  static final WorkSection SECTION =
      new WorkSection("watch.checks", "watch.checks.title", 2, "/watch/checks");

  private final CampaignQueries queries;

  CheckWorkItems(CampaignQueries queries) {
    this.queries = queries;
  }

  @Override
  public List<WorkSection> sectionsFor(CurrentUser user) {
    return user.may(WatchPermissions.WATCH_REPORT) ? List.of(SECTION) : List.of();
  }

  @Override
  public Work workFor(CurrentUser user, WorkFilter filter) {
    if (!user.may(WatchPermissions.WATCH_REPORT)
        || !filter.wants(WorkKind.NEW)
        || filter.areaId() != null
        || (filter.workerId() != null && filter.workerId() != user.id())) {
      return Work.none();
    }
    return Work.listed(
        queries.mine(user).stream()
            .filter(c -> "UNKNOWN".equals(c.status()))
            .limit(WorkList.PER_SECTION + 1)
            .map(
                c ->
                    new WorkItem(
                        SECTION.id(),
                        WorkKind.NEW,
                        c.personName(),
                        "watch.worklist.check",
                        new Object[] {c.campaignName()},
                        null,
                        null,
                        "/watch/checks"))
            .toList());
  }
}
