package org.tsunagu.aid;

import static org.tsunagu.platform.security.ModulePermissions.PermissionGrant.grant;
import static org.tsunagu.platform.security.Role.COOP_STAFF;
import static org.tsunagu.platform.security.Role.COORDINATOR;
import static org.tsunagu.platform.security.Role.MEMBER;
import static org.tsunagu.platform.security.Role.SUPPORTER;

import java.util.List;
import org.springframework.stereotype.Component;
import org.tsunagu.platform.security.ModulePermissions;

/** Mutual aid's permissions and the roles that hold them by default (product.md). */
@Component
public final class AidPermissions implements ModulePermissions {

  /** Run the organisation's programmes: rules, members, requests, matching, settlement. */
  public static final String AID_MANAGE = "AID_MANAGE";

  /** Ask for help for oneself, as a recipient member with an account. */
  public static final String AID_REQUEST = "AID_REQUEST";

  /** See one's own tasks as a supporter, answer offers and report visits. */
  public static final String AID_REPORT = "AID_REPORT";

  @Override
  public List<PermissionGrant> permissions() {
    return List.of(
        grant(AID_MANAGE, COORDINATOR, COOP_STAFF),
        grant(AID_REQUEST, MEMBER),
        grant(AID_REPORT, SUPPORTER));
  }
}
