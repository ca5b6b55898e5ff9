package org.tsunagu.throwaway;

import java.util.List;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.tsunagu.platform.web.NavEntry;
import org.tsunagu.platform.web.NavigationContributor;

/** Its header link, after consultation's and before the import. */
@Component
@Profile("throwaway")
class ThrowawayNavigation implements NavigationContributor {

  @Override
  public List<NavEntry> navigation() {
    return List.of(
        NavEntry.forPermission(
            "/throwaway/numbers", "throwaway.nav", 300, ThrowawayPermissions.THROWAWAY_USE));
  }
}
