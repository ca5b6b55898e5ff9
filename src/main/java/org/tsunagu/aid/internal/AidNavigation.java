package org.tsunagu.aid.internal;

import static org.tsunagu.platform.web.NavEntry.forPermission;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tsunagu.aid.AidPermissions;
import org.tsunagu.platform.web.NavEntry;
import org.tsunagu.platform.web.NavigationContributor;
import org.tsunagu.platform.worklist.HomeAction;

/**
 * Mutual aid's header links (after watch-over's) and its large buttons on the home of supporters
 * (their visits) and members (asking for help).
 */
@Configuration(proxyBeanMethods = false)
class AidNavigation implements NavigationContributor {

  @Override
  public List<NavEntry> navigation() {
    return List.of(
        forPermission("/aid", "nav.aid", 350, AidPermissions.AID_MANAGE),
        forPermission("/aid/tasks", "nav.aid.tasks", 351, AidPermissions.AID_REPORT),
        forPermission("/aid/ask", "nav.aid.ask", 352, AidPermissions.AID_REQUEST));
  }

  @Bean
  HomeAction aidTasks() {
    return HomeAction.of(
        "aid.home.tasks",
        "aid.home.tasksHint",
        "/aid/tasks",
        7,
        u -> u.may(AidPermissions.AID_REPORT));
  }

  @Bean
  HomeAction aidAsk() {
    return HomeAction.of(
        "aid.home.ask", "aid.home.askHint", "/aid/ask", 8, u -> u.may(AidPermissions.AID_REQUEST));
  }
}
