package org.tsunagu.consultation.internal.casework;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.tsunagu.people.SupportDomain;

/** The domains of trouble as the consultation screens and the card offer them. */
public final class Domains {

  /** The twelve of the つながりカード, in the order it prints them. */
  public static final List<SupportDomain> CARD =
      List.of(
          SupportDomain.ELDERLY_CARE,
          SupportDomain.POVERTY_DEBT,
          SupportDomain.DISABILITY,
          SupportDomain.CHILD_REARING,
          SupportDomain.HOUSING,
          SupportDomain.HOARDING,
          SupportDomain.ADDICTION,
          SupportDomain.ABUSE_DV,
          SupportDomain.ISOLATION,
          SupportDomain.HEALTH,
          SupportDomain.EMPLOYMENT,
          SupportDomain.OTHER);

  private Domains() {}

  /** The domains ticked on a form; an unknown value is not chosen, so "choose one" reports it. */
  public static Set<SupportDomain> parse(Collection<String> ticked) {
    Set<SupportDomain> chosen = EnumSet.noneOf(SupportDomain.class);
    for (String d : ticked) {
      try {
        chosen.add(SupportDomain.valueOf(d));
      } catch (IllegalArgumentException ignored) {
        // not a domain: left out
      }
    }
    return chosen;
  }
}
