package org.tsunagu.aid.internal.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tsunagu.platform.time.WorkingDays;

/** The fee arithmetic with a real fee table (750円/h weekdays 6–22時, 960円 otherwise). */
public class FeeRulesTest {

  public static final FeeRules SHAKYO =
      new FeeRules(
          1000,
          4,
          60,
          30,
          240,
          LocalTime.of(6, 0),
          LocalTime.of(22, 0),
          MonthDay.of(12, 29),
          MonthDay.of(1, 3),
          1,
          60,
          true,
          0,
          Map.of(
              Band.WEEKDAY, new Rate(Band.WEEKDAY, 750, 600),
              Band.OUT_OF_HOURS, new Rate(Band.OUT_OF_HOURS, 960, 800),
              Band.WEEKEND_HOLIDAY, new Rate(Band.WEEKEND_HOLIDAY, 960, 800),
              Band.YEAR_END, new Rate(Band.YEAR_END, 960, 800)));

  final WorkingDays days = WorkingDays.fromClasspath();

  @Test
  void shouldChargeTheFirstHourThenWholeHalfHours() {
    assertThat(SHAKYO.chargedMinutes(20)).isEqualTo(60);
    assertThat(SHAKYO.chargedMinutes(60)).isEqualTo(60);
    assertThat(SHAKYO.chargedMinutes(61)).isEqualTo(90);
    assertThat(SHAKYO.chargedMinutes(90)).isEqualTo(90);
    assertThat(SHAKYO.chargedMinutes(91)).isEqualTo(120);
    assertThat(FeeRules.yen(90, 750)).isEqualTo(1125);
    assertThat(FeeRules.yen(20, 700)).as("233.33 rounded down").isEqualTo(233);
  }

  @Test
  void shouldPickTheBandByWhenTheVisitStarts() {
    assertThat(SHAKYO.band(LocalDateTime.of(2026, 12, 8, 10, 0), days)).isEqualTo(Band.WEEKDAY);
    assertThat(SHAKYO.band(LocalDateTime.of(2026, 12, 8, 22, 0), days))
        .isEqualTo(Band.OUT_OF_HOURS);
    assertThat(SHAKYO.band(LocalDateTime.of(2026, 12, 12, 10, 0), days))
        .as("Saturday")
        .isEqualTo(Band.WEEKEND_HOLIDAY);
    assertThat(SHAKYO.band(LocalDateTime.of(2026, 11, 23, 10, 0), days))
        .as("勤労感謝の日, a Monday")
        .isEqualTo(Band.WEEKEND_HOLIDAY);
    assertThat(SHAKYO.band(LocalDateTime.of(2026, 12, 30, 10, 0), days)).isEqualTo(Band.YEAR_END);
    assertThat(SHAKYO.band(LocalDateTime.of(2027, 1, 3, 10, 0), days)).isEqualTo(Band.YEAR_END);
    assertThat(SHAKYO.band(LocalDateTime.of(2027, 1, 4, 10, 0), days)).isEqualTo(Band.WEEKDAY);
  }

  @Test
  void shouldChargeCancellationsByTheNoticeGiven() {
    LocalDateTime visit = LocalDateTime.of(2026, 12, 8, 10, 0);
    assertThat(SHAKYO.notice(visit, visit.minusDays(1).withHour(18)))
        .isEqualTo(FeeRules.Notice.DAY_BEFORE);
    assertThat(SHAKYO.notice(visit, visit.minusHours(2))).isEqualTo(FeeRules.Notice.SAME_DAY);
    assertThat(SHAKYO.notice(visit, visit.plusMinutes(5))).isEqualTo(FeeRules.Notice.NO_NOTICE);
    assertThat(SHAKYO.cancellationMinutes(FeeRules.Notice.DAY_BEFORE, 120)).isZero();
    assertThat(SHAKYO.cancellationMinutes(FeeRules.Notice.SAME_DAY, 120)).isEqualTo(60);
    assertThat(SHAKYO.cancellationMinutes(FeeRules.Notice.NO_NOTICE, 100)).isEqualTo(120);
  }
}
