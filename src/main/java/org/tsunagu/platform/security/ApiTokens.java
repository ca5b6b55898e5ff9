package org.tsunagu.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API tokens: 256 random bits shown once, stored as a SHA-256 hash (a slow hash buys nothing for
 * random secrets), owned by a user and acting with that user's rights, expiring and revocable.
 */
@Service
public class ApiTokens {

  public static final Duration MAX_LIFETIME = Duration.ofDays(365);
  private static final SecureRandom RANDOM = new SecureRandom();

  private final JdbcClient jdbc;
  private final RolePermissions permissions;

  public ApiTokens(JdbcClient jdbc, RolePermissions permissions) {
    this.jdbc = jdbc;
    this.permissions = permissions;
  }

  @Transactional
  public IssuedToken issue(long userId, String name, Duration lifetime) {
    Duration life = lifetime.compareTo(MAX_LIFETIME) > 0 ? MAX_LIFETIME : lifetime;
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    String token = "tsu_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    Instant expires = Instant.now().plus(life);
    long id =
        jdbc.sql(
                "INSERT INTO platform.api_token (user_id, name, token_hash, expires_at)"
                    + " VALUES (?, ?, ?, ?) RETURNING id")
            .params(userId, name, hash(token), java.sql.Timestamp.from(expires))
            .query(Long.class)
            .single();
    return new IssuedToken(id, name, token, expires);
  }

  /**
   * The user a live token acts for, or empty when it is unknown, expired or revoked. The last use
   * is recorded at most every few minutes, so concurrent calls with one token do not queue on its
   * row.
   */
  /** What a bearer request's authentication carries besides the user: which token it was. */
  public record TokenDetails(long tokenId) {}

  /** The token's user, and the token's id, for a valid token. */
  public record TokenUser(long tokenId, CurrentUser user) {}

  public Optional<TokenUser> authenticate(String token) {
    byte[] hash = hash(token);
    return jdbc.sql(
            "SELECT u.id, u.username, u.display_name, u.organization_id, u.role, u.locale,"
                + " u.text_size, u.date_style, u.enabled, NULL AS password_hash, t.id AS token_id,"
                + " (t.last_used_at IS NULL OR"
                + " t.last_used_at < now() - interval '5 minutes') AS stale FROM"
                + " platform.api_token t JOIN platform.app_user u ON u.id = t.user_id WHERE"
                + " t.token_hash = ? AND t.revoked_at IS NULL AND t.expires_at > now()")
        .param(hash)
        .query(
            (rs, n) -> {
              if (rs.getBoolean("stale")) {
                jdbc.sql("UPDATE platform.api_token SET last_used_at = now() WHERE token_hash = ?")
                    .param(hash)
                    .update();
              }
              return new TokenUser(rs.getLong("token_id"), Users.map(rs, permissions));
            })
        .optional()
        .filter(t -> t.user().isEnabled());
  }

  public List<TokenInfo> listFor(long userId) {
    return jdbc.sql(
            "SELECT id, name, created_at, expires_at, revoked_at, last_used_at FROM"
                + " platform.api_token WHERE user_id = ? ORDER BY created_at DESC")
        .param(userId)
        .query(
            (rs, n) ->
                new TokenInfo(
                    rs.getLong("id"),
                    rs.getString("name"),
                    rs.getTimestamp("created_at").toInstant(),
                    rs.getTimestamp("expires_at").toInstant(),
                    rs.getTimestamp("revoked_at") == null
                        ? null
                        : rs.getTimestamp("revoked_at").toInstant(),
                    rs.getTimestamp("last_used_at") == null
                        ? null
                        : rs.getTimestamp("last_used_at").toInstant()))
        .list();
  }

  /** Revokes one of the user's own tokens; true when a live token was revoked. */
  @Transactional
  public boolean revoke(long userId, long tokenId) {
    return jdbc.sql(
                "UPDATE platform.api_token SET revoked_at = now() WHERE id = ? AND user_id = ? AND"
                    + " revoked_at IS NULL")
            .params(tokenId, userId)
            .update()
        == 1;
  }

  static byte[] hash(String token) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public record IssuedToken(long id, String name, String token, Instant expiresAt) {}

  public record TokenInfo(
      long id,
      String name,
      Instant createdAt,
      Instant expiresAt,
      Instant revokedAt,
      Instant lastUsedAt) {
    public boolean live() {
      return revokedAt == null && expiresAt.isAfter(Instant.now());
    }
  }
}
