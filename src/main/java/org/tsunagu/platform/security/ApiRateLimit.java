package org.tsunagu.platform.security;

import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Requests per minute for each API token, counted in this node's memory. */
@Component
class ApiRateLimit {

  private final Buckets perToken;

  ApiRateLimit(@Value("${tsunagu.api.requests-per-minute:600}") long perMinute) {
    this.perToken = new Buckets(perMinute, Duration.ofMinutes(1));
  }

  /** Takes a request from the token's bucket; empty when allowed, else how long to wait. */
  Optional<Duration> refusal(String token) {
    String key = Base64.getEncoder().encodeToString(ApiTokens.hash(token));
    ConsumptionProbe probe = perToken.of(key).tryConsumeAndReturnRemaining(1);
    return probe.isConsumed()
        ? Optional.empty()
        : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
  }
}
