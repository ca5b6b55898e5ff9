package org.tsunagu.consultation.internal.casework;

import java.util.List;

/**
 * The case page's sections, one shown at a time and chosen by {@code ?tab=}, so they work as plain
 * links without a script; each tab names how many records it holds.
 */
final class CaseTabs {

  static final List<String> KEYS = List.of("timeline", "plan", "referrals", "bases", "conferences");

  /** A tab and the number it shows beside its name. */
  record Tab(String key, int count) {}

  private CaseTabs() {}

  /** The tab asked for; an unknown or missing one opens the timeline. */
  static String chosen(String requested) {
    return KEYS.contains(requested) ? requested : KEYS.get(0);
  }

  static List<Tab> of(CaseView view) {
    return List.of(
        new Tab("timeline", view.timeline().size()),
        new Tab("plan", view.goals().size() + view.actions().size()),
        new Tab("referrals", view.referrals().size()),
        new Tab("bases", view.activeBases().size()),
        new Tab("conferences", view.conferences().size()));
  }
}
