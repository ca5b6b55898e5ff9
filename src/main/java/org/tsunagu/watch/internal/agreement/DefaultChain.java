package org.tsunagu.watch.internal.agreement;

import java.util.List;
import org.tsunagu.watch.internal.chain.StepRow;

/**
 * What a new agreement's chain starts as, to be changed: the municipal desk within an hour in its
 * office hours, then the watching organisation's own staff at any hour, so that it passes the check
 * as it stands.
 */
final class DefaultChain {

  private DefaultChain() {}

  static List<StepRow> rows(long watchingOrganization) {
    StepRow desk = new StepRow();
    desk.setReceiverKind("DESK");
    desk.setAckMinutes("60");
    StepRow office = new StepRow();
    office.setReceiverKind("ORGANIZATION");
    office.setOrganizationId(watchingOrganization);
    office.setAckMinutes("60");
    return List.of(desk, office);
  }
}
