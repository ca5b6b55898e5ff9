package org.tsunagu.watch.internal.chain;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.springframework.stereotype.Component;
import org.tsunagu.platform.time.WorkingDays;

/**
 * Whether a step reached only in office hours can be reached at a moment: on a working day in
 * Asia/Tokyo (not a weekend, a national holiday or 12/29–1/3) between its opening and closing.
 */
@Component
public class DeskHours {

  private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

  private final WorkingDays workingDays;

  DeskHours(WorkingDays workingDays) {
    this.workingDays = workingDays;
  }

  public boolean open(Instant at, LocalTime opens, LocalTime closes) {
    ZonedDateTime local = at.atZone(TOKYO);
    LocalTime time = local.toLocalTime();
    return workingDays.isWorkingDay(local.toLocalDate())
        && !time.isBefore(opens)
        && time.isBefore(closes);
  }
}
