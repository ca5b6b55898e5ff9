package org.tsunagu.people.internal.person;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.people.AccessGround;
import org.tsunagu.people.AreaLevel;
import org.tsunagu.people.AreaRef;
import org.tsunagu.people.BasisKind;
import org.tsunagu.people.ConsentRequest;
import org.tsunagu.people.OrganizationRef;
import org.tsunagu.people.OrganizationSuggestion;
import org.tsunagu.people.OrganizationType;
import org.tsunagu.people.PeopleApi;
import org.tsunagu.people.PeoplePermissions;
import org.tsunagu.people.PersonHit;
import org.tsunagu.people.PersonSheet;
import org.tsunagu.people.PersonSummary;
import org.tsunagu.people.RelationshipKind;
import org.tsunagu.people.SupportDomain;
import org.tsunagu.people.internal.area.Areas;
import org.tsunagu.people.internal.consent.Consents;
import org.tsunagu.platform.audit.AuditAction;
import org.tsunagu.platform.audit.AuditLog;
import org.tsunagu.platform.security.CurrentUser;

/** The registry's public face; the visibility rule itself is the SQL view people.visibility. */
@Service
class PeopleApiImpl implements PeopleApi {

  private final JdbcClient jdbc;
  private final Persons persons;
  private final AuditLog audit;
  private final Consents consents;
  private final PersonSearch personSearch;
  private final Areas areas;
  private final Clock clock;

  PeopleApiImpl(
      JdbcClient jdbc,
      Persons persons,
      AuditLog audit,
      @org.springframework.context.annotation.Lazy Consents consents,
      PersonSearch personSearch,
      Areas areas,
      Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.persons = persons;
    this.audit = audit;
    this.consents = consents;
    this.personSearch = personSearch;
    this.areas = areas;
  }

  /**
   * The rule of {@code people.visible_to} written into the statement, so its plan is cached with
   * the statement's: called as a function, the rule is planned again at every call.
   */
  private static String visibleFor(String personIdColumn) {
    return "EXISTS (SELECT 1 FROM people.visibility v WHERE v.person_id = "
        + personIdColumn
        + " AND v.organization_id = :org AND (CAST(:purpose AS text) IS NULL OR v.purpose IS NULL"
        + " OR v.purpose = :purpose))";
  }

  @Override
  public boolean visibleTo(long personId, long organizationId, String purpose) {
    return jdbc.sql("SELECT " + visibleFor(":person"))
        .param("person", personId)
        .param("org", organizationId)
        .param("purpose", purpose, Types.VARCHAR)
        .query(Boolean.class)
        .single();
  }

  @Override
  public long recordConsent(CurrentUser user, long personId, ConsentRequest consent) {
    return consents.record(user, personId, consent);
  }

  @Override
  @Transactional
  public boolean lockForReference(long personId) {
    return jdbc.sql("SELECT merged_into IS NULL FROM people.person WHERE id = ? FOR SHARE")
        .param(personId)
        .query(Boolean.class)
        .optional()
        .orElse(false);
  }

  @Override
  public void revokeConsent(CurrentUser user, long consentId, String reason) {
    consents.revoke(user, consentId, reason);
  }

  @Override
  public List<PersonHit> search(CurrentUser user, String query, int limit) {
    if (!user.may(PeoplePermissions.PERSON_READ)) {
      return List.of();
    }
    return personSearch.search(user, query, 0).hits().stream().limit(limit).toList();
  }

  private static final String ORGANIZATION =
      "SELECT o.id, o.name, o.type, o.response_days, o.phone FROM people.organization o ";

  private static OrganizationRef organizationRef(java.sql.ResultSet rs, int n)
      throws java.sql.SQLException {
    return new OrganizationRef(
        rs.getLong("id"),
        rs.getString("name"),
        OrganizationType.valueOf(rs.getString("type")),
        rs.getInt("response_days"),
        rs.getString("phone"));
  }

  @Override
  public Optional<OrganizationRef> organization(long organizationId) {
    return jdbc.sql(ORGANIZATION + "WHERE o.id = ?")
        .param(organizationId)
        .query(PeopleApiImpl::organizationRef)
        .optional();
  }

  @Override
  public List<OrganizationRef> organizations() {
    return jdbc.sql(ORGANIZATION + "WHERE o.active ORDER BY o.type, o.name")
        .query(PeopleApiImpl::organizationRef)
        .list();
  }

