package org.tsunagu.aid.internal.demo.city;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tsunagu.aid.internal.ledger.Posting;
import org.tsunagu.aid.internal.settlement.VisitPosting;
import org.tsunagu.people.bulk.CityPersons;
import org.tsunagu.platform.demo.CopyIn;
import org.tsunagu.platform.demo.Dice;
import org.tsunagu.platform.demo.IdBlock;
import org.tsunagu.platform.time.WorkingDays;

/**
 * A programme's year in the city-scale set: each recipient's visits (about twenty, mostly by their
 * two usual supporters from their ward), requested, confirmed and reported; every month before the
 * last settled through the ledger (journals computed as settlement computes them) and closed, the
 * last month left to settle.
 */
final class CityHistory {

  private static final ZoneOffset JAPAN = ZoneOffset.ofHours(9);

  private record Visit(
      int recipient,
      int supporter,
      int item,
      LocalDateTime start,
      int minutes,
      int travel,
      int expense) {}

  private final Connection connection;
  private final CopyIn copy;
  private final CityPersons persons;
  private final Dice dice;
  private final WorkingDays days = WorkingDays.fromClasspath();

  CityHistory(Connection connection, CityPersons persons, Dice dice) {
    this.connection = connection;
    this.copy = new CopyIn(connection);
    this.persons = persons;
    this.dice = dice;
  }

  /** Writes the year and answers how many visits it holds. */
  int write(CityProgramme p, YearMonth first, YearMonth unsettled) throws SQLException {
    List<Visit> visits = plan(p, first, unsettled);
    long req = IdBlock.reserveIds(connection, AidTable.HELP_REQUEST, visits.size());
    long asg = IdBlock.reserveIds(connection, AidTable.ASSIGNMENT, visits.size());
    long rep = IdBlock.reserveIds(connection, AidTable.ACTIVITY_REPORT, visits.size());
    long jrn = IdBlock.reserveIds(connection, AidTable.JOURNAL, visits.size());
    CityLedger ledger = new CityLedger(connection, p);
    List<long[]> entries = new ArrayList<>(visits.size() * 4);
    List<Object[]> journals = new ArrayList<>();
    Long[] journalOf = new Long[visits.size()];
    for (int i = 0; i < visits.size(); i++) {
      Visit v = visits.get(i);
      YearMonth month = YearMonth.from(v.start());
      if (!month.isBefore(unsettled)) {
        continue;
      }
      Posting posting =
          VisitPosting.visit(
              p.fees,
              days,
              new VisitPosting.Visit(
                  v.start(),
                  v.minutes(),
                  p.recipient(v.recipient()),
                  p.supporter(v.supporter()),
                  null,
                  false,
                  v.travel(),
                  v.expense()));
      long journal = jrn + i;
      journalOf[i] = journal;
      journals.add(
          new Object[] {
            journal, month.atDay(1), month.plusMonths(1).atDay(1).atTime(10, 0).atOffset(JAPAN)
          });
      for (var line : posting.nonZero().entrySet()) {
        entries.add(
            new long[] {journal, ledger.post(line.getKey(), line.getValue()), line.getValue()});
      }
    }
    long entryId = IdBlock.reserveIds(connection, AidTable.ENTRY, Math.max(1, entries.size()));
    copy.copy(
        "aid.help_request (id, programme_id, recipient_id, menu_item_id, starts_at, minutes,"
            + " area_id, status, created_at, created_by)",
        indices(visits.size()),
        (i, row) -> {
          Visit v = visits.get(i);
          row.add(
              req + i,
              p.id,
              p.recipient(v.recipient()),
              p.menu[v.item()],
              v.start().atOffset(JAPAN),
              v.minutes(),
              null,
              "DONE",
              v.start().minusDays(5).atOffset(JAPAN),
              p.staffId);
        });
    copy.copy(
        "aid.assignment (id, request_id, supporter_id, status, created_at, created_by,"
            + " answered_at)",
        indices(visits.size()),
        (i, row) -> {
          OffsetDateTime at = visits.get(i).start().minusDays(4).atOffset(JAPAN);
          row.add(
              asg + i,
              req + i,
              p.supporter(visits.get(i).supporter()),
              "CONFIRMED",
              at,
              p.staffId,
              at);
        });
    copy.copy(
        "aid.activity_report (id, request_id, programme_id, supporter_id, started_at, ended_at,"
            + " done, travel_yen, expense_yen, reported_at, reported_by, journal_id)",
        indices(visits.size()),
        (i, row) -> {
          Visit v = visits.get(i);
          OffsetDateTime start = v.start().atOffset(JAPAN);
          row.add(
              rep + i,
              req + i,
              p.id,
              p.supporter(v.supporter()),
              start,
              start.plusMinutes(v.minutes()),
              "買い物・掃除",
              v.travel(),
              v.expense(),
              start.plusHours(3),
              p.staffId,
              journalOf[i]);
        });
    ledger.write(copy);
    copy.copy(
        "aid.journal (id, programme_id, month, kind, created_at, created_by)",
        journals,
        (j, row) -> row.add(j[0], p.id, j[1], "VISIT", j[2], p.staffId));
    copy.copy(
        "aid.entry (id, journal_id, account_id, amount)",
        indices(entries.size()),
        (i, row) -> row.add(entryId + i, entries.get(i)[0], entries.get(i)[1], entries.get(i)[2]));
    return visits.size();
  }

  private List<Visit> plan(CityProgramme p, YearMonth first, YearMonth unsettled) {
    Map<Integer, List<Integer>> byWard = new HashMap<>();
    for (int k = 0; k < p.supporterPersons.size(); k++) {
      byWard
          .computeIfAbsent(persons.ward(p.supporterPersons.get(k)), w -> new ArrayList<>())
          .add(k);
    }
    int months = (int) first.until(unsettled.plusMonths(1), java.time.temporal.ChronoUnit.MONTHS);
    List<Visit> visits = new ArrayList<>();
    for (int r = 0; r < p.recipientPersons.size(); r++) {
      List<Integer> near = byWard.getOrDefault(persons.ward(p.recipientPersons.get(r)), List.of());
      int usual =
          near.isEmpty()
              ? dice.nextInt(p.supporterPersons.size())
              : near.get(dice.nextInt(near.size()));
      int second =
          near.isEmpty()
              ? dice.nextInt(p.supporterPersons.size())
              : near.get(dice.nextInt(near.size()));
      int count = dice.between(10, 30);
      for (int n = 0; n < count; n++) {
        YearMonth month = first.plusMonths(dice.nextInt(months));
        LocalDate day = month.atDay(1 + dice.nextInt(month.lengthOfMonth()));
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
          day = day.minusDays(1);
        }
        if (!YearMonth.from(day).equals(month)) {
          day = day.plusDays(3);
        }
        double pick = dice.nextDouble();
        int supporter =
            pick < 0.7 ? usual : pick < 0.9 ? second : dice.nextInt(p.supporterPersons.size());
        visits.add(
            new Visit(
                r,
                supporter,
                dice.nextInt(5),
                day.atTime(9 + dice.nextInt(7), 30 * dice.nextInt(2)),
                60 + 30 * dice.nextInt(3),
                dice.chance(0.3) ? 100 * dice.between(2, 6) : 0,
                dice.chance(0.2) ? 100 * dice.between(3, 15) : 0));
      }
    }
    return visits;
  }

  private static List<Integer> indices(int n) {
    List<Integer> all = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      all.add(i);
    }
    return all;
  }
}
