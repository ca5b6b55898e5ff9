package org.tsunagu.aid.internal.ledger;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tsunagu.platform.audit.AuditLog;

/**
 * A member's month from the ledger: each posting to their accounts, with the visit it came from,
 * and the totals — what a recipient owes (yen), what a supporter is owed (yen), minutes banked or
 * spent. Amounts are as the member reads them: owed to the programme positive on a recipient's
 * line, owed to the supporter positive on theirs, minutes held positive.
 */
@Component
public class Statements {

  public record Line(
      long journalId,
      String journalKind,
      AccountKind account,
      long amount,
      Instant postedAt,
      Instant visitStartedAt,
      String service) {}

  /**
   * {@code owedYen} and {@code dueYen} are the month's charges and earnings; {@code paidYen} and
   * {@code paidOutYen} the money that changed hands in it; the balances stand at the month's end.
   */
  public record Statement(
      long memberId,
      YearMonth month,
      List<Line> lines,
      long owedYen,
      long dueYen,
      long minutes,
      long paidYen,
      long paidOutYen,
      long owedBalanceYen,
      long dueBalanceYen,
      long minutesHeld) {}

  private record Balances(long owed, long due, long minutes) {}

  /** One member's month in a line: owed (recipient), due (supporter), minutes banked or spent. */
  public record MemberTotal(
      long memberId, String name, String memberType, long owedYen, long dueYen, long minutes) {}

  private final JdbcClient jdbc;
  private final AuditLog audit;

  Statements(JdbcClient jdbc, AuditLog audit) {
    this.jdbc = jdbc;
    this.audit = audit;
  }

  public Statement of(long programmeId, long memberId, YearMonth month) {
    List<Line> lines =
        jdbc.sql(
                "SELECT j.id AS journal_id, j.kind AS journal_kind, a.kind AS account, CASE WHEN"
                    + " a.kind = 'RECIPIENT' THEN e.amount ELSE -e.amount END AS amount,"
                    + " j.created_at AS posted_at, coalesce(r.started_at, h.starts_at) AS"
                    + " visit_started_at, i.name AS service FROM aid.entry e JOIN aid.account a ON"
                    + " a.id = e.account_id JOIN aid.journal j ON j.id = e.journal_id LEFT JOIN"
                    + " aid.activity_report r ON r.journal_id = j.id LEFT JOIN aid.help_request h"
                    + " ON h.id = r.request_id OR (h.journal_id = j.id AND r.id IS NULL) LEFT JOIN"
                    + " aid.menu_item i ON i.id = h.menu_item_id WHERE a.programme_id = ? AND"
                    + " a.member_id = ? AND j.month = ? ORDER BY coalesce(r.started_at,"
                    + " h.starts_at, j.created_at), j.id, a.kind")
            .params(programmeId, memberId, month.atDay(1))
            .query(Line.class)
            .list();
    long paid = -sum(lines, AccountKind.RECIPIENT, "PAYMENT");
    long paidOut = -sum(lines, AccountKind.SUPPORTER, "PAYOUT");
    long owed = sum(lines, AccountKind.RECIPIENT, null) + paid;
    long due = sum(lines, AccountKind.SUPPORTER, null) + paidOut;
    long minutes = sum(lines, AccountKind.CREDIT_HOLDING, null);
    Balances end =
        jdbc.sql(
                "SELECT coalesce(sum(e.amount) FILTER (WHERE a.kind = 'RECIPIENT'), 0) AS owed,"
                    + " coalesce(-sum(e.amount) FILTER (WHERE a.kind = 'SUPPORTER'), 0) AS due,"
                    + " coalesce(-sum(e.amount) FILTER (WHERE a.kind = 'CREDIT_HOLDING'), 0) AS"
                    + " minutes FROM aid.entry e JOIN aid.account a ON a.id = e.account_id JOIN"
                    + " aid.journal j ON j.id = e.journal_id WHERE a.programme_id = ? AND"
                    + " a.member_id = ? AND j.month <= ?")
            .params(programmeId, memberId, month.atDay(1))
            .query(Balances.class)
            .single();
    return new Statement(
        memberId,
        month,
        lines,
        owed,
        due,
        minutes,
        paid,
        paidOut,
        end.owed(),
        end.due(),
        end.minutes());
  }

  /**
   * Every member charged or paid for work in the month (money moves left out), by name; audited.
   */
  public List<MemberTotal> totals(long programmeId, YearMonth month) {
    List<MemberTotal> shown =
        jdbc.sql(
                "SELECT m.id AS member_id, n.display_name AS name, m.member_type, coalesce(sum(e.amount)"
                    + " FILTER (WHERE a.kind = 'RECIPIENT'), 0) AS owed_yen, coalesce(-sum(e.amount)"
                    + " FILTER (WHERE a.kind = 'SUPPORTER'), 0) AS due_yen, coalesce(-sum(e.amount)"
                    + " FILTER (WHERE a.kind = 'CREDIT_HOLDING'), 0) AS minutes FROM aid.entry e JOIN"
                    + " aid.journal j ON j.id = e.journal_id JOIN aid.account a ON a.id = e.account_id"
                    + " JOIN aid.member m ON m.id = a.member_id JOIN people.person_display_name n ON"
                    + " n.id = m.person_id WHERE j.programme_id = ? AND j.month = ? AND j.kind NOT IN ('PAYMENT', 'PAYOUT')"
                    + " GROUP BY m.id,"
                    + " n.display_name, m.member_type ORDER BY m.member_type DESC, n.display_name")
            .params(programmeId, month.atDay(1))
            .query(MemberTotal.class)
            .list();
    audit.recordSearch(
        "aid_member", "aid.settlement", shown.stream().map(MemberTotal::memberId).toList());
    return shown;
  }

  /** The lines of an account, of one journal kind (null: every kind). */
  private static long sum(List<Line> lines, AccountKind kind, String journalKind) {
    return lines.stream()
        .filter(l -> l.account() == kind)
        .filter(l -> journalKind == null || journalKind.equals(l.journalKind()))
        .mapToLong(Line::amount)
        .sum();
  }
}
