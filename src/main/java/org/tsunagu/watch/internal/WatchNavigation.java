package org.tsunagu.watch.internal;

import static org.tsunagu.platform.web.NavEntry.forPermission;
import static org.tsunagu.watch.WatchPermissions.WATCH_ALERT;
import static org.tsunagu.watch.WatchPermissions.WATCH_MANAGE;
import static org.tsunagu.watch.WatchPermissions.WATCH_REPORT;

import java.util.List;
import org.springframework.stereotype.Component;
import org.tsunagu.platform.web.NavEntry;
import org.tsunagu.platform.web.NavigationContributor;

/**
 * Watch-over's header links, after consultation's and before the import: the route for those who go
 * round, the alerts for those who receive them. The targets and the sent messages are reached from
 * the alerts page, so an office header stays one row.
 */
@Component
class WatchNavigation implements NavigationContributor {

  @Override
  public List<NavEntry> navigation() {
    return List.of(
        new NavEntry(
            "/watch/route",
            "nav.watch.route",
            300,
            u -> u.may(WATCH_REPORT) && !u.may(WATCH_MANAGE)),
        forPermission("/watch/alerts", "nav.watch.alerts", 310, WATCH_ALERT));
  }
}
