package org.tsunagu.platform.security;

import java.util.List;
import java.util.Set;

/**
 * What a module declares about permissions: each of its own permissions with the roles that hold it
 * by default (product.md, "Who does what"). A module publishes one bean of this type; {@link
 * RolePermissions} gathers them, so adding a module edits no platform file. The administrator holds
 * every declared permission without being named. A permission only lets a role do more with what
 * visibility already lets it see: roles narrow, never widen.
 */
public interface ModulePermissions {

  List<PermissionGrant> permissions();

  /** A permission (an upper-case name unique across modules) and the roles granted it. */
  record PermissionGrant(String permission, Set<Role> grantedTo) {

    public PermissionGrant {
      if (!permission.matches("[A-Z][A-Z0-9_]*")) {
        throw new IllegalArgumentException("permission names are UPPER_SNAKE: " + permission);
      }
      grantedTo = Set.copyOf(grantedTo);
    }

    public static PermissionGrant grant(String permission, Role... roles) {
      return new PermissionGrant(permission, Set.of(roles));
    }
  }
}
