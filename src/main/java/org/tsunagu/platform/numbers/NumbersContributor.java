package org.tsunagu.platform.numbers;

import java.util.List;

/** A module's numbers pages; {@link NumbersIndex} gathers every contributor's. */
public interface NumbersContributor {

  List<NumbersPage> numbersPages();
}
