package org.tsunagu.throwaway;

import static org.tsunagu.platform.security.ModulePermissions.PermissionGrant.grant;

import java.util.List;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.tsunagu.platform.security.ModulePermissions;
import org.tsunagu.platform.security.Role;

/** The throw-away module's one permission, held by the 民生委員 (watcher) role by default. */
@Component
@Profile("throwaway")
public final class ThrowawayPermissions implements ModulePermissions {

  public static final String THROWAWAY_USE = "THROWAWAY_USE";

  @Override
  public List<PermissionGrant> permissions() {
    return List.of(grant(THROWAWAY_USE, Role.WATCHER));
  }
}
