package org.tsunagu.platform.worklist;

import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;
import org.tsunagu.platform.security.CurrentUser;

/** Every module's home actions, those for the user in order. */
@Service
public class HomeActions {

  private final List<HomeAction> actions;

  HomeActions(List<HomeAction> actions) {
    this.actions = actions;
  }

  public List<HomeAction> forUser(CurrentUser user) {
    return actions.stream()
        .filter(a -> a.shownTo(user))
        .sorted(Comparator.comparingInt(HomeAction::order).thenComparing(HomeAction::path))
        .toList();
  }

  /**
   * People who work in the field or use the service (salon host, driver, 民生委員, supporter, member,
   * food-bank worker) get a home of large buttons and plain words instead of the office's work
   * list: field roles and roles without any office permission.
   */
  public static boolean fieldHome(CurrentUser user) {
    return user.role().isFieldRole() || user.permissions().isEmpty();
  }
}