  @Override
  public List<OrganizationSuggestion> suggestOrganizations(
      Set<SupportDomain> domains, Long areaId, Collection<Long> excluded, int limit) {
    if (domains.isEmpty()) {
      return List.of();
    }
    List<Long> areaIds = areaId == null ? List.of() : areas.withAncestors(areaId);
    List<Long> skip = new ArrayList<>(excluded);
    skip.add(-1L);
    return jdbc.sql(
            "SELECT * FROM (SELECT o.id, o.name, o.type, o.response_days, o.phone, (SELECT count(*)"
                + " FROM people.organization_domain d WHERE d.organization_id = o.id AND d.domain"
                + " IN (:domains)) AS matched, EXISTS (SELECT 1 FROM people.organization_area a"
                + " WHERE a.organization_id = o.id AND a.area_id IN (:areas)) AS serves_area, NOT"
                + " EXISTS (SELECT 1 FROM people.organization_area a WHERE a.organization_id ="
                + " o.id) AS everywhere FROM people.organization o WHERE o.active AND o.id NOT IN"
                + " (:skip)) s WHERE s.matched > 0 AND (:anyArea OR s.serves_area OR s.everywhere)"
                + " ORDER BY s.serves_area DESC, s.matched DESC, s.name COLLATE \"C\" LIMIT :limit")
        .param("domains", domains.stream().map(Enum::name).toList())
        .param("areas", areaIds.isEmpty() ? List.of(-1L) : areaIds)
        .param("anyArea", areaIds.isEmpty())
        .param("skip", skip)
        .param("limit", limit)
        .query(
            (rs, n) ->
                new OrganizationSuggestion(
                    organizationRef(rs, n), rs.getInt("matched"), rs.getBoolean("serves_area")))
        .list();
  }

  @Override
  public boolean mentionsPerson(long personId, String text) {
    if (text == null || text.isBlank()) {
      return false;
    }
    String folded = org.tsunagu.platform.text.JapaneseText.searchKey(text);
    return persons
        .find(personId)
        .map(
            p -> {
              String family = org.tsunagu.platform.text.JapaneseText.searchKey(p.familyName());
              String given = org.tsunagu.platform.text.JapaneseText.searchKey(p.givenName());
              String familyKana = org.tsunagu.platform.text.JapaneseText.searchKey(p.familyKana());
              return folded.contains(family + given)
                  || (family.length() >= 2 && folded.contains(family))
                  || (given.length() >= 2 && folded.contains(given))
                  || (familyKana.length() >= 3 && folded.contains(familyKana));
            })
        .orElse(false);
  }

  @Override
  public List<String> areaPath(long areaId) {
    return areas.path(areaId);
  }

  @Override
  public List<AreaRef> areasDownTo(AreaLevel deepest) {
    List<AreaRef> out = new ArrayList<>();
    addSubtree(null, deepest, out);
    return out;
  }

  private void addSubtree(Long parentId, AreaLevel deepest, List<AreaRef> out) {
    for (Areas.Area a : areas.children(parentId)) {
      if (a.level().compareTo(deepest) <= 0) {
        out.add(new AreaRef(a.id(), a.level(), areas.path(a.id())));
        addSubtree(a.id(), deepest, out);
      }
    }
  }

  @Override
  public List<Long> areaWithAncestors(long areaId) {
    return areas.withAncestors(areaId);
  }

  @Override
  public List<Long> areaWithDescendants(long areaId) {
    return areas.withDescendants(areaId);
  }

  @Override
  public boolean maySee(CurrentUser user, long personId, String purpose) {
    return user.may(PeoplePermissions.PERSON_READ)
        && visibleTo(personId, user.organizationId(), purpose);
  }

  @Override
  @Transactional
  public Optional<PersonSummary> findVisible(CurrentUser user, long personId, String purpose) {
    if (!user.may(PeoplePermissions.PERSON_READ)) {
      return Optional.empty();
    }
    // The rule and the read in one statement.
    Optional<PersonSummary> found =
        jdbc.sql(
                "SELECT p.id, p.family_name, p.given_name, p.family_kana, p.given_kana,"
                    + " p.birth_date, p.area_id, p.living_alone FROM people.person p WHERE p.id ="
                    + " :person AND "
                    + visibleFor("p.id"))
            .param("person", personId)
            .param("org", user.organizationId())
            .param("purpose", purpose, Types.VARCHAR)
            .query(
                (rs, n) ->
                    new PersonSummary(
                        rs.getLong("id"),
                        rs.getString("family_name"),
                        rs.getString("given_name"),
                        rs.getString("family_kana"),
                        rs.getString("given_kana"),
                        rs.getObject("birth_date", java.time.LocalDate.class),
                        (Long) rs.getObject("area_id"),
                        rs.getBoolean("living_alone")))
            .optional();
    found.ifPresent(p -> audit.record(AuditAction.READ, "person", p.id(), "summary"));
    return found;
  }

