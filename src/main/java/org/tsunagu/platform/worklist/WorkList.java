package org.tsunagu.platform.worklist;

import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;
import org.tsunagu.platform.security.CurrentUser;

/** Gathers every module's items for a user, most urgent first. */
@Service
public class WorkList {

  private final List<WorkItemSource> sources;

  WorkList(List<WorkItemSource> sources) {
    this.sources = sources;
  }

  public List<WorkItem> itemsFor(CurrentUser user) {
    return sources.stream()
        .flatMap(s -> s.itemsFor(user).stream())
        .sorted(Comparator.comparing(WorkItem::urgency))
        .toList();
  }
}
