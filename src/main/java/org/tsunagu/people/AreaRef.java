package org.tsunagu.people;

import java.util.List;

/** An area as other modules show and choose it: its level and its names from the root down. */
public record AreaRef(long id, AreaLevel level, List<String> path) {

  public String name() {
    return path.isEmpty() ? "" : path.get(path.size() - 1);
  }
}
