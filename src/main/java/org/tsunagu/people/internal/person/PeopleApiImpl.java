package org.tsunagu.people.internal.person;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.people.AccessGround;
import org.tsunagu.people.AreaLevel;
import org.tsunagu.people.AreaRef;
import org.tsunagu.people.BasisKind;
import org.tsunagu.people.ConsentRequest;
import org.tsunagu.people.OrganizationRef;
import org.tsunagu.people.OrganizationSuggestion;
import org.tsunagu.people.PeopleApi;
import org.tsunagu.people.PeoplePermissions;
import org.tsunagu.people.PersonHit;
import org.tsunagu.people.PersonSheet;
import org.tsunagu.people.PersonSummary;
import org.tsunagu.people.RelationshipKind;
import org.tsunagu.people.SupportDomain;
import org.tsunagu.people.internal.area.AreaChoices;
import org.tsunagu.people.internal.area.Areas;
import org.tsunagu.people.internal.consent.Consents;
import org.tsunagu.people.internal.organization.OrganizationLookups;
import org.tsunagu.platform.security.CurrentUser;

/**
 * The registry's public face, handing each question to the part of the module that answers it; the
 * visibility rule itself is the SQL view people.visibility.
 */
@Service
class PeopleApiImpl implements PeopleApi {

  private final PersonViews personViews;
  private final AccessRecords accessRecords;
  private final Consents consents;
  private final PersonSearch personSearch;
  private final OrganizationLookups organizations;
  private final Areas areas;
  private final AreaChoices areaChoices;

  PeopleApiImpl(
      PersonViews personViews,
      AccessRecords accessRecords,
      @Lazy Consents consents,
      PersonSearch personSearch,
      OrganizationLookups organizations,
      Areas areas,
      AreaChoices areaChoices) {
    this.personViews = personViews;
    this.accessRecords = accessRecords;
    this.consents = consents;
    this.personSearch = personSearch;
    this.organizations = organizations;
    this.areas = areas;
    this.areaChoices = areaChoices;
  }

  @Override
  public boolean visibleTo(long personId, long organizationId, String purpose) {
    return personViews.visibleTo(personId, organizationId, purpose);
  }

  @Override
  public boolean maySee(CurrentUser user, long personId, String purpose) {
    return personViews.maySee(user, personId, purpose);
  }

  @Override
  @Transactional
  public Optional<PersonSummary> findVisible(CurrentUser user, long personId, String purpose) {
    return personViews.findVisible(user, personId, purpose);
  }

  @Override
  public Optional<PersonSheet> sheet(CurrentUser user, long personId, String purpose) {
    return personViews.sheet(user, personId, purpose);
  }

  @Override
  @Transactional
  public boolean lockForReference(long personId) {
    return personViews.lockForReference(personId);
  }

  @Override
  public long currentId(long personId) {
    return personViews.currentId(personId);
  }

  @Override
  public boolean mentionsPerson(long personId, String text) {
    return personViews.mentionsPerson(personId, text);
  }

  @Override
  public List<PersonHit> search(CurrentUser user, String query, int limit) {
    if (!user.may(PeoplePermissions.PERSON_READ)) {
      return List.of();
    }
    return personSearch.search(user, query, 0).hits().stream().limit(limit).toList();
  }

  @Override
  public long recordConsent(CurrentUser user, long personId, ConsentRequest consent) {
    return consents.record(user, personId, consent);
  }

  @Override
  public void revokeConsent(CurrentUser user, long consentId, String reason) {
    consents.revoke(user, consentId, reason);
  }

  @Override
  @Transactional
  public long recordRelationship(
      long personId,
      long organizationId,
      RelationshipKind kind,
      String source,
      AccessGround ground) {
    return accessRecords.recordRelationship(personId, organizationId, kind, source, ground);
  }

  @Override
  @Transactional
  public void endRelationship(long relationshipId, String reason) {
    accessRecords.endRelationship(relationshipId, reason);
  }

  @Override
  @Transactional
  public long recordBasis(
      long personId,
      long organizationId,
      BasisKind kind,
      String reason,
      long decidedByUserId,
      Instant validUntil) {
    return accessRecords.recordBasis(
        personId, organizationId, kind, reason, decidedByUserId, validUntil);
  }

  @Override
  @Transactional
  public void endBasis(long basisId, long endedByUserId) {
    accessRecords.endBasis(basisId, endedByUserId);
  }

  @Override
  public Optional<OrganizationRef> organization(long organizationId) {
    return organizations.organization(organizationId);
  }

  @Override
  public List<OrganizationRef> organizations() {
    return organizations.activeOrganizations();
  }

  @Override
  public List<OrganizationSuggestion> suggestOrganizations(
      Set<SupportDomain> domains, Long areaId, Collection<Long> excluded, int limit) {
    return organizations.suggest(domains, areaId, excluded, limit);
  }

  @Override
  public List<String> areaPath(long areaId) {
    return areas.path(areaId);
  }

  @Override
  public List<AreaRef> areasDownTo(AreaLevel deepest) {
    return areaChoices.downTo(deepest);
  }

  @Override
  public List<Long> areaWithAncestors(long areaId) {
    return areas.withAncestors(areaId);
  }

  @Override
  public List<Long> areaWithDescendants(long areaId) {
    return areas.withDescendants(areaId);
  }
}
