package org.tsunagu.platform.security;

/**
 * Default roles of product.md ("Who does what"). What each may do is declared by the modules
 * ({@link ModulePermissions}); a role narrows what a visible person shows, never widens it.
 */
public enum Role {
  ADMIN(false),
  COORDINATOR(false),
  AGENCY_WORKER(false),
  MUNICIPAL_OFFICER(false),
  COOP_STAFF(false),
  DELIVERY_STAFF(true),
  WATCHER(true),
  SUPPORTER(true),
  MEMBER(true),
  SALON_HOST(true),
  FOOD_BANK_STAFF(false),
  EVALUATOR(false);

  private final boolean fieldRole;

  Role(boolean fieldRole) {
    this.fieldRole = fieldRole;
  }

  /** Field roles work on phones: one-column layouts, large targets. */
  public boolean isFieldRole() {
    return fieldRole;
  }
}
