package org.tsunagu.platform.security;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/**
 * The permissions every module declared and the roles holding each, gathered from the {@link
 * ModulePermissions} beans. A name declared twice stops the application at start.
 */
@Component
public class RolePermissions {

  private final Set<String> declared;
  private final Map<Role, Set<String>> byRole = new EnumMap<>(Role.class);

  public RolePermissions(List<ModulePermissions> modules) {
    Set<String> names = new TreeSet<>();
    Map<Role, Set<String>> grants = new EnumMap<>(Role.class);
    for (Role role : Role.values()) {
      grants.put(role, new TreeSet<>());
    }
    for (ModulePermissions module : modules) {
      for (ModulePermissions.PermissionGrant p : module.permissions()) {
        if (!names.add(p.permission())) {
          throw new IllegalStateException("permission declared twice: " + p.permission());
        }
        grants.get(Role.ADMIN).add(p.permission());
        p.grantedTo().forEach(role -> grants.get(role).add(p.permission()));
      }
    }
    this.declared = Collections.unmodifiableSet(names);
    grants.forEach((role, set) -> byRole.put(role, Collections.unmodifiableSet(set)));
  }

  /** Every permission some module declared. */
  public Set<String> declared() {
    return declared;
  }

  /** The permissions the role holds. */
  public Set<String> of(Role role) {
    return byRole.get(role);
  }
}
