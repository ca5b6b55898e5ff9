package org.tsunagu.people;

import static org.tsunagu.platform.security.ModulePermissions.PermissionGrant.grant;
import static org.tsunagu.platform.security.Role.AGENCY_WORKER;
import static org.tsunagu.platform.security.Role.COOP_STAFF;
import static org.tsunagu.platform.security.Role.COORDINATOR;
import static org.tsunagu.platform.security.Role.MUNICIPAL_OFFICER;

import java.util.List;
import org.springframework.stereotype.Component;
import org.tsunagu.platform.security.ModulePermissions;

/** The registry's permissions and the roles that hold them by default (product.md). */
@Component
public final class PeoplePermissions implements ModulePermissions {

  /** Read the persons one's organisation may see. */
  public static final String PERSON_READ = "PERSON_READ";

  /** Register and change persons. */
  public static final String PERSON_WRITE = "PERSON_WRITE";

  /** Merge two records of one person. */
  public static final String PERSON_MERGE = "PERSON_MERGE";

  /** Record and revoke consents. */
  public static final String CONSENT_RECORD = "CONSENT_RECORD";

  /** Import persons from a file. */
  public static final String IMPORT = "IMPORT";

  /** Export the persons one may see. */
  public static final String EXPORT = "EXPORT";

  /** Manage organisations and the area tree. */
  public static final String MANAGE_ORGANIZATIONS = "MANAGE_ORGANIZATIONS";

  @Override
  public List<PermissionGrant> permissions() {
    return List.of(
        grant(PERSON_READ, COORDINATOR, AGENCY_WORKER, MUNICIPAL_OFFICER, COOP_STAFF),
        grant(PERSON_WRITE, COORDINATOR, AGENCY_WORKER, COOP_STAFF),
        grant(PERSON_MERGE),
        grant(CONSENT_RECORD, COORDINATOR, AGENCY_WORKER),
        grant(IMPORT, COORDINATOR),
        grant(EXPORT, COORDINATOR),
        grant(MANAGE_ORGANIZATIONS));
  }
}
