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

  /** Read the disaster support registry (避難行動要支援者名簿) entries shared with one's organisation. */
  public static final String DISASTER_REGISTRY_READ = "DISASTER_REGISTRY_READ";

  /** Keep one's municipality's disaster support registry and individual evacuation plans. */
  public static final String DISASTER_REGISTRY_MANAGE = "DISASTER_REGISTRY_MANAGE";

  /** Start and close safety-check campaigns (安否確認) and follow their board. */
  public static final String SAFETY_CHECK_RUN = "SAFETY_CHECK_RUN";

  @Override
  public List<PermissionGrant> permissions() {
    return List.of(
        grant(WATCH_REPORT, COORDINATOR, COOP_STAFF, DELIVERY_STAFF, WATCHER),
        grant(WATCH_ALERT, COORDINATOR, AGENCY_WORKER, MUNICIPAL_OFFICER, COOP_STAFF, WATCHER),
        grant(WATCH_MANAGE, COORDINATOR),
        grant(DISASTER_REGISTRY_READ, COORDINATOR, MUNICIPAL_OFFICER, AGENCY_WORKER, WATCHER),
        grant(DISASTER_REGISTRY_MANAGE, COORDINATOR, MUNICIPAL_OFFICER),
        grant(SAFETY_CHECK_RUN, COORDINATOR, MUNICIPAL_OFFICER));
  }
}
