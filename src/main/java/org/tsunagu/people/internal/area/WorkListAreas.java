package org.tsunagu.people.internal.area;

import java.util.List;
import org.springframework.stereotype.Component;
import org.tsunagu.people.AreaLevel;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.worklist.WorkAreas;

/** The work list is narrowed by 圏域: the areas a coordinator divides the town's work by. */
@Component
class WorkListAreas implements WorkAreas {

  private final Areas areas;

  WorkListAreas(Areas areas) {
    this.areas = areas;
  }

  @Override
  public List<Choice> choicesFor(CurrentUser user) {
    return areas.atLevel(AreaLevel.DISTRICT).stream()
        .map(a -> new Choice(a.id(), a.name()))
        .toList();
  }
}
