package org.tsunagu.aid.internal.settlement;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.test.context.TestComponent;
import org.tsunagu.aid.AidFixture;
import org.tsunagu.aid.internal.report.ActivityReports;
import org.tsunagu.aid.internal.report.ReportInput;
import org.tsunagu.platform.time.TokyoClock;

/** One-hour visits taken, confirmed and reported in a past month, as a settlement finds them. */
@TestComponent
class MonthVisits {

  private final AidFixture fixture;
  private final ActivityReports reports;
  private final TokyoClock clock;

  MonthVisits(AidFixture fixture, ActivityReports reports, TokyoClock clock) {
    this.fixture = fixture;
    this.reports = reports;
    this.clock = clock;
  }

  /**
   * Visits number {@code from} to {@code from + count - 1} of the month (Tuesday to Friday from its
   * second week on), each reported; answers the reports' ids.
   */
  List<Long> reported(AidFixture.Scheme s, YearMonth month, int from, int count) {
    LocalDate tuesday = month.atDay(8).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
    List<Long> ids = new ArrayList<>();
    for (int i = from; i < from + count; i++) {
      LocalDate day = tuesday.plusDays(i % 4).plusWeeks(i / 4);
      long request =
          clock.callAt(
              day.minusDays(3).atTime(9, 0).atZone(clock.getZone()).toInstant(),
              () -> {
                long r = fixture.request(s, day);
                fixture.confirm(s, r);
                return r;
              });
      ids.add(
          clock.callAt(
              day.atTime(13, 0).atZone(clock.getZone()).toInstant(),
              () ->
                  reports
                      .recordForSupporter(
                          s.coordinator(),
                          s.programme(),
                          request,
                          new ReportInput("10:00", "11:00", "買い物", 0, 0, null, false),
                          null)
                      .id()));
    }
    return ids;
  }
}
