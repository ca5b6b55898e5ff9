package org.tsunagu.people;

/** Kinds of organisation; a consent may name a type as its scope. */
public enum OrganizationType {
  SHAKYO,
  COOP,
  MEDICAL_COOP,
  COMMUNITY_CARE_CENTER,
  SELF_RELIANCE_SUPPORT,
  MUNICIPALITY,
  PUBLIC_HEALTH_CENTER,
  NPO,
  COMPANY,
  FOOD_BANK,
  NEIGHBOURHOOD_ASSOCIATION,
  VOLUNTEER_GROUP,
  OTHER
}
