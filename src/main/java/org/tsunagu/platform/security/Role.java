package org.tsunagu.platform.security;

import java.util.EnumSet;
import java.util.Set;

/** Default roles of product.md ("Who does what"). A role narrows what a visible person shows. */
public enum Role {
  ADMIN(false, EnumSet.allOf(Permission.class)),
  COORDINATOR(
      false,
      EnumSet.of(
          Permission.PERSON_READ,
          Permission.PERSON_WRITE,
          Permission.CONSENT_RECORD,
          Permission.IMPORT,
          Permission.EXPORT,
          Permission.INTAKE_RECORD,
          Permission.CASE_WORK,
          Permission.CONFERENCE_MANAGE,
          Permission.NUMBERS_READ)),
  AGENCY_WORKER(
      false,
      EnumSet.of(
          Permission.PERSON_READ,
          Permission.PERSON_WRITE,
          Permission.CONSENT_RECORD,
          Permission.INTAKE_RECORD,
          Permission.CASE_WORK,
          Permission.CONFERENCE_MANAGE)),
  MUNICIPAL_OFFICER(
      false,
      EnumSet.of(
          Permission.PERSON_READ,
          Permission.CASE_WORK,
          Permission.CONFERENCE_MANAGE,
          Permission.NUMBERS_READ)),
  COOP_STAFF(
      false, EnumSet.of(Permission.PERSON_READ, Permission.PERSON_WRITE, Permission.INTAKE_RECORD)),
  DELIVERY_STAFF(true, EnumSet.noneOf(Permission.class)),
  WATCHER(true, EnumSet.of(Permission.INTAKE_RECORD)),
  SUPPORTER(true, EnumSet.noneOf(Permission.class)),
  MEMBER(true, EnumSet.noneOf(Permission.class)),
  SALON_HOST(true, EnumSet.of(Permission.INTAKE_RECORD)),
  FOOD_BANK_STAFF(false, EnumSet.noneOf(Permission.class)),
  EVALUATOR(false, EnumSet.of(Permission.NUMBERS_READ));

  private final boolean fieldRole;
  private final Set<Permission> permissions;

  Role(boolean fieldRole, Set<Permission> permissions) {
    this.fieldRole = fieldRole;
    this.permissions = permissions;
  }

  /** Field roles work on phones: one-column layouts, large targets. */
  public boolean isFieldRole() {
    return fieldRole;
  }

  public Set<Permission> permissions() {
    return permissions;
  }

  public boolean may(Permission p) {
    return permissions.contains(p);
  }
}
