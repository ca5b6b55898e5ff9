package org.tsunagu.watch.internal.target;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.people.PeopleApi;
import org.tsunagu.people.PersonSheet;
import org.tsunagu.platform.audit.AuditAction;
import org.tsunagu.platform.audit.AuditLog;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.web.NotFoundException;
import org.tsunagu.watch.WatchPermissions;
import org.tsunagu.watch.internal.chain.ChainStep;
import org.tsunagu.watch.internal.chain.Chains;

/**
 * A target's record, for staff of the organisation that registered it with {@code WATCH_MANAGE} and
 * only while it may see the person for the watch-over programme; audited as a read.
 */
@Service
public class TargetReading {

  public record View(
      PersonSheet person,
      TargetDetails target,
      java.util.List<ChainStep> chain,
      boolean ownChain) {}

  private final Targets targets;
  private final Chains chains;
  private final PeopleApi people;
  private final AuditLog audit;

  TargetReading(Targets targets, Chains chains, PeopleApi people, AuditLog audit) {
    this.targets = targets;
    this.chains = chains;
    this.people = people;
    this.audit = audit;
  }

  @Transactional
  public View open(CurrentUser user, long targetId) {
    TargetDetails t =
        targets
            .details(targetId)
            .filter(d -> d.organizationId() == user.organizationId())
            .filter(d -> user.may(WatchPermissions.WATCH_MANAGE))
            .orElse(null);
    PersonSheet sheet = t == null ? null : people.sheet(user, t.personId(), "WATCH").orElse(null);
    if (sheet == null) {
      audit.recordRefused("watch_target", targetId);
      throw new NotFoundException();
    }
    audit.record(AuditAction.READ, "watch_target", targetId, null);
    var own = chains.ownOf(targetId);
    return new View(sheet, t, own.isEmpty() ? chains.effectiveFor(targetId) : own, !own.isEmpty());
  }
}
