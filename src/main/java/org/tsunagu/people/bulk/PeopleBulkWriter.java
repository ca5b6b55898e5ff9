package org.tsunagu.people.bulk;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.tsunagu.people.internal.person.Persons.SearchKeys;
import org.tsunagu.platform.demo.CopyIn;
import org.tsunagu.platform.demo.IdBlock;

/**
 * Writes the people tables for the demo town and the city-scale set. It bypasses the registry's
 * services because it only seeds empty databases, and it uses COPY so that the city-scale set loads
 * in minutes. All writes go through the caller's connection and transaction.
 */
public final class PeopleBulkWriter {

  private final Connection connection;
  private final CopyIn copyIn;

  public PeopleBulkWriter(Connection connection) {
    this.connection = connection;
    this.copyIn = new CopyIn(connection);
  }

  /** Serialises seeding between application nodes that start at the same time. */
  public void lockForSeeding() throws SQLException {
    execute("LOCK TABLE people.organization IN EXCLUSIVE MODE");
  }

  public boolean hasOrganizations() throws SQLException {
    return exists("SELECT EXISTS (SELECT 1 FROM people.organization)");
  }

  /** The registry's visibility rule for a consultation, on the rows written so far. */
  public boolean visibleTo(long personId, long organizationId) throws SQLException {
    try (PreparedStatement ps =
        connection.prepareStatement("SELECT people.visible_to(?, ?, 'CONSULTATION')")) {
      ps.setLong(1, personId);
      ps.setLong(2, organizationId);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getBoolean(1);
      }
    }
  }

  public boolean hasPersons() throws SQLException {
    return exists("SELECT EXISTS (SELECT 1 FROM people.person)");
  }

  /** Reserves {@code count} consecutive ids of a people table and returns the first. */
  public long reserveIds(PeopleTable table, int count) throws SQLException {
    return IdBlock.reserveIds(connection, table, count);
  }

  /** Ids of a people table handed out from a block of up to {@code capacity}. */
  public IdBlock idBlock(PeopleTable table, int capacity) throws SQLException {
    return IdBlock.reserve(connection, table, capacity);
  }

  /** The working days each organisation gives itself to answer a referral, by id. */
  public Map<Long, Integer> responseDays() throws SQLException {
    Map<Long, Integer> days = new HashMap<>();
    try (Statement st = connection.createStatement();
        ResultSet rs = st.executeQuery("SELECT id, response_days FROM people.organization")) {
      while (rs.next()) {
        days.put(rs.getLong(1), rs.getInt(2));
      }
    }
    return days;
  }

  public void areas(List<PeopleRows.Area> areas) throws SQLException {
    copy(
        "people.area (id, parent_id, level, name, code, latitude, longitude)",
        areas,
        (a, row) -> row.add(a.id(), a.parentId(), a.level(), a.name(), a.code(), a.lat(), a.lng()));
  }

  public void organizations(List<PeopleRows.Organization> organizations) throws SQLException {
    copy(
        "people.organization (id, name, type, phone, response_days)",
        organizations,
        (o, row) -> row.add(o.id(), o.name(), o.type(), o.phone(), o.responseDays()));
    copy(
        "people.organization_area (organization_id, area_id)",
        organizations,
        (o, row) -> o.areaIds().forEach(area -> row.add(o.id(), area)));
    copy(
        "people.organization_domain (organization_id, domain)",
        organizations,
        (o, row) -> o.domains().forEach(domain -> row.add(o.id(), domain)));
  }

  public void households(List<PeopleRows.Household> households) throws SQLException {
    copy(
        "people.household (id, reference)", households, (h, row) -> row.add(h.id(), h.reference()));
  }

  public void persons(List<PeopleRows.Person> persons) throws SQLException {
    copy(
        "people.person (id, family_name, given_name, family_kana, given_kana, birth_date, sex,"
            + " postcode, prefecture, municipality, address_line, area_id, phone, household_id,"
            + " living_alone, needs_support, name_key, kana_key, registered_by)",
        persons,
        (p, row) -> {
          SearchKeys keys =
              SearchKeys.of(p.familyName(), p.givenName(), p.familyKana(), p.givenKana());
          row.add(
              p.id(),
              p.familyName(),
              p.givenName(),
              p.familyKana(),
              p.givenKana(),
              p.birthDate(),
              p.sex(),
              p.postcode(),
              p.prefecture(),
              p.municipality(),
              p.addressLine(),
              p.areaId(),
              p.phone(),
              p.householdId(),
              p.livingAlone(),
              p.needsSupport(),
              keys.name(),
              keys.kana(),
              p.registeredBy());
        });
  }

  public void relationships(List<PeopleRows.Relationship> relationships) throws SQLException {
    copy(
        "people.relationship (person_id, organization_id, kind, source_ref)",
        relationships,
        (r, row) -> row.add(r.personId(), r.organizationId(), r.kind(), r.sourceRef()));
  }

  public void consents(List<PeopleRows.Consent> consents) throws SQLException {
    copy(
        "people.consent (person_id, purpose, scope_org_id, scope_org_type, given_by, method,"
            + " given_on, ends_on, recorded_by, recorded_org_id)",
        consents,
        (c, row) ->
            row.add(
                c.personId(),
                c.purpose(),
                c.scopeOrgId(),
                c.scopeOrgType(),
                "PERSON",
                "WRITTEN",
                c.givenOn(),
                c.endsOn(),
                c.recordedBy(),
                c.recordedOrgId()));
  }

  /**
   * Consents whose ids the caller reserved, purpose CONSULTATION; given by the person, or by a
   * family member (a proxy) when a proxy name is set.
   */
  public void sharingConsents(List<PeopleRows.SharingConsent> consents) throws SQLException {
    copy(
        "people.consent (id, person_id, purpose, scope_org_id, scope_org_type, given_by,"
            + " proxy_name, proxy_relationship, method, given_on, ends_on, recorded_by,"
            + " recorded_org_id, recorded_at)",
        consents,
        (c, row) ->
            row.add(
                c.id(),
                c.personId(),
                "CONSULTATION",
                c.scopeOrgId(),
                c.scopeOrgType(),
                c.proxyName() == null ? "PERSON" : "PROXY",
                c.proxyName(),
                c.proxyName() == null ? null : "FAMILY",
                c.method(),
                c.givenOn(),
                c.endsOn(),
                c.recordedBy(),
                c.recordedOrgId(),
                c.recordedAt()));
  }

  public void datedRelationships(List<PeopleRows.DatedRelationship> relationships)
      throws SQLException {
    copy(
        "people.relationship (id, person_id, organization_id, kind, source_ref, consent_id,"
            + " basis_id, started_at, ended_at, ended_reason)",
        relationships,
        (r, row) ->
            row.add(
                r.id(),
                r.personId(),
                r.organizationId(),
                r.kind(),
                r.sourceRef(),
                r.ground().consentId(),
                r.ground().basisId(),
                r.startedAt(),
                r.endedAt(),
                r.endedReason()));
  }

  public void accessBases(List<PeopleRows.AccessBasis> bases) throws SQLException {
    copy(
        "people.access_basis (id, person_id, organization_id, kind, reason, decided_by,"
            + " valid_from, ended_at, ended_by)",
        bases,
        (b, row) ->
            row.add(
                b.id(),
                b.personId(),
                b.organizationId(),
                b.kind(),
                b.reason(),
                b.decidedBy(),
                b.validFrom(),
                b.endedAt(),
                b.endedBy()));
  }

  public void duplicateCandidate(long personA, long personB, String reason) throws SQLException {
    try (PreparedStatement ps =
        connection.prepareStatement(
            "INSERT INTO people.duplicate_candidate (person_a, person_b, reason) VALUES (?, ?,"
                + " ?)")) {
      ps.setLong(1, Math.min(personA, personB));
      ps.setLong(2, Math.max(personA, personB));
      ps.setString(3, reason);
      ps.executeUpdate();
    }
  }

  /**
   * Sets the visibility map (index-only scans) and refreshes planner statistics, as autovacuum
   * would after a bulk load where it runs. Must run outside a transaction block.
   */
  public void vacuumAnalyze() throws SQLException {
    for (String table :
        List.of(
            "people.area",
            "people.organization",
            "people.organization_area",
            "people.organization_domain",
            "people.household",
            "people.person",
            "people.relationship",
            "people.consent",
            "people.access_basis")) {
      execute("VACUUM (ANALYZE) " + table);
    }
  }

  private boolean exists(String sql) throws SQLException {
    try (Statement st = connection.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getBoolean(1);
    }
  }

  private void execute(String sql) throws SQLException {
    try (Statement st = connection.createStatement()) {
      st.execute(sql);
    }
  }

  private <T> void copy(String target, List<T> items, BiConsumer<T, CopyIn.CopyRow> rows)
      throws SQLException {
    copyIn.copy(target, items, rows);
  }
}
