package org.tsunagu.demo.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.function.BiConsumer;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * The only place where demo data touches the tables of other modules. It bypasses their APIs
 * because it only seeds empty databases, and it uses COPY so that the city-scale set loads in
 * minutes. All writes go through the caller's connection and transaction.
 */
final class RegistryWriter {

  private final Connection connection;

  RegistryWriter(Connection connection) {
    this.connection = connection;
  }

  /** Serialises seeding between application nodes that start at the same time. */
  void lockForSeeding() throws SQLException {
    execute("LOCK TABLE people.organization IN EXCLUSIVE MODE");
  }

  boolean hasOrganizations() throws SQLException {
    return exists("SELECT EXISTS (SELECT 1 FROM people.organization)");
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

  /** Refreshes planner statistics; must run outside a transaction block to cover all tables. */
  void analyze() throws SQLException {
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
            "platform.app_user",
            "platform.api_token")) {
      execute("ANALYZE " + table);
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

  private <T> void copy(String target, List<T> items, BiConsumer<T, CopyRow> rows)
      throws SQLException {
    PGConnection pg = connection.unwrap(PGConnection.class);
    PGCopyOutputStream out = new PGCopyOutputStream(pg, "COPY " + target + " FROM STDIN", 1 << 16);
    try (Writer writer =
        new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16)) {
      CopyRow row = new CopyRow(writer);
      for (T item : items) {
        rows.accept(item, row);
      }
    } catch (IOException | UncheckedIOException e) {
      throw new SQLException("COPY into " + target + " failed", e);
    }
  }

  /** Writes rows in COPY's text format. */
  static final class CopyRow {
    private final Writer writer;

    CopyRow(Writer writer) {
      this.writer = writer;
    }

    void add(Object... values) {
      try {
        for (int i = 0; i < values.length; i++) {
          if (i > 0) {
            writer.write('\t');
          }
          writeValue(values[i]);
        }
        writer.write('\n');
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private void writeValue(Object value) throws IOException {
      if (value == null) {
        writer.write("\\N");
        return;
      }
      String s = value.toString();
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        switch (c) {
          case '\\' -> writer.write("\\\\");
          case '\t' -> writer.write("\\t");
          case '\n' -> writer.write("\\n");
          case '\r' -> writer.write("\\r");
          default -> writer.write(c);
        }
      }
    }
  }
}
