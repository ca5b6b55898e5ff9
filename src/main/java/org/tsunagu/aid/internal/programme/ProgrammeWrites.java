package org.tsunagu.aid.internal.programme;

import java.time.format.DateTimeFormatter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tsunagu.aid.internal.programme.ProgrammeCheck.Checked;
import org.tsunagu.aid.internal.programme.ProgrammeInput.MenuItemInput;

/**
 * Writes a programme's checked rules: its row, a rate per band, and its menu (items kept by code;
 * those no longer sent are kept inactive, as visits refer to them).
 */
@Component
class ProgrammeWrites {

  private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MM-dd");

  private final JdbcClient jdbc;

  ProgrammeWrites(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void write(long id, Checked c) {
    FeeRules f = c.fees();
    CreditRules cr = c.credits();
    jdbc.sql(
            "UPDATE aid.programme SET name = ?, annual_fee_yen = ?, fee_year_start_month = ?,"
                + " minimum_minutes = ?, step_minutes = ?, max_minutes_per_day = ?, weekday_from"
                + " = ?, weekday_until = ?, year_end_from = ?, year_end_until = ?,"
                + " cancel_free_days_before = ?, cancel_same_day_minutes = ?,"
                + " cancel_no_notice_full = ?, payout_per_visit_yen = ?, time_credits = ?,"
                + " credit_users = ?, credit_transferable = ?, credit_cash_out = ?,"
                + " credit_on_leaving = ?, credit_on_death = ?, credit_overdraft_minutes = ?,"
                + " version = version + 1 WHERE id = ?")
        .params(
            c.name(),
            f.annualFeeYen(),
            f.feeYearStartMonth(),
            f.minimumMinutes(),
            f.stepMinutes(),
            f.maxMinutesPerDay(),
            f.weekdayFrom(),
            f.weekdayUntil(),
            MONTH_DAY.format(f.yearEndFrom()),
            MONTH_DAY.format(f.yearEndUntil()),
            f.cancelFreeDaysBefore(),
            f.cancelSameDayMinutes(),
            f.cancelNoNoticeFull(),
            f.payoutPerVisitYen(),
            cr.mode(),
            cr.users().toArray(String[]::new),
            cr.transferable(),
            cr.cashOut(),
            cr.onLeaving(),
            cr.onDeath(),
            cr.overdraftMinutes(),
            id)
        .update();
    for (Rate r : f.rates().values()) {
      jdbc.sql(
              "INSERT INTO aid.rate (programme_id, band, recipient_yen_per_hour,"
                  + " supporter_yen_per_hour) VALUES (?, ?, ?, ?) ON CONFLICT (programme_id, band)"
                  + " DO UPDATE SET recipient_yen_per_hour = excluded.recipient_yen_per_hour,"
                  + " supporter_yen_per_hour = excluded.supporter_yen_per_hour")
          .params(id, r.band().name(), r.recipientYenPerHour(), r.supporterYenPerHour())
          .update();
    }
    jdbc.sql("UPDATE aid.menu_item SET active = false WHERE programme_id = ?").param(id).update();
    for (MenuItemInput m : c.menu()) {
      jdbc.sql(
              "INSERT INTO aid.menu_item (programme_id, code, name, needs_driving) VALUES (?, ?,"
                  + " ?, ?) ON CONFLICT (programme_id, code) DO UPDATE SET name = excluded.name,"
                  + " needs_driving = excluded.needs_driving, active = true")
          .params(id, m.code().strip(), m.name().strip(), Boolean.TRUE.equals(m.needsDriving()))
          .update();
    }
  }
}
