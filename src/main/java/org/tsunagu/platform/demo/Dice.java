package org.tsunagu.platform.demo;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Predicate;

/**
 * Seeded choices for generated data: the same seed gives the same draws in the same order. Times
 * fall in office hours of working days in Japan (UTC+9, no daylight saving) where they can.
 */
public final class Dice {

  public static final ZoneOffset JAPAN = ZoneOffset.ofHours(9);
  private static final int OFFICE_OPENS = 9 * 60;
  private static final int OFFICE_MINUTES = 8 * 60 + 30;

  private final SplittableRandom random;
  private final Predicate<LocalDate> workingDay;

  /** Dice whose office days are Monday to Friday. */
  public Dice(long seed) {
    this(seed, day -> day.getDayOfWeek().getValue() <= 5);
  }

  public Dice(long seed, Predicate<LocalDate> workingDay) {
    this.random = new SplittableRandom(seed);
    this.workingDay = workingDay;
  }

  /** {@code day} if it is a working day, otherwise the working day before it. */
  public LocalDate workingDayOnOrBefore(LocalDate day) {
    LocalDate d = day;
    for (int i = 0; i < 14 && !workingDay.test(d); i++) {
      d = d.minusDays(1);
    }
    return d;
  }

  /** A number in [0, bound). */
  public int nextInt(int bound) {
    return random.nextInt(bound);
  }

  /** A number in [min, max], both included. */
  public int between(int min, int max) {
    return min + random.nextInt(max - min + 1);
  }

  public double nextDouble() {
    return random.nextDouble();
  }

  public boolean chance(double p) {
    return random.nextDouble() < p;
  }

  public <T> T pick(List<T> items) {
    return items.get(random.nextInt(items.size()));
  }

  public <T> T pick(T[] items) {
    return items[random.nextInt(items.length)];
  }

  /** Midnight at the start of {@code day} in Japan. */
  public static OffsetDateTime startOf(LocalDate day) {
    return day.atStartOfDay().atOffset(JAPAN);
  }

  /** A minute of the office day (9:00–17:30) on {@code day}. */
  public OffsetDateTime officeTime(LocalDate day) {
    return startOf(day).plusMinutes(OFFICE_OPENS + random.nextInt(OFFICE_MINUTES));
  }

  /** A minute shortly before {@code t} on the same day, not before the office opens. */
  public OffsetDateTime shortlyBefore(OffsetDateTime t) {
    OffsetDateTime opens = startOf(t.toLocalDate()).plusMinutes(OFFICE_OPENS - 15);
    OffsetDateTime earliest = t.minusHours(6);
    return between(earliest.isAfter(opens) ? earliest : opens, t.minusMinutes(5));
  }

  /** A minute in [from, to]; {@code from} when the range is empty. */
  public OffsetDateTime between(OffsetDateTime from, OffsetDateTime to) {
    long minutes = Duration.between(from, to).toMinutes();
    return minutes <= 0 ? from : from.plusMinutes(random.nextLong(minutes + 1));
  }

  /**
   * A moment after {@code from}, at most {@code maxDays} calendar days later and never after {@code
   * limit}: office hours of a day in that range when one fits, otherwise within three hours.
   */
  public OffsetDateTime later(OffsetDateTime from, OffsetDateTime limit, int maxDays) {
    if (!limit.isAfter(from)) {
      return from;
    }
    LocalDate first = from.toLocalDate();
    LocalDate last = limit.toLocalDate();
    if (last.isAfter(first.plusDays(maxDays))) {
      last = first.plusDays(maxDays);
    }
    LocalDate day =
        first.plusDays(random.nextInt((int) (last.toEpochDay() - first.toEpochDay()) + 1));
    OffsetDateTime t = officeTime(day);
    if (t.isAfter(from) && !t.isAfter(limit)) {
      return t;
    }
    OffsetDateTime start = from.plusMinutes(1);
    if (start.isAfter(limit)) {
      return limit;
    }
    OffsetDateTime soon = from.plusHours(3);
    return between(start, soon.isBefore(limit) ? soon : limit);
  }
}
