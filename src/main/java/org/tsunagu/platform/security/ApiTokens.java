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
  private final Users users;

  public ApiTokens(JdbcClient jdbc, Users users) {
    this.jdbc = jdbc;
    this.users = users;
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
  public Optional<CurrentUser> authenticate(String token) {
    byte[] hash = hash(token);
    Optional<Long> userId =
        jdbc.sql(
                "SELECT user_id, (last_used_at IS NULL OR last_used_at < now() - interval '5"
                    + " minutes') AS stale FROM platform.api_token WHERE token_hash = ? AND"
                    + " revoked_at IS NULL AND expires_at > now()")
            .param(hash)
            .query(
                (rs, n) -> {
                  if (rs.getBoolean("stale")) {
                    jdbc.sql(
                            "UPDATE platform.api_token SET last_used_at = now() WHERE token_hash = ?")
                        .param(hash)
                        .update();
                  }
                  return rs.getLong("user_id");
                })
            .optional();
    return userId.flatMap(users::findById).filter(u -> u.isEnabled() && u.isAccountNonLocked());
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