  @Override
  public Optional<PersonSheet> sheet(CurrentUser user, long personId, String purpose) {
    return findVisible(user, personId, purpose)
        .flatMap(summary -> persons.find(summary.id()).map(p -> sheet(user, summary, p)));
  }

  private PersonSheet sheet(CurrentUser user, PersonSummary summary, PersonRecord p) {
    List<PersonSummary> household =
        p.householdId() == null
            ? List.of()
            : persons.householdMembers(p.householdId(), user.organizationId()).stream()
                .filter(m -> m.id() != p.id())
                .map(
                    m ->
                        new PersonSummary(
                            m.id(),
                            m.familyName(),
                            m.givenName(),
                            m.familyKana(),
                            m.givenKana(),
                            m.birthDate(),
                            m.areaId(),
                            m.livingAlone()))
                .toList();
    audit.recordSearch("person", "household", household.stream().map(PersonSummary::id).toList());
    String address =
        java.util.stream.Stream.of(p.prefecture(), p.municipality(), p.addressLine())
            .filter(part -> part != null && !part.isBlank())
            .collect(java.util.stream.Collectors.joining());
    return new PersonSheet(
        summary, p.sex().name(), p.postcode(), address, p.phone(), p.needsSupport(), household);
  }

  @Override
  public long currentId(long personId) {
    long id = personId;
    for (int hops = 0; hops < 20; hops++) {
      Long next =
          jdbc.sql("SELECT merged_into FROM people.person WHERE id = ?")
              .param(id)
              .query((rs, n) -> (Long) rs.getObject(1))
              .optional()
              .orElse(null);
      if (next == null) {
        return id;
      }
      id = next;
    }
    return id;
  }

  @Override
  @Transactional
  public long recordRelationship(
      long personId,
      long organizationId,
      RelationshipKind kind,
      String source,
      AccessGround ground) {
    return jdbc.sql(
            "INSERT INTO people.relationship (person_id, organization_id, kind, source_ref,"
                + " consent_id, basis_id, started_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id")
        .param(1, personId)
        .param(2, organizationId)
        .param(3, kind.name())
        .param(4, source, Types.VARCHAR)
        .param(5, ground.consentId(), Types.BIGINT)
        .param(6, ground.basisId(), Types.BIGINT)
        .param(7, Timestamp.from(clock.instant()))
        .query(Long.class)
        .single();
  }

  @Override
  @Transactional
  public void endRelationship(long relationshipId, String reason) {
    jdbc.sql(
            "UPDATE people.relationship SET ended_at = ?, ended_reason = ? WHERE id = ? AND"
                + " ended_at IS NULL")
        .params(Timestamp.from(clock.instant()), reason, relationshipId)
        .update();
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
    long id =
        jdbc.sql(
                // Valid from the moment it was decided, and never later than this transaction:
                // the rule compares valid_from with the database's now().
                "INSERT INTO people.access_basis (person_id, organization_id, kind, reason,"
                    + " decided_by, valid_until, valid_from) VALUES (?, ?, ?, ?, ?, ?, least(?,"
                    + " now())) RETURNING id")
            .params(
                personId,
                organizationId,
                kind.name(),
                reason,
                decidedByUserId,
                validUntil == null ? null : Timestamp.from(validUntil),
                Timestamp.from(clock.instant()))
            .query(Long.class)
            .single();
    audit.record(AuditAction.BASIS_RECORDED, "person", personId, "basis=" + id + ";kind=" + kind);
    return id;
  }

  @Override
  @Transactional
  public void endBasis(long basisId, long endedByUserId) {
    jdbc.sql(
            "UPDATE people.access_basis SET ended_at = ?, ended_by = ? WHERE id = ? AND"
                + " ended_at IS NULL")
        .params(Timestamp.from(clock.instant()), endedByUserId, basisId)
        .update();
    audit.record(AuditAction.BASIS_ENDED, "access_basis", basisId, null);
  }
}
