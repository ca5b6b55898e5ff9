package org.tsunagu.platform.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * Writes the platform's logins and API tokens for the city-scale set, and the demo town's first
 * administrator (whom no one is signed in yet to create), on the caller's connection and
 * transaction.
 */
public final class UserBulkWriter {

  /** The platform tables whose ids a bulk load reserves in advance. */
  public enum Table implements TableSequence {
    APP_USER;

    @Override
    public String qualifiedName() {
      return "platform.app_user";
    }
  }

  /** A login; every generated login shares one password hash. */
  public record User(
      long id, String username, String displayName, long organizationId, String role) {}

  private final Connection connection;
  private final CopyIn copyIn;

  public UserBulkWriter(Connection connection) {
    this.connection = connection;
    this.copyIn = new CopyIn(connection);
  }

  /** Inserts a login and returns its id. */
  public long user(
      String username, String passwordHash, String displayName, long orgId, String role)
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
  public void users(List<User> users, String passwordHash) throws SQLException {
    copyIn.copy(
        "platform.app_user (id, username, password_hash, display_name, organization_id, role)",
        users,
        (u, row) ->
            row.add(
                u.id(), u.username(), passwordHash, u.displayName(), u.organizationId(), u.role()));
  }

  public void apiToken(long userId, String name, byte[] tokenHash, Instant expiresAt)
      throws SQLException {
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

  /** As after a bulk load where autovacuum runs; must run outside a transaction block. */
  public void vacuumAnalyze() throws SQLException {
    try (Statement st = connection.createStatement()) {
      st.execute("VACUUM (ANALYZE) platform.app_user");
      st.execute("VACUUM (ANALYZE) platform.api_token");
    }
  }
}
