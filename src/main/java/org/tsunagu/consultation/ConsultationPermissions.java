package org.tsunagu.consultation;

import static org.tsunagu.platform.security.ModulePermissions.PermissionGrant.grant;
import static org.tsunagu.platform.security.Role.AGENCY_WORKER;
import static org.tsunagu.platform.security.Role.COOP_STAFF;
import static org.tsunagu.platform.security.Role.COORDINATOR;
import static org.tsunagu.platform.security.Role.MUNICIPAL_OFFICER;
import static org.tsunagu.platform.security.Role.SALON_HOST;
import static org.tsunagu.platform.security.Role.WATCHER;

import java.util.List;
import org.springframework.stereotype.Component;
import org.tsunagu.platform.security.ModulePermissions;

/** Consultation's permissions and the roles that hold them by default (product.md). */
@Component
public final class ConsultationPermissions implements ModulePermissions {

  /** Take in a consultation or fill in a つながりカード. */
  public static final String INTAKE_RECORD = "INTAKE_RECORD";

  /** Work the cases and referrals of one's organisation. */
  public static final String CASE_WORK = "CASE_WORK";

  /** Convene and record case conferences (支援会議・重層的支援会議). */
  public static final String CONFERENCE_MANAGE = "CONFERENCE_MANAGE";

  @Override
  public List<PermissionGrant> permissions() {
    return List.of(
        grant(INTAKE_RECORD, COORDINATOR, AGENCY_WORKER, COOP_STAFF, WATCHER, SALON_HOST),
        grant(CASE_WORK, COORDINATOR, AGENCY_WORKER, MUNICIPAL_OFFICER),
        grant(CONFERENCE_MANAGE, COORDINATOR, AGENCY_WORKER, MUNICIPAL_OFFICER));
  }
}
