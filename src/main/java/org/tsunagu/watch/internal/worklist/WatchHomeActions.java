package org.tsunagu.watch.internal.worklist;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tsunagu.platform.worklist.HomeAction;
import org.tsunagu.watch.WatchPermissions;

/** The route as a large button on the home of drivers and watchers, the alerts for field roles. */
@Configuration(proxyBeanMethods = false)
class WatchHomeActions {

  @Bean
  HomeAction watchRoute() {
    return HomeAction.of(
        "watch.home.route",
        "watch.home.routeHint",
        "/watch/route",
        5,
        u -> u.may(WatchPermissions.WATCH_REPORT));
  }

  @Bean
  HomeAction watchAlerts() {
    return HomeAction.of(
        "watch.home.alerts",
        "watch.home.alertsHint",
        "/watch/alerts",
        6,
        u -> u.may(WatchPermissions.WATCH_ALERT) && !u.may(WatchPermissions.WATCH_MANAGE));
  }
}
