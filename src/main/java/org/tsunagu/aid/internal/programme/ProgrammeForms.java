package org.tsunagu.aid.internal.programme;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The rules form as it first opens: a new programme's with the values most schemes use
 * (domain-facts: fee year from April, the first hour then 30-minute steps, 12-29 to 01-03, free
 * cancellation up to the day before, one hour on the day, full time without notice), or a
 * programme's current rules with the services it offers now and a few empty rows to add more.
 */
final class ProgrammeForms {

  /** Empty menu rows offered below a programme's services. */
  private static final int EMPTY_MENU_ROWS = 3;

  /** Empty menu rows on a new programme's form. */
  private static final int NEW_MENU_ROWS = 8;

  private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MM-dd");

  /** A new programme's form, with the rules most schemes use already filled in. */
  static ProgrammeForm blank() {
    return new ProgrammeForm(
        null,
        null,
        "4",
        "60",
        "30",
        null,
        null,
        null,
        "12-29",
        "01-03",
        "1",
        "60",
        "true",
        "0",
        "NONE",
        List.of("SELF"),
        null,
        null,
        "KEEP",
        "FORFEIT",
        "0",
        List.of(),
        List.of(),
        padded(List.of(), NEW_MENU_ROWS),
        padded(List.of(), NEW_MENU_ROWS),
        List.of());
  }

  /** The form filled with a programme's current rules and the services it offers now. */
  static ProgrammeForm of(Programme p) {
    FeeRules f = p.fees();
    CreditRules c = p.credits();
    List<String> recipient = new ArrayList<>();
    List<String> supporter = new ArrayList<>();
    for (Band b : Band.values()) {
      Rate r = f.rates().get(b);
      recipient.add(r == null ? null : String.valueOf(r.recipientYenPerHour()));
      supporter.add(r == null ? null : String.valueOf(r.supporterYenPerHour()));
    }
    List<String> codes = new ArrayList<>();
    List<String> names = new ArrayList<>();
    List<String> driving = new ArrayList<>();
    for (MenuItem m : p.menu()) {
      if (m.active()) {
        if (m.needsDriving()) {
          driving.add(String.valueOf(codes.size()));
        }
        codes.add(m.code());
        names.add(m.name());
      }
    }
    return new ProgrammeForm(
        p.name(),
        String.valueOf(f.annualFeeYen()),
        String.valueOf(f.feeYearStartMonth()),
        String.valueOf(f.minimumMinutes()),
        String.valueOf(f.stepMinutes()),
        f.maxMinutesPerDay() == null ? null : String.valueOf(f.maxMinutesPerDay()),
        f.weekdayFrom().toString(),
        f.weekdayUntil().toString(),
        MONTH_DAY.format(f.yearEndFrom()),
        MONTH_DAY.format(f.yearEndUntil()),
        String.valueOf(f.cancelFreeDaysBefore()),
        String.valueOf(f.cancelSameDayMinutes()),
        String.valueOf(f.cancelNoNoticeFull()),
        String.valueOf(f.payoutPerVisitYen()),
        c.mode(),
        List.copyOf(c.users()),
        String.valueOf(c.transferable()),
        String.valueOf(c.cashOut()),
        c.onLeaving(),
        c.onDeath(),
        String.valueOf(c.overdraftMinutes()),
        recipient,
        supporter,
        padded(codes, EMPTY_MENU_ROWS),
        padded(names, EMPTY_MENU_ROWS),
        driving);
  }

  private static List<String> padded(List<String> column, int empty) {
    List<String> rows = new ArrayList<>(column);
    rows.addAll(Collections.nCopies(empty, ""));
    return rows;
  }

  private ProgrammeForms() {}
}
