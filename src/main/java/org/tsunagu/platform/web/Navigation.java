package org.tsunagu.platform.web;

import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;
import org.tsunagu.platform.security.CurrentUser;

/**
 * The header's links: every module's {@link NavigationContributor} entries in their order, each
 * shown only to the users its predicate lets see it.
 */
@Component
public class Navigation {

  /** A header link: where it goes and the message key of its label. */
  public record Link(String path, String messageKey) {}

  private final List<NavEntry> entries;

  public Navigation(List<NavigationContributor> contributors) {
    this.entries =
        contributors.stream()
            .flatMap(c -> c.navigation().stream())
            .sorted(Comparator.comparingInt(NavEntry::order).thenComparing(NavEntry::path))
            .toList();
  }

  public List<Link> linksFor(CurrentUser user) {
    return entries.stream()
        .filter(e -> e.shownTo().test(user))
        .map(e -> new Link(e.path(), e.messageKey()))
        .toList();
  }
}
