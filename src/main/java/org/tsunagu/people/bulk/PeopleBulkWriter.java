package org.tsunagu.people.bulk;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tsunagu.platform.demo.CopyIn;
import org.tsunagu.platform.demo.IdBlock;

/**
 * Writes the people tables for the city-scale set. It bypasses the registry's services because it
 * only seeds empty databases, and it uses COPY so that the set loads in minutes; the demo town,
 * small enough to go through the services, only takes the seeding lock here. All writes go through
 * the caller's connection and transaction.
 */
public final class PeopleBulkWriter {

  private final Connection connection;
  private final RegistrySeedCopy seed;
  private final ImpliedRecordsCopy implied;

  public PeopleBulkWriter(Connection connection) {
    this.connection = connection;
    CopyIn copyIn = new CopyIn(connection);
    this.seed = new RegistrySeedCopy(copyIn);
    this.implied = new ImpliedRecordsCopy(copyIn);
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
    seed.areas(areas);
  }

  public void organizations(List<PeopleRows.Organization> organizations) throws SQLException {
    seed.organizations(organizations);
  }

  public void households(List<PeopleRows.Household> households) throws SQLException {
    seed.households(households);
  }

  public void persons(List<PeopleRows.Person> persons) throws SQLException {
    seed.persons(persons);
  }

  public void relationships(List<PeopleRows.Relationship> relationships) throws SQLException {
    seed.relationships(relationships);
  }

  /**
   * Consents whose ids the caller reserved, purpose CONSULTATION; given by the person, or by a
   * family member (a proxy) when a proxy name is set.
   */
  public void sharingConsents(List<PeopleRows.SharingConsent> consents) throws SQLException {
    implied.sharingConsents(consents);
  }

  /** Consents whose ids the caller reserved, for a purpose of people.consent_purpose. */
  public void consents(String purpose, List<PeopleRows.SharingConsent> consents)
      throws SQLException {
    implied.consents(purpose, consents);
  }

  public void datedRelationships(List<PeopleRows.DatedRelationship> relationships)
      throws SQLException {
    implied.datedRelationships(relationships);
  }

  public void accessBases(List<PeopleRows.AccessBasis> bases) throws SQLException {
    implied.accessBases(bases);
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
}
