package org.tsunagu.aid.internal.settlement;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.springframework.stereotype.Service;
import org.tsunagu.aid.internal.programme.Programmes;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.web.NotFoundException;
import org.tsunagu.platform.web.Problems;

/**
 * A programme's month settled and closed (精算). Starting records a RUNNING settlement and answers at
 * once; the work runs on a job thread ({@link SettlementRun}): every visit reported and every
 * cancellation up to the month's end not yet posted is posted in batches, each committed with its
 * progress and heartbeat, then the month is closed. A run cut short (its node killed) is resumed by
 * {@link SettlementSweep} on any node. A closed month is answered as it is: settling it again
 * changes nothing; a month being settled is answered with its run, never a second one.
 */
@Service
public class Settlements {

  /** {@code failure}: the message key saying why a FAILED run stopped. */
  public record Progress(
      long id,
      long programmeId,
      YearMonth month,
      String status,
      int doneItems,
      int totalItems,
      Instant startedAt,
      Instant finishedAt,
      String failure) {

    public boolean closed() {
      return "CLOSED".equals(status);
    }

    public boolean running() {
      return "RUNNING".equals(status);
    }

    public int percent() {
      return totalItems <= 0 ? (closed() ? 100 : 0) : Math.min(100, doneItems * 100 / totalItems);
    }
  }

  private final Programmes programmes;
  private final SettlementRecords records;
  private final SettlementRun run;
  private final SettlementSweep sweep;
  private final Clock clock;

  Settlements(
      Programmes programmes,
      SettlementRecords records,
      SettlementRun run,
      SettlementSweep sweep,
      Clock clock) {
    this.programmes = programmes;
    this.records = records;
    this.clock = clock;
    this.run = run;
    this.sweep = sweep;
  }

  /**
   * Starts settling the month on a job thread and answers its progress at once: the closed
   * settlement if the month is closed, the running one if it is being settled.
   */
  public Progress start(CurrentUser user, long programmeId, String month) {
    return begin(user, programmeId, month, sweep::submit);
  }

  /** Settles and closes the month in the caller's thread (the demo town builds on the result). */
  public Progress settle(CurrentUser user, long programmeId, String month) {
    Progress p = begin(user, programmeId, month, run::run);
    Progress after = records.latest(programmeId, p.month()).orElseThrow();
    if ("FAILED".equals(after.status())) {
      throw new IllegalStateException("settlement " + after.id() + " failed: " + after.failure());
    }
    return after;
  }

  private Progress begin(
      CurrentUser user, long programmeId, String month, BiConsumer<Long, String> runner) {
    programmes.managed(user, programmeId);
    YearMonth m = month(month);
    Optional<Progress> live = records.live(programmeId, m);
    if (live.isPresent()) {
      return live.get();
    }
    String token = SettlementRecords.newRunner();
    Optional<Long> id = records.insertRunning(programmeId, m, user.id(), token, clock.instant());
    if (id.isEmpty()) {
      // Another request started it between the look and the insert.
      return records.live(programmeId, m).orElseThrow();
    }
    Progress started = records.live(programmeId, m).orElseThrow();
    runner.accept(id.get(), token);
    return started;
  }

  /** The month's running or closed settlement (a failed run is not one). */
  public Optional<Progress> find(long programmeId, YearMonth month) {
    return records.live(programmeId, month);
  }

  public List<Progress> of(CurrentUser user, long programmeId) {
    programmes.managed(user, programmeId);
    return records.of(programmeId);
  }

  /** The month's running or closed settlement, else its latest failed run; 404 if never started. */
  public Progress progress(CurrentUser user, long programmeId, String month) {
    programmes.managed(user, programmeId);
    return current(programmeId, parse(month)).orElseThrow(NotFoundException::new);
  }

  public Optional<Progress> current(long programmeId, YearMonth month) {
    return records.latest(programmeId, month);
  }

  /** A month that has ended: the current month and later ones cannot be settled yet. */
  private YearMonth month(String value) {
    YearMonth m = parse(value);
    if (!m.isBefore(YearMonth.now(clock))) {
      Problems p = new Problems();
      p.add("month", "aid.validation.monthNotOver");
      p.throwIfAny();
    }
    return m;
  }

  static YearMonth parse(String value) {
    try {
      return YearMonth.parse(value == null ? "" : value.strip());
    } catch (java.time.format.DateTimeParseException e) {
      Problems p = new Problems();
      p.add("month", "aid.validation.month");
      p.throwIfAny();
      throw e;
    }
  }
}
