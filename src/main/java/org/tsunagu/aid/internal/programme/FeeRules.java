package org.tsunagu.aid.internal.programme;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.util.Locale;
import java.util.Map;
import org.tsunagu.platform.time.WorkingDays;

/**
 * A programme's fee rules and the arithmetic they imply. A visit is charged at the band it starts
 * in; its time is charged at least {@code minimumMinutes}, then in whole {@code stepMinutes} steps
 * upwards (first hour, then 30 minutes); yen for a part of an hour are rounded down to the yen.
 */
public record FeeRules(
    int annualFeeYen,
    int feeYearStartMonth,
    int minimumMinutes,
    int stepMinutes,
    Integer maxMinutesPerDay,
    LocalTime weekdayFrom,
    LocalTime weekdayUntil,
    MonthDay yearEndFrom,
    MonthDay yearEndUntil,
    int cancelFreeDaysBefore,
    int cancelSameDayMinutes,
    boolean cancelNoNoticeFull,
    int payoutPerVisitYen,
    Map<Band, Rate> rates) {

  /** How the recipient cancelled, judged by when against the visit. */
  public enum Notice {
    DAY_BEFORE,
    SAME_DAY,
    NO_NOTICE
  }

  public FeeRules withRates(Map<Band, Rate> newRates) {
    return new FeeRules(
        annualFeeYen,
        feeYearStartMonth,
        minimumMinutes,
        stepMinutes,
        maxMinutesPerDay,
        weekdayFrom,
        weekdayUntil,
        yearEndFrom,
        yearEndUntil,
        cancelFreeDaysBefore,
        cancelSameDayMinutes,
        cancelNoNoticeFull,
        payoutPerVisitYen,
        Map.copyOf(newRates));
  }

  /** The recipient's hourly fee in a band, as screens show it (0 where the band has no rate). */
  public int recipientYenPerHour(String band) {
    Rate r = rates.get(Band.valueOf(band));
    return r == null ? 0 : r.recipientYenPerHour();
  }

  public Band band(LocalDateTime start, WorkingDays days) {
    LocalDate date = start.toLocalDate();
    if (inYearEnd(MonthDay.from(date))) {
      return Band.YEAR_END;
    }
    DayOfWeek dow = date.getDayOfWeek();
    if (dow == DayOfWeek.SATURDAY
        || dow == DayOfWeek.SUNDAY
        || days.holidayName(date, Locale.JAPANESE).isPresent()) {
      return Band.WEEKEND_HOLIDAY;
    }
    LocalTime t = start.toLocalTime();
    return !t.isBefore(weekdayFrom) && t.isBefore(weekdayUntil) ? Band.WEEKDAY : Band.OUT_OF_HOURS;
  }

  private boolean inYearEnd(MonthDay d) {
    return yearEndFrom.isAfter(yearEndUntil)
        ? !d.isBefore(yearEndFrom) || !d.isAfter(yearEndUntil)
        : !d.isBefore(yearEndFrom) && !d.isAfter(yearEndUntil);
  }

  /** The minutes charged for a visit of {@code minutes}: the minimum, then whole steps up. */
  public int chargedMinutes(int minutes) {
    if (minutes <= minimumMinutes) {
      return minimumMinutes;
    }
    int over = minutes - minimumMinutes;
    return minimumMinutes + (over + stepMinutes - 1) / stepMinutes * stepMinutes;
  }

  /** Yen for charged minutes at an hourly rate, the part of a yen dropped (切り捨て). */
  public static long yen(int chargedMinutes, int yenPerHour) {
    return Math.floorDiv((long) chargedMinutes * yenPerHour, 60);
  }

  public Notice notice(LocalDateTime visitStart, LocalDateTime cancelledAt) {
    if (!cancelledAt.isBefore(visitStart)) {
      return Notice.NO_NOTICE;
    }
    long daysBefore =
        java.time.temporal.ChronoUnit.DAYS.between(
            cancelledAt.toLocalDate(), visitStart.toLocalDate());
    return daysBefore >= Math.max(1, cancelFreeDaysBefore) ? Notice.DAY_BEFORE : Notice.SAME_DAY;
  }

  /** The minutes a cancellation charges the recipient for a visit booked for {@code minutes}. */
  public int cancellationMinutes(Notice notice, int minutes) {
    return switch (notice) {
      case DAY_BEFORE -> 0;
      case SAME_DAY -> Math.min(cancelSameDayMinutes, chargedMinutes(minutes));
      case NO_NOTICE ->
          cancelNoNoticeFull
              ? chargedMinutes(minutes)
              : Math.min(cancelSameDayMinutes, chargedMinutes(minutes));
    };
  }
}
