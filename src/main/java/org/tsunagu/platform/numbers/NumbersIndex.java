package org.tsunagu.platform.numbers;

import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.web.NavEntry;
import org.tsunagu.platform.web.NavigationContributor;

/**
 * Every module's numbers pages, in order; the header links to their index for users who may open at
 * least one.
 */
@Component
public class NumbersIndex implements NavigationContributor {

  private final List<NumbersPage> pages;

  public NumbersIndex(List<NumbersContributor> contributors) {
    this.pages =
        contributors.stream()
            .flatMap(c -> c.numbersPages().stream())
            .sorted(Comparator.comparingInt(NumbersPage::order).thenComparing(NumbersPage::path))
            .toList();
  }

  public List<NumbersPage> pagesFor(CurrentUser user) {
    return pages.stream().filter(p -> p.shownTo().test(user)).toList();
  }

  @Override
  public List<NavEntry> navigation() {
    return List.of(new NavEntry("/numbers", "nav.numbers", 700, u -> !pagesFor(u).isEmpty()));
  }
}
