package org.tsunagu.platform.worklist;

import java.util.List;
import org.tsunagu.platform.security.CurrentUser;

/**
 * The areas a work list can be narrowed to, offered by the module that keeps the area tree (the
 * platform knows no areas). Without such a bean the area filter is not offered.
 */
public interface WorkAreas {

  /** An area to choose, with its name as the chooser shows it. */
  record Choice(long id, String label) {}

  List<Choice> choicesFor(CurrentUser user);
}
