package org.tsunagu.demo.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * The only place where demo data touches the tables of other modules. It bypasses their APIs
 * because it only seeds empty databases, and it uses COPY so that the city-scale set loads in
 * minutes. All writes go through the caller's connection and transaction.
 */
final class RegistryWriter {

  private final Connection connection;
  private final CopyIn copyIn;

  RegistryWriter(Connection connection) {
    this.connection = connection;
    this.copyIn = new CopyIn(connection);
  }

  /** Serialises seeding between application nodes that start at the same time. */
  void lockForSeeding() throws SQLException {
    execute("LOCK TABLE people.organization IN EXCLUSIVE MODE");
  }

  boolean hasOrganizations() throws SQLException {
    return exists("SELECT EXISTS (SELECT 1 FROM people.organization)");
  }

  /** The registry's visibility rule for a consultation, on the rows written so far. */
  boolean visibleTo(long personId, long organizationId) throws SQLException {
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

  boolean hasPersons() throws SQLException {
    return exists("SELECT EXISTS (SELECT 1 FROM people.person)");
  }

  /** Reserves {@code count} consecutive ids of a bigserial column and returns the first. */
  long reserveIds(String table, int count) throws SQLException {
    if (count == 0) {
      return 0;
    }
    try (PreparedStatement ps =
        connection.prepareStatement(
            "SELECT setval(pg_get_serial_sequence(?, 'id'),"
                + " nextval(pg_get_serial_sequence(?, 'id')) + ? - 1) - ? + 1")) {
      ps.setString(1, table);
      ps.setString(2, table);
      ps.setInt(3, count);
      ps.setInt(4, count);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /**
   * Sets a bigserial column's sequence so that the next id follows {@code lastUsed}, giving back
   * what a reservation did not use.
   */
  void releaseIdsAfter(String table, long firstReserved, long lastUsed) throws SQLException {
    try (PreparedStatement ps =
        connection.prepareStatement("SELECT setval(pg_get_serial_sequence(?, 'id'), ?, ?)")) {
      ps.setString(1, table);
      boolean used = lastUsed >= firstReserved;
      ps.setLong(2, used ? lastUsed : firstReserved);
      ps.setBoolean(3, used);
      ps.executeQuery().close();
    }
  }

  void areas(List<Rows.Area> areas) throws SQLException {
    copy(
        "people.area (id, parent_id, level, name, code, latitude, longitude)",
        areas,
        (a, row) -> row.add(a.id(), a.parentId(), a.level(), a.name(), a.code(), a.lat(), a.lng()));
  }

  void organizations(List<Rows.Organization> organizations) throws SQLException {
    copy(
        "people.organization (id, name, type, phone)",
        organizations,
        (o, row) -> row.add(o.id(), o.name(), o.type(), o.phone()));
    copy(
        "people.organization_area (organization_id, area_id)",
        organizations,
        (o, row) -> o.areaIds().forEach(area -> row.add(o.id(), area)));
    copy(
        "people.organization_domain (organization_id, domain)",
        organizations,
        (o, row) -> o.domains().forEach(domain -> row.add(o.id(), domain)));
  }

  void households(List<Rows.Household> households) throws SQLException {
    copy(
        "people.household (id, reference)", households, (h, row) -> row.add(h.id(), h.reference()));
  }

  void persons(List<Rows.Person> persons) throws SQLException {
    copy(
        "people.person (id, family_name, given_name, family_kana, given_kana, birth_date, sex,"
            + " postcode, prefecture, municipality, address_line, area_id, phone, household_id,"
            + " living_alone, needs_support, name_key, kana_key, registered_by)",
        persons,
        (p, row) -> {
          SyntheticPerson s = p.person();
          String nameKey = s.nameKey();
          String kanaKey = s.kanaKey();
          row.add(
              p.id(),
              s.familyName(),
              s.givenName(),
              s.familyKana(),
              s.givenKana(),
              s.birthDate(),
              s.sex(),
              p.postcode(),
              p.prefecture(),
              p.municipality(),
              p.addressLine(),
              p.areaId(),
              s.phone(),
              p.householdId(),
              p.livingAlone(),
              p.needsSupport(),
              nameKey,
              kanaKey,
              p.registeredBy());
        });
  }

  void relationships(List<Rows.Relationship> relationships) throws SQLException {
    copy(
        "people.relationship (person_id, organization_id, kind, source_ref)",
        relationships,
        (r, row) -> row.add(r.personId(), r.organizationId(), r.kind(), r.sourceRef()));
  }

  void consents(List<Rows.Consent> consents) throws SQLException {
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
  void sharingConsents(List<Rows.SharingConsent> consents) throws SQLException {
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

  void datedRelationships(List<Rows.DatedRelationship> relationships) throws SQLException {
    copy(
        "people.relationship (id, person_id, organization_id, kind, source_ref, started_at,"
            + " ended_at, ended_reason)",
        relationships,
        (r, row) ->
            row.add(
                r.id(),
                r.personId(),
                r.organizationId(),
                r.kind(),
                r.sourceRef(),
                r.startedAt(),
                r.endedAt(),
                r.endedReason()));
  }

  void accessBases(List<Rows.AccessBasis> bases) throws SQLException {
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

  void duplicateCandidate(long personA, long personB, String reason) throws SQLException {
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

  /** Inserts a login and returns its id. */
  long user(String username, String passwordHash, String displayName, long orgId, String role)
      throws SQLException {
    try (PreparedStatement ps =
        connection.prepareStatement(
            "INSERT INTO platform.app_user (username, password_hash, display_name,"
                + " organization_id, role) VALUES (?, ?, ?, ?, ?) RETURNING id")) {
      ps.setString(1, username);
      ps.setString(2, passwordHash);
      ps.setString(3, displayName);
      ps.setLong(4, orgId);
      ps.setString(5, role);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /** Logins whose ids the caller reserved, all with the same password hash. */
  void users(List<Rows.User> users, String passwordHash) throws SQLException {
    copy(
        "platform.app_user (id, username, password_hash, display_name, organization_id, role)",
        users,
        (u, row) ->
            row.add(
                u.id(), u.username(), passwordHash, u.displayName(), u.organizationId(), u.role()));
  }

  void apiToken(long userId, String name, byte[] tokenHash, Instant expiresAt) throws SQLException {
    try (PreparedStatement ps =
        connection.prepareStatement(
            "INSERT INTO platform.api_token (user_id, name, token_hash, expires_at)"
                + " VALUES (?, ?, ?, ?)")) {
      ps.setLong(1, userId);
      ps.setString(2, name);
      ps.setBytes(3, tokenHash);
      ps.setTimestamp(4, Timestamp.from(expiresAt));
      ps.executeUpdate();
    }
  }

  /**
   * Sets the visibility map (index-only scans) and refreshes planner statistics, as autovacuum
   * would after a bulk load where it runs. Must run outside a transaction block.
   */
  void vacuumAnalyze() throws SQLException {
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
            "people.access_basis",
            "platform.app_user",
            "platform.api_token")) {
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
