package org.tsunagu.watch.internal.target;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.people.AccessGround;
import org.tsunagu.people.ConsentRequest;
import org.tsunagu.people.PeopleApi;
import org.tsunagu.people.RelationshipKind;
import org.tsunagu.platform.audit.AuditAction;
import org.tsunagu.platform.audit.AuditLog;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.web.Problems;
import org.tsunagu.watch.WatchPermissions;
import org.tsunagu.watch.internal.agreement.Agreement;
import org.tsunagu.watch.internal.agreement.Agreements;
import org.tsunagu.watch.internal.chain.ChainCheck;
import org.tsunagu.watch.internal.chain.ChainStep;
import org.tsunagu.watch.internal.chain.Chains;
import org.tsunagu.watch.internal.target.TargetInput.ContactInput;

/**
 * Registers a watch target: the person's consent to the watch-over programme is recorded in the
 * registry, and the organisations taking part (the registering one, the agreement's, the watchers')
 * see the person on a WATCH relationship resting on that consent — revoking it ends their access at
 * once. Everything is checked before anything is written.
 */
@Service
public class TargetRegistration {

  private final JdbcClient jdbc;
  private final PeopleApi people;
  private final Agreements agreements;
  private final ChainCheck chainCheck;
  private final Chains chains;
  private final TargetInputCheck check;
  private final TargetWrites writes;
  private final AuditLog audit;
  private final Clock clock;

  TargetRegistration(
      JdbcClient jdbc,
      PeopleApi people,
      Agreements agreements,
      ChainCheck chainCheck,
      Chains chains,
      TargetInputCheck check,
      TargetWrites writes,
      AuditLog audit,
      Clock clock) {
    this.jdbc = jdbc;
    this.people = people;
    this.agreements = agreements;
    this.chainCheck = chainCheck;
    this.chains = chains;
    this.check = check;
    this.writes = writes;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  public long register(CurrentUser user, TargetInput in) {
    user.require(WatchPermissions.WATCH_MANAGE);
    Problems p = new Problems();
    if (in.personId() == null || !people.maySee(user, in.personId(), null)) {
      p.add("personId", "watch.target.validation.person");
    } else if (alreadyWatched(in.personId(), user.organizationId())) {
      p.add("personId", "watch.target.validation.already");
    }
    if (in.consent() == null) {
      p.add("consent", "validation.required");
    }
    Optional<Agreement> agreement = Optional.empty();
    if (in.agreementId() != null) {
      agreement = agreements.find(in.agreementId()).filter(a -> a.endedOn() == null);
      if (agreement.isEmpty()) {
        p.add("agreementId", "watch.target.validation.agreement");
      }
    }
    check.texts(in, p);
    List<ContactInput> contacts = orEmpty(in.contacts());
    check.contacts(contacts, p);
    Set<Long> watcherIds = check.watchers(orEmpty(in.watchers()), p);
    List<Schedule> schedules = check.expected(orEmpty(in.expectedContacts()), watcherIds, p);
    List<ChainStep> ownSteps = List.of();
    if (in.steps() != null && !in.steps().isEmpty()) {
      ownSteps = chainCheck.check(in.steps(), NumberedContacts.owner(agreement, contacts), p);
    } else if (agreement.isEmpty() || chains.forAgreement(agreement.get().id()).isEmpty()) {
      p.add("steps", "watch.target.validation.noChain");
    }
    p.throwIfAny();
    if (!people.lockForReference(in.personId())) {
      p.add("personId", "watch.target.validation.person");
      p.throwIfAny();
    }
    ConsentRequest c = in.consent();
    long consentId =
        people.recordConsent(
            user,
            in.personId(),
            new ConsentRequest(
                "WATCH",
                c.scopeOrganizationId() == null && c.scopeOrganizationType() == null
                    ? Long.valueOf(user.organizationId())
                    : c.scopeOrganizationId(),
                c.scopeOrganizationType(),
                c.givenBy(),
                c.proxyName(),
                c.proxyRelationship(),
                c.method(),
                c.givenOn(),
                c.endsOn()));
    Instant now = clock.instant();
    long targetId =
        writes.insertTarget(user, in, agreement.map(Agreement::id).orElse(null), consentId, now);
    List<Long> contactIds = writes.insertContacts(targetId, contacts);
    writes.insertWatchers(targetId, orEmpty(in.watchers()));
    writes.insertExpected(targetId, orEmpty(in.expectedContacts()), schedules, now);
    chains.replaceForTarget(targetId, NumberedContacts.withIds(ownSteps, contactIds));
    relate(in.personId(), targetId, consentId, participants(user, agreement, watcherIds));
    audit.record(AuditAction.CREATE, "watch_target", targetId, null);
    return targetId;
  }

  private Set<Long> participants(
      CurrentUser user, Optional<Agreement> agreement, Set<Long> watcherIds) {
    Set<Long> orgs = new LinkedHashSet<>();
    orgs.add(user.organizationId());
    agreement.ifPresent(a -> orgs.add(a.organizationId()));
    if (!watcherIds.isEmpty()) {
      orgs.addAll(
          jdbc.sql(
                  "SELECT DISTINCT organization_id FROM platform.user_directory WHERE id IN (:ids)")
              .param("ids", watcherIds)
              .query(Long.class)
              .list());
    }
    return orgs;
  }

  private void relate(long personId, long targetId, long consentId, Set<Long> orgs) {
    for (long org : orgs) {
      long relationship =
          people.recordRelationship(
              personId,
              org,
              RelationshipKind.WATCH,
              "watch_target:" + targetId,
              AccessGround.consent(consentId));
      jdbc.sql(
              "INSERT INTO watch.target_relationship (target_id, relationship_id, organization_id)"
                  + " VALUES (?, ?, ?)")
          .params(targetId, relationship, org)
          .update();
    }
  }

  private boolean alreadyWatched(long personId, long organizationId) {
    return jdbc.sql(
            "SELECT EXISTS (SELECT 1 FROM watch.target WHERE person_id = ? AND organization_id = ?"
                + " AND active)")
        .params(personId, organizationId)
        .query(Boolean.class)
        .single();
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }
}
