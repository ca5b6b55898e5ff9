package org.tsunagu.platform.web;

import java.util.List;

/** A module's header links; {@link Navigation} gathers every contributor's. */
public interface NavigationContributor {

  List<NavEntry> navigation();
}
