package org.tsunagu.watch;

import static org.tsunagu.platform.security.ModulePermissions.PermissionGrant.grant;
import static org.tsunagu.platform.security.Role.AGENCY_WORKER;
import static org.tsunagu.platform.security.Role.COOP_STAFF;
import static org.tsunagu.platform.security.Role.COORDINATOR;
import static org.tsunagu.platform.security.Role.DELIVERY_STAFF;
import static org.tsunagu.platform.security.Role.MUNICIPAL_OFFICER;
import static org.tsunagu.platform.security.Role.WATCHER;

import java.util.List;
import org.springframework.stereotype.Component;
import org.tsunagu.platform.security.ModulePermissions;

/** Watch-over's permissions and the roles that hold them by default (product.md). */
@Component
public final class WatchPermissions implements ModulePermissions {

  /** Send door reports and record contacts (check-ins) for the people one watches. */
  public static final String WATCH_REPORT = "WATCH_REPORT";

  /** Receive, acknowledge and close alerts addressed to oneself or one's organisation. */
  public static final String WATCH_ALERT = "WATCH_ALERT";

  /** Register watch targets, their watchers, contacts and chains, and agreements. */
  public static final String WATCH_MANAGE = "WATCH_MANAGE";

  @Override
  public List<PermissionGrant> permissions() {
    return List.of(
        grant(WATCH_REPORT, COORDINATOR, COOP_STAFF, DELIVERY_STAFF, WATCHER),
        grant(WATCH_ALERT, COORDINATOR, AGENCY_WORKER, MUNICIPAL_OFFICER, COOP_STAFF, WATCHER),
        grant(WATCH_MANAGE, COORDINATOR));
  }
}
