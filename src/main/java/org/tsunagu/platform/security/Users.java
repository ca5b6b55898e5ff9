package org.tsunagu.platform.security;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Login accounts: lookup for sign-in and administration. Accounts are never locked by failed
 * sign-ins ({@link LoginThrottle} slows guessing instead); {@code failed_attempts} and {@code
 * locked_until} are no longer read or written.
 */
@Repository
public class Users implements UserDetailsService {

  /** The shortest password an account may have. */
  public static final int MIN_PASSWORD = 10;

  private static final String SELECT =
      "SELECT id, username, display_name, organization_id, role, locale, text_size, date_style,"
          + " enabled, password_hash FROM platform.app_user ";

  private final JdbcClient jdbc;
  private final PasswordEncoder passwordEncoder;
  private final RolePermissions permissions;

  public Users(JdbcClient jdbc, PasswordEncoder passwordEncoder, RolePermissions permissions) {
    this.jdbc = jdbc;
    this.passwordEncoder = passwordEncoder;
    this.permissions = permissions;
  }

  @Override
  public CurrentUser loadUserByUsername(String username) {
    return jdbc.sql(SELECT + "WHERE username = ?")
        .param(username == null ? "" : username.trim())
        .query((rs, n) -> map(rs, permissions))
        .optional()
        .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
  }

  public Optional<CurrentUser> findById(long id) {
    return jdbc.sql(SELECT + "WHERE id = ?")
        .param(id)
        .query((rs, n) -> map(rs, permissions))
        .optional();
  }

  public List<UserSummary> listForOrganizations(int limit, int offset) {
    return jdbc.sql(
            "SELECT id, username, display_name, organization_id, role, enabled"
                + " FROM platform.app_user ORDER BY organization_id, username LIMIT ? OFFSET ?")
        .params(limit, offset)
        .query(
            (rs, n) ->
                new UserSummary(
                    rs.getLong("id"),
                    rs.getString("username"),
                    rs.getString("display_name"),
                    rs.getLong("organization_id"),
                    Role.valueOf(rs.getString("role")),
                    rs.getBoolean("enabled")))
        .list();
  }

  @Transactional
  public long create(
      String username, String rawPassword, String displayName, long organizationId, Role role) {
    return jdbc.sql(
            "INSERT INTO platform.app_user (username, password_hash, display_name, organization_id,"
                + " role) VALUES (?, ?, ?, ?, ?) ON CONFLICT (username) DO NOTHING RETURNING id")
        .params(
            username, passwordEncoder.encode(rawPassword), displayName, organizationId, role.name())
        .query(Long.class)
        .optional()
        .orElseThrow(() -> new DuplicateUsernameException(username));
  }

  /** An administrator sets a new password, which the user must change. */
  @Transactional
  public void resetPassword(long userId, String rawPassword) {
    jdbc.sql(
            "UPDATE platform.app_user SET password_hash = ?, must_change_password = true,"
                + " updated_at = now() WHERE id = ?")
        .params(passwordEncoder.encode(rawPassword), userId)
        .update();
  }

  @Transactional
  public void changeOwnPassword(long userId, String rawPassword) {
    jdbc.sql(
            "UPDATE platform.app_user SET password_hash = ?, must_change_password = false,"
                + " updated_at = now() WHERE id = ?")
        .params(passwordEncoder.encode(rawPassword), userId)
        .update();
  }

  public boolean passwordMatches(long userId, String rawPassword) {
    String hash =
        jdbc.sql("SELECT password_hash FROM platform.app_user WHERE id = ?")
            .param(userId)
            .query(String.class)
            .single();
    return passwordEncoder.matches(rawPassword, hash);
  }

  @Transactional
  public void setEnabled(long userId, boolean enabled) {
    jdbc.sql("UPDATE platform.app_user SET enabled = ?, updated_at = now() WHERE id = ?")
        .params(enabled, userId)
        .update();
  }

  @Transactional
  public void savePreferences(long userId, String locale, TextSize textSize, DateStyle dateStyle) {
    jdbc.sql("UPDATE platform.app_user SET locale = ?, text_size = ?, date_style = ? WHERE id = ?")
        .params(locale, textSize.name(), dateStyle.name(), userId)
        .update();
  }

  static CurrentUser map(java.sql.ResultSet rs, RolePermissions permissions)
      throws java.sql.SQLException {
    Role role = Role.valueOf(rs.getString("role"));
    return new CurrentUser(
        rs.getLong("id"),
        rs.getString("username"),
        rs.getString("display_name"),
        rs.getLong("organization_id"),
        role,
        permissions.of(role),
        rs.getString("locale"),
        TextSize.valueOf(rs.getString("text_size")),
        DateStyle.valueOf(rs.getString("date_style")),
        rs.getBoolean("enabled"),
        rs.getString("password_hash"));
  }

  public record UserSummary(
      long id,
      String username,
      String displayName,
      long organizationId,
      Role role,
      boolean enabled) {}
}
