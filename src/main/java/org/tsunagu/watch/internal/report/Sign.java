package org.tsunagu.watch.internal.report;

/** What delivery staff look for at the door (a co-op's published checklist). */
public enum Sign {
  DELIVERY_UNTOUCHED,
  MAIL_PILING_UP,
  LIGHT_ON_IN_DAYTIME,
  DARK_AT_DUSK,
  SNOW_NOT_CLEARED,
  NO_ANSWER,
  LOOKS_UNWELL,
  MUCH_THINNER,
  INJURY_OR_BRUISE,
  HARDER_TO_TALK,
  WANDERING
}
