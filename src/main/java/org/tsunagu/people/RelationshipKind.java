package org.tsunagu.people;

/** Why an organisation serves a person; each active one makes the person visible to it. */
public enum RelationshipKind {
  REGISTERED,
  MEMBERSHIP,
  CASE,
  REFERRAL,
  WATCH,
  PLACE
}
