package org.tsunagu.people.internal;

import static org.tsunagu.platform.web.NavEntry.forPermission;

import java.util.List;
import org.springframework.stereotype.Component;
import org.tsunagu.people.PeoplePermissions;
import org.tsunagu.platform.security.PlatformPermissions;
import org.tsunagu.platform.web.NavEntry;
import org.tsunagu.platform.web.NavigationContributor;

/** The registry's header links: persons, the import, and the administration of the registry. */
@Component
class PeopleNavigation implements NavigationContributor {

  @Override
  public List<NavEntry> navigation() {
    return List.of(
        forPermission("/persons", "nav.persons", 100, PeoplePermissions.PERSON_READ),
        forPermission("/imports", "nav.import", 600, PeoplePermissions.IMPORT),
        forPermission("/admin/users", "nav.users", 800, PlatformPermissions.MANAGE_USERS),
        forPermission(
            "/admin/organizations",
            "nav.organizations",
            810,
            PeoplePermissions.MANAGE_ORGANIZATIONS),
        forPermission("/admin/areas", "nav.areas", 820, PeoplePermissions.MANAGE_ORGANIZATIONS));
  }
}
