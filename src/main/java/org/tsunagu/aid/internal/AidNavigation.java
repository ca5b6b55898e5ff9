package org.tsunagu.aid.internal;

import static org.tsunagu.platform.web.NavEntry.forPermission;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tsunagu.aid.AidPermissions;
import org.tsunagu.aid.MemberType;
import org.tsunagu.aid.internal.member.Members;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.web.NavEntry;
import org.tsunagu.platform.web.NavigationContributor;
import org.tsunagu.platform.worklist.HomeAction;

/**
 * Mutual aid's header links (after watch-over's) and its large buttons on the home of supporters
 * (their visits) and members (asking for help): only for those who hold such a membership, so a
 * member of no programme is not offered a form that would turn them away.
 */
@Configuration(proxyBeanMethods = false)
class AidNavigation implements NavigationContributor {

  private final Members members;

  AidNavigation(Members members) {
    this.members = members;
  }

  @Override
  public List<NavEntry> navigation() {
    return List.of(
        forPermission("/aid", "nav.aid", 350, AidPermissions.AID_MANAGE),
        new NavEntry("/aid/tasks", "nav.aid.tasks", 351, this::supporter),
        new NavEntry("/aid/ask", "nav.aid.ask", 352, this::recipient));
  }

  @Bean
  HomeAction aidTasks() {
    return HomeAction.of("aid.home.tasks", "aid.home.tasksHint", "/aid/tasks", 7, this::supporter);
  }

  @Bean
  HomeAction aidAsk() {
    return HomeAction.of("aid.home.ask", "aid.home.askHint", "/aid/ask", 8, this::recipient);
  }

  private boolean supporter(CurrentUser u) {
    return u.may(AidPermissions.AID_REPORT) && members.holds(u.id(), MemberType.SUPPORTER);
  }

  private boolean recipient(CurrentUser u) {
    return u.may(AidPermissions.AID_REQUEST) && members.holds(u.id(), MemberType.RECIPIENT);
  }
}
