package org.tsunagu.consultation.internal.numbers;

import java.util.EnumSet;
import java.util.Set;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.PlatformPermissions;
import org.tsunagu.platform.security.Role;

/**
 * Whose work the numbers cover. Municipal officers, evaluators and administrators see the whole
 * deployment; anyone else with NUMBERS_READ (coordinators) sees their organisation's work: intakes
 * at windows it receives for, cases it leads, referrals it sent or received.
 */
public record NumbersScope(Kind kind, Long organizationId) {

  public enum Kind {
    DEPLOYMENT,
    ORGANIZATION
  }

  private static final Set<Role> DEPLOYMENT_WIDE =
      EnumSet.of(Role.ADMIN, Role.MUNICIPAL_OFFICER, Role.EVALUATOR);

  static NumbersScope of(CurrentUser user) {
    user.require(PlatformPermissions.NUMBERS_READ);
    return DEPLOYMENT_WIDE.contains(user.role())
        ? new NumbersScope(Kind.DEPLOYMENT, null)
        : new NumbersScope(Kind.ORGANIZATION, user.organizationId());
  }

  private boolean wholeDeployment() {
    return kind == Kind.DEPLOYMENT;
  }

  /** SQL condition on an intake's window {@code w}. */
  String intakes() {
    return wholeDeployment() ? "TRUE" : "w.receiving_org_id = :org";
  }

  /** SQL condition on a support case {@code c}. */
  String cases() {
    return wholeDeployment() ? "TRUE" : "c.lead_org_id = :org";
  }

  /** SQL condition on a referral {@code r}. */
  String referrals() {
    return wholeDeployment() ? "TRUE" : "(r.from_org_id = :org OR r.to_org_id = :org)";
  }
}
