package org.tsunagu.watch.internal.target;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * When a regular contact is next expected: its weekday (or every day) at its Tokyo time, the first
 * such moment after a given instant, and the deadline after the grace.
 */
public record Schedule(Integer weekday, LocalTime time, int graceMinutes) {

  static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

  /** The first occurrence strictly after {@code after}. */
  public Instant nextAfter(Instant after) {
    ZonedDateTime local = after.atZone(TOKYO);
    LocalDate day = local.toLocalDate();
    for (int i = 0; i <= 7; i++) {
      LocalDate d = day.plusDays(i);
      if (weekday == null || d.getDayOfWeek() == DayOfWeek.of(weekday)) {
        Instant at = d.atTime(time).atZone(TOKYO).toInstant();
        if (at.isAfter(after)) {
          return at;
        }
      }
    }
    throw new IllegalStateException("no occurrence within a week");
  }

  public Instant deadline(Instant occurrence) {
    return occurrence.plusSeconds(60L * graceMinutes);
  }

  /** Whether it falls on this Tokyo date. */
  public boolean on(LocalDate date) {
    return weekday == null || date.getDayOfWeek() == DayOfWeek.of(weekday);
  }
}
