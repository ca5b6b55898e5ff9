package org.tsunagu.platform.worklist;

import java.util.List;
import org.tsunagu.platform.security.CurrentUser;

/** Implemented by each module that puts items on users' work lists. */
public interface WorkItemSource {
  List<WorkItem> itemsFor(CurrentUser user);
}
