package org.tsunagu.watch.internal.target;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.platform.audit.AuditAction;
import org.tsunagu.platform.audit.AuditLog;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.web.NotFoundException;
import org.tsunagu.platform.web.Problems;
import org.tsunagu.watch.internal.agreement.Agreement;
import org.tsunagu.watch.internal.agreement.Agreements;
import org.tsunagu.watch.internal.chain.ChainCheck;
import org.tsunagu.watch.internal.chain.ChainOwner;
import org.tsunagu.watch.internal.chain.Chains;
import org.tsunagu.watch.internal.chain.StepInput;

/**
 * Replaces a target's own chain (checked as any chain: its contacts by id, its agreement's desk);
 * an empty chain gives the target its agreement's again, refused when it has no agreement with a
 * chain. Alerts already walking keep the steps they copied.
 */
@Service
public class TargetChains {

  private final Targets targets;
  private final Agreements agreements;
  private final ChainCheck check;
  private final Chains chains;
  private final TargetLock locks;
  private final AuditLog audit;

  TargetChains(
      Targets targets,
      Agreements agreements,
      ChainCheck check,
      Chains chains,
      TargetLock locks,
      AuditLog audit) {
    this.targets = targets;
    this.locks = locks;
    this.agreements = agreements;
    this.check = check;
    this.chains = chains;
    this.audit = audit;
  }

  @Transactional
  public void replace(CurrentUser user, long targetId, List<StepInput> steps) {
    // Locked, so that a contact cannot be taken off while a chain that names it is saved.
    locks.lock(user, targetId, Long.class, "id");
    TargetDetails t =
        targets
            .details(targetId)
            .filter(d -> d.organizationId() == user.organizationId() && d.active())
            .orElseThrow(NotFoundException::new);
    Long agreementId = targets.agreementOf(targetId);
    Agreement agreement = agreementId == null ? null : agreements.find(agreementId).orElse(null);
    Problems p = new Problems();
    if (steps == null || steps.isEmpty()) {
      if (agreement == null || chains.forAgreement(agreement.id()).isEmpty()) {
        p.add("steps", "watch.target.validation.noChain");
      }
      p.throwIfAny();
      chains.replaceForTarget(targetId, List.of());
    } else {
      Map<Long, ChainOwner.Contact> contacts =
          t.contacts().stream()
              .collect(
                  Collectors.toMap(
                      TargetDetails.Contact::id, c -> new ChainOwner.Contact(c.name(), c.email())));
      ChainOwner.Desk desk =
          agreement == null
              ? null
              : new ChainOwner.Desk(
                  agreement.municipalityId(), agreement.deskName(), agreement.deskEmail());
      var checked = check.check(steps, new ChainOwner(desk, contacts), p);
      p.throwIfAny();
      chains.replaceForTarget(targetId, checked);
    }
    audit.record(AuditAction.UPDATE, "watch_target", targetId, "chain");
  }
}
