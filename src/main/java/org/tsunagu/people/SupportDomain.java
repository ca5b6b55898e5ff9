package org.tsunagu.people;

/** Domains of trouble an organisation serves and a consultation is about. */
public enum SupportDomain {
  ELDERLY_CARE,
  POVERTY_DEBT,
  DISABILITY,
  CHILD_REARING,
  HOUSING,
  HOARDING,
  ADDICTION,
  ABUSE_DV,
  ISOLATION,
  HEALTH,
  EMPLOYMENT,
  FOOD,
  OTHER
}
