package org.tsunagu.watch.internal;

import static org.tsunagu.platform.web.NavEntry.forPermission;
import static org.tsunagu.watch.WatchPermissions.WATCH_ALERT;
import static org.tsunagu.watch.WatchPermissions.WATCH_MANAGE;
import static org.tsunagu.watch.WatchPermissions.WATCH_REPORT;

import java.util.List;
import org.springframework.stereotype.Component;
import org.tsunagu.platform.web.NavEntry;
import org.tsunagu.platform.web.NavigationContributor;

/** Watch-over's header links, after consultation's and before the import. */
@Component
class WatchNavigation implements NavigationContributor {

  @Override
  public List<NavEntry> navigation() {
    return List.of(
        forPermission("/watch/route", "nav.watch.route", 300, WATCH_REPORT),
        forPermission("/watch/alerts", "nav.watch.alerts", 310, WATCH_ALERT),
        forPermission("/watch/targets", "nav.watch.targets", 320, WATCH_MANAGE),
        forPermission("/watch/messages", "nav.watch.messages", 330, WATCH_MANAGE));
  }
}
