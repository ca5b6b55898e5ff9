package org.tsunagu.aid.internal.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.function.Supplier;

/** Waits, bounded, for a settlement running on a job thread to reach a status. */
public final class SettlementAwait {

  private static final Duration AT_MOST = Duration.ofSeconds(30);

  private SettlementAwait() {}

  /** Polls {@code status} until it answers {@code expected}; fails after 30 seconds. */
  public static void until(Supplier<String> status, String expected) {
    long deadline = System.nanoTime() + AT_MOST.toNanos();
    String last = status.get();
    while (!expected.equals(last) && System.nanoTime() < deadline) {
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      last = status.get();
    }
    assertThat(last).as("settlement status within %s", AT_MOST).isEqualTo(expected);
  }
}
