package org.tsunagu.watch.internal.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.tsunagu.platform.time.WorkingDays;

/**
 * A desk is reached on working days in Asia/Tokyo between its hours: not at night, on weekends,
 * national holidays or over the new year.
 */
class DeskHoursTest {

  static final LocalTime OPENS = LocalTime.of(8, 30);
  static final LocalTime CLOSES = LocalTime.of(17, 15);

  final DeskHours hours = new DeskHours(WorkingDays.fromClasspath());

  @Test
  void shouldBeOpenOnAWorkingDayInItsHoursInTokyo() {
    assertThat(open("2026-12-01T08:30")).isTrue();
    assertThat(open("2026-12-01T17:14")).isTrue();
    assertThat(open("2026-12-01T08:29")).isFalse();
    assertThat(open("2026-12-01T17:15")).isFalse();
    assertThat(open("2026-12-01T23:00")).isFalse();
  }

  @Test
  void shouldBeClosedOnWeekendsHolidaysAndTheNewYear() {
    assertThat(open("2026-11-29T10:00")).as("Sunday").isFalse();
    assertThat(open("2026-11-23T10:00")).as("勤労感謝の日").isFalse();
    assertThat(open("2026-12-30T10:00")).as("年末").isFalse();
    assertThat(open("2027-01-04T10:00")).as("仕事始め").isTrue();
  }

  @Test
  void shouldJudgeTheHourInTokyoWhateverTheServersZone() {
    // 2026-12-01 00:30 UTC is 09:30 in Tokyo.
    assertThat(hours.open(java.time.Instant.parse("2026-12-01T00:30:00Z"), OPENS, CLOSES)).isTrue();
    assertThat(hours.open(java.time.Instant.parse("2026-12-01T09:00:00Z"), OPENS, CLOSES))
        .isFalse();
  }

  private boolean open(String tokyo) {
    return hours.open(
        LocalDateTime.parse(tokyo).atZone(ZoneId.of("Asia/Tokyo")).toInstant(), OPENS, CLOSES);
  }
}
