package org.tsunagu.demo.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.tsunagu.platform.demo.CityScaleContext.BenchmarkLogin;
import org.tsunagu.platform.demo.UserBulkWriter;

/**
 * API tokens for the benchmark's logins, as the application issues them ({@code tsu_} and 256
 * random bits, stored as their SHA-256), valid for 30 days.
 */
final class BenchmarkTokens {

  private final UserBulkWriter users;
  private final SecureRandom random = new SecureRandom();

  BenchmarkTokens(UserBulkWriter users) {
    this.users = users;
  }

  CityScaleGenerator.Login issue(BenchmarkLogin login) throws SQLException {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    String token = "tsu_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    users.apiToken(
        login.userId(), "benchmark", sha256(token), Instant.now().plus(Duration.ofDays(30)));
    return new CityScaleGenerator.Login(login.username(), token);
  }

  static byte[] sha256(String token) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
