package org.tsunagu.people.internal.area;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.tsunagu.people.AreaLevel;
import org.tsunagu.people.AreaRef;

/** The area tree flattened for choosers, each area with its path of names. */
@Component
public class AreaChoices {

  private final Areas areas;

  AreaChoices(Areas areas) {
    this.areas = areas;
  }

  /** Areas from the municipalities down to the given level, in tree order. */
  public List<AreaRef> downTo(AreaLevel deepest) {
    List<AreaRef> out = new ArrayList<>();
    addSubtree(null, deepest, out);
    return out;
  }

  private void addSubtree(Long parentId, AreaLevel deepest, List<AreaRef> out) {
    for (Areas.Area a : areas.children(parentId)) {
      if (a.level().compareTo(deepest) <= 0) {
        out.add(new AreaRef(a.id(), a.level(), areas.path(a.id())));
        addSubtree(a.id(), deepest, out);
      }
    }
  }
}
