package org.tsunagu.aid.internal.money;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.aid.internal.ledger.AccountKind;
import org.tsunagu.aid.internal.ledger.Ledger;
import org.tsunagu.aid.internal.ledger.Posting;
import org.tsunagu.aid.internal.programme.FeeRules;
import org.tsunagu.aid.internal.programme.Programme;
import org.tsunagu.aid.internal.programme.Programmes;
import org.tsunagu.platform.audit.AuditAction;
import org.tsunagu.platform.audit.AuditLog;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.web.Problems;

/**
 * The annual fee (年会費) billed for a fee year (the year it starts in: 2026 is 2026-04-01 to
 * 2027-03-31 for a programme whose year starts in April): once to every person who is a member that
 * year and not yet billed for it, whatever their member types. Billing again later bills only those
 * who joined since; the programme is locked while it bills, so two runs at once bill once.
 */
@Service
public class AnnualFees {

  /** A run of billing: how many persons it billed, for how much in all. */
  public record Billing(int feeYear, LocalDate from, LocalDate until, int billed, long totalYen) {}

  /** A fee year as it stands: the fee, persons billed, persons still to bill. */
  public record FeeYear(
      int feeYear, LocalDate from, LocalDate until, int feeYen, int billed, int unbilled) {}

  private final Programmes programmes;
  private final Ledger ledger;
  private final JdbcClient jdbc;
  private final AuditLog audit;
  private final Clock clock;

  AnnualFees(Programmes programmes, Ledger ledger, JdbcClient jdbc, AuditLog audit, Clock clock) {
    this.programmes = programmes;
    this.ledger = ledger;
    this.jdbc = jdbc;
    this.audit = audit;
    this.clock = clock;
  }

  /** The fee year today falls in. */
  public int currentYear(Programme programme) {
    LocalDate today = LocalDate.now(clock);
    int start = programme.fees().feeYearStartMonth();
    return today.getMonthValue() >= start ? today.getYear() : today.getYear() - 1;
  }

  /** The fee year today falls in, for a programme the user manages. */
  public int currentYear(CurrentUser user, long programmeId) {
    return currentYear(programmes.managed(user, programmeId));
  }

  @Transactional
  public Billing bill(CurrentUser user, long programmeId, Integer feeYear) {
    Programme programme = programmes.managed(user, programmeId);
    FeeRules fees = programme.fees();
    int current = currentYear(programme);
    Problems p = new Problems();
    if (feeYear == null) {
      p.add("feeYear", "validation.required");
    } else if (feeYear < current - 1 || feeYear > current + 1) {
      p.add("feeYear", "aid.validation.range", current - 1, current + 1);
    }
    if (fees.annualFeeYen() == 0) {
      p.add("feeYear", "aid.validation.noAnnualFee");
    }
    p.throwIfAny();
    LocalDate from = LocalDate.of(feeYear, fees.feeYearStartMonth(), 1);
    LocalDate until = from.plusYears(1).minusDays(1);
    jdbc.sql("SELECT id FROM aid.programme WHERE id = ? FOR UPDATE")
        .param(programmeId)
        .query()
        .listOfRows();
    List<Long> unbilled = unbilled(programmeId, feeYear, from, until);
    YearMonth month = ledger.firstOpenMonth(programmeId, YearMonth.now(clock));
    long fee = fees.annualFeeYen();
    for (long member : unbilled) {
      long journal =
          ledger.post(
              programmeId,
              month,
              "FEE",
              null,
              String.valueOf(feeYear),
              user.id(),
              new Posting()
                  .add(AccountKind.RECIPIENT, member, fee)
                  .add(AccountKind.ORGANIZATION, -fee));
      jdbc.sql(
              "INSERT INTO aid.annual_fee (programme_id, member_id, fee_year, journal_id) VALUES"
                  + " (?, ?, ?, ?)")
          .params(programmeId, member, feeYear, journal)
          .update();
    }
    audit.record(
        AuditAction.CREATE,
        "aid_programme",
        programmeId,
        "annualFee=" + feeYear + ";billed=" + unbilled.size());
    return new Billing(feeYear, from, until, unbilled.size(), fee * unbilled.size());
  }

  /** The fee year's state: persons billed, members of the year not billed yet. */
  public FeeYear status(CurrentUser user, long programmeId, int feeYear) {
    Programme programme = programmes.managed(user, programmeId);
    LocalDate from = LocalDate.of(feeYear, programme.fees().feeYearStartMonth(), 1);
    LocalDate until = from.plusYears(1).minusDays(1);
    int billed =
        jdbc.sql("SELECT count(*) FROM aid.annual_fee WHERE programme_id = ? AND fee_year = ?")
            .params(programmeId, feeYear)
            .query(Integer.class)
            .single();
    int unbilled = unbilled(programmeId, feeYear, from, until).size();
    return new FeeYear(feeYear, from, until, programme.fees().annualFeeYen(), billed, unbilled);
  }

  /**
   * One membership per person who was a member at some time in the year and has none billed for it:
   * a recipient membership before a supporter's, the oldest first.
   */
  private List<Long> unbilled(long programmeId, int feeYear, LocalDate from, LocalDate until) {
    return jdbc.sql(
            "SELECT DISTINCT ON (m.person_id) m.id FROM aid.member m WHERE m.programme_id = ? AND"
                + " m.joined_on <= ? AND (m.left_on IS NULL OR m.left_on >= ?) AND NOT EXISTS"
                + " (SELECT 1 FROM aid.annual_fee f JOIN aid.member o ON o.id = f.member_id WHERE"
                + " f.programme_id = m.programme_id AND f.fee_year = ? AND o.person_id ="
                + " m.person_id) ORDER BY m.person_id, m.member_type = 'RECIPIENT' DESC, m.id")
        .params(programmeId, until, from, feeYear)
        .query(Long.class)
        .list();
  }
}
