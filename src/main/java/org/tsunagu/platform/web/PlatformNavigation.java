package org.tsunagu.platform.web;

import java.util.List;
import org.springframework.stereotype.Component;
import org.tsunagu.platform.security.PlatformPermissions;
import org.tsunagu.platform.worklist.HomeActions;

/**
 * The platform's own links: the work list (ホーム for field roles and members) first, the audit log,
 * and the settings last.
 */
@Component
class PlatformNavigation implements NavigationContributor {

  @Override
  public List<NavEntry> navigation() {
    return List.of(
        new NavEntry("/", "nav.worklist", 0, u -> !HomeActions.fieldHome(u)),
        new NavEntry("/", "nav.home", 0, HomeActions::fieldHome),
        NavEntry.forPermission("/admin/audit", "nav.audit", 850, PlatformPermissions.AUDIT_READ),
        new NavEntry("/settings", "nav.settings", 1000, u -> true));
  }
}
