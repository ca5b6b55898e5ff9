package org.tsunagu.people;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tsunagu.platform.security.CurrentUser;

/** What other modules may ask of the registry. */
public interface PeopleApi {

  /** May this user see this person (for this purpose, or any when purpose is null)? */
  boolean maySee(CurrentUser user, long personId, String purpose);

  /**
   * A SQL predicate for list queries, true for persons the organisation bound as {@code :viewerOrg}
   * may see: {@code WHERE } + {@code visibleSql("c.person_id")}. It keeps paging and counts right;
   * never filter visibility in Java. It is a scalar sub-select on purpose: checked per candidate
   * row by index probes, it is never turned into a join that first reads every person an
   * organisation may see (400,000 for a city's 社協).
   */
  static String visibleSql(String personIdColumn) {
    return "coalesce((SELECT true FROM people.visibility v WHERE v.person_id = "
        + personIdColumn
        + " AND v.organization_id = :viewerOrg LIMIT 1), false)";
  }

  /** Does the organisation itself see this person for the purpose (null: any)? Not audited. */
  boolean visibleTo(long personId, long organizationId, String purpose);

  /** The person, if the user may see them; the read is audited. */
  default Optional<PersonSummary> findVisible(CurrentUser user, long personId) {
    return findVisible(user, personId, null);
  }

  /** The person, if the user may see them for the purpose (null: any); the read is audited. */
  Optional<PersonSummary> findVisible(CurrentUser user, long personId, String purpose);

  /**
   * The person's basic data and visible household for a face sheet, if the user may see them for
   * the purpose (null: any); the read and the household members shown are audited.
   */
  Optional<PersonSheet> sheet(CurrentUser user, long personId, String purpose);

  /**
   * Before a module writes a reference to the person: locks the person's row against a merge until
   * the transaction ends, and answers whether it exists and is not merged away. A merge that
   * started first is waited for, so a reference is either written before the merge (which then
   * moves it, PersonsMerged) or refused; it never points at a merged-away record.
   */
  boolean lockForReference(long personId);

  /** The survivor's id when the person was merged into another record; the id otherwise. */
  long currentId(long personId);

  /** A relationship of the organisation's own service to the person (it registered, leads…). */
  default long recordRelationship(
      long personId, long organizationId, RelationshipKind kind, String source) {
    return recordRelationship(personId, organizationId, kind, source, AccessGround.NONE);
  }

  /**
   * A relationship granted on a ground (a consent or an access basis): it lets the organisation see
   * the person only while that ground is in force.
   */
  long recordRelationship(
      long personId,
      long organizationId,
      RelationshipKind kind,
      String source,
      AccessGround ground);

  void endRelationship(long relationshipId, String reason);

  long recordBasis(
      long personId,
      long organizationId,
      BasisKind kind,
      String reason,
      long decidedByUserId,
      Instant validUntil);

  void endBasis(long basisId, long endedByUserId);

  /** Revokes a consent as the user, effective at once; refused like {@link #recordConsent}. */
  void revokeConsent(CurrentUser user, long consentId, String reason);

  /** Records a consent as the user; refused unless the user may record consents and see them. */
  long recordConsent(CurrentUser user, long personId, ConsentRequest consent);

  /**
   * Persons the user may see, best match first, by name or kana, with their age, 町丁目 and household
   * as the registry's own search shows them; the search is audited.
   */
  List<PersonHit> search(CurrentUser user, String query, int limit);

  Optional<OrganizationRef> organization(long organizationId);

  /** Every active organisation, for choosers. */
  List<OrganizationRef> organizations();

  /**
   * Active organisations declaring any of the domains, serving the area (or one above it, or with
   * no declared area) first, then by the number of domains matched.
   */
  List<OrganizationSuggestion> suggestOrganizations(
      Set<SupportDomain> domains, Long areaId, Collection<Long> excluded, int limit);

  /** The area's names from the municipality down: 古河市 › 古河圏域 › 本町二丁目. */
  List<String> areaPath(long areaId);

  /**
   * Areas from the municipalities down to the given level (say, 自治会 but not 町丁目), in tree order,
   * for choosers.
   */
  List<AreaRef> areasDownTo(AreaLevel deepest);

  /** The ids of the area and every area above it. */
  List<Long> areaWithAncestors(long areaId);

  /** The ids of the area and every area below it (empty when the area is unknown). */
  List<Long> areaWithDescendants(long areaId);

  /**
   * Does the text name the person (family or given name of two characters or more, or the full
   * name)? For checking that a text meant to travel without a basis does not identify them.
   */
  boolean mentionsPerson(long personId, String text);
}
