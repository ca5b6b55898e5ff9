package org.tsunagu.platform.security;

import static org.tsunagu.platform.security.ModulePermissions.PermissionGrant.grant;

import java.util.List;
import org.springframework.stereotype.Component;

/** The platform's own permissions: accounts, the audit log and the numbers pages. */
@Component
public final class PlatformPermissions implements ModulePermissions {

  /** Create, disable and reset staff accounts. */
  public static final String MANAGE_USERS = "MANAGE_USERS";

  /** Read and verify the audit log. */
  public static final String AUDIT_READ = "AUDIT_READ";

  /** Read aggregate numbers; no personal records. */
  public static final String NUMBERS_READ = "NUMBERS_READ";

  @Override
  public List<PermissionGrant> permissions() {
    return List.of(
        grant(MANAGE_USERS),
        grant(AUDIT_READ),
        grant(NUMBERS_READ, Role.COORDINATOR, Role.MUNICIPAL_OFFICER, Role.EVALUATOR));
  }
}
