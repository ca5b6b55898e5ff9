package org.tsunagu.platform.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import java.time.Duration;

/**
 * Token buckets (Bucket4j) kept in this node's memory, one per key, each holding {@code capacity}
 * tokens refilled evenly over {@code period}. A bucket unused for a period is full again and is
 * forgotten; the number of keys is bounded, so a flood of new keys cannot fill the heap.
 */
final class Buckets {

  private static final long MAX_KEYS = 100_000;

  private final long capacity;
  private final Duration period;
  private final Cache<String, Bucket> buckets;

  Buckets(long capacity, Duration period) {
    this.capacity = capacity;
    this.period = period;
    this.buckets = Caffeine.newBuilder().maximumSize(MAX_KEYS).expireAfterAccess(period).build();
  }

  Bucket of(String key) {
    return buckets.get(
        key,
        k ->
            Bucket.builder()
                .addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, period))
                .build());
  }

  /** True when the key still has a token, without taking one. */
  boolean hasToken(String key) {
    Bucket bucket = buckets.getIfPresent(key);
    return bucket == null || bucket.getAvailableTokens() > 0;
  }
}
