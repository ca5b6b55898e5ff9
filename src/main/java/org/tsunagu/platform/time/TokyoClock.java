package org.tsunagu.platform.time;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The application's one clock, in Japan's time: services take the moment of an action (sent,
 * answered, recorded, closed) and today's date from it, never from {@code now()}.
 *
 * <p>One thread may set it back for the length of a callback ({@link #runAt}): the demo town acts
 * "at" past moments through the same services a worker uses, so its history is recorded as theirs
 * would be. The moment is held for the calling thread only and ends with the callback; every other
 * thread, a request's included, keeps the real time. It can only go back, never ahead.
 */
public final class TokyoClock extends Clock {

  public static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");

  private final Clock base;
  private final ThreadLocal<Instant> actingAt = new ThreadLocal<>();

  /** A clock that reads {@code base}'s instant (its zone is ignored). */
  public TokyoClock(Clock base) {
    this.base = Objects.requireNonNull(base, "base");
  }

  public static TokyoClock system() {
    return new TokyoClock(Clock.systemUTC());
  }

  @Override
  public ZoneId getZone() {
    return ZONE;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return ZONE.equals(zone) ? this : new Zoned(this, zone);
  }

  /** The calling thread's moment while it acts at one, otherwise the real time. */
  @Override
  public Instant instant() {
    Instant at = actingAt.get();
    return at != null ? at : base.instant();
  }

  /**
   * Runs {@code work} on this thread with the clock standing at {@code at}, a moment not after the
   * real time. The previous moment (the real time, or an outer callback's) is back when it returns
   * or throws.
   */
  public void runAt(Instant at, Runnable work) {
    callAt(
        at,
        () -> {
          work.run();
          return null;
        });
  }

  /** As {@link #runAt}, returning what {@code work} returns. */
  public <T> T callAt(Instant at, Supplier<T> work) {
    Objects.requireNonNull(at, "at");
    if (at.isAfter(base.instant())) {
      throw new IllegalArgumentException("the clock only goes back: " + at + " is ahead");
    }
    Instant previous = actingAt.get();
    actingAt.set(at);
    try {
      return work.get();
    } finally {
      if (previous == null) {
        actingAt.remove();
      } else {
        actingAt.set(previous);
      }
    }
  }

  /** The same clock seen in another zone. */
  private static final class Zoned extends Clock {
    private final TokyoClock clock;
    private final ZoneId zone;

    Zoned(TokyoClock clock, ZoneId zone) {
      this.clock = clock;
      this.zone = zone;
    }

    @Override
    public ZoneId getZone() {
      return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
      return clock.withZone(other);
    }

    @Override
    public Instant instant() {
      return clock.instant();
    }
  }
}
