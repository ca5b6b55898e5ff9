package org.tsunagu.aid.internal.money;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tsunagu.platform.audit.AuditLog;

/**
 * The members something stands against, for the accounts office: what each owes, is owed and holds
 * in minutes, the largest first; the list shown is audited.
 */
@Component
public class MoneyOverview {

  public static final int SHOWN = 200;

  public record Outstanding(
      long memberId, String name, String memberType, long owedYen, long dueYen, long minutes) {}

  private final JdbcClient jdbc;
  private final AuditLog audit;

  MoneyOverview(JdbcClient jdbc, AuditLog audit) {
    this.jdbc = jdbc;
    this.audit = audit;
  }

  public List<Outstanding> outstanding(long programmeId) {
    List<Outstanding> shown =
        jdbc.sql(
                "SELECT m.id AS member_id, n.display_name AS name, m.member_type,"
                    + " coalesce(sum(a.balance) FILTER (WHERE a.kind = 'RECIPIENT'), 0) AS owed_yen,"
                    + " coalesce(-sum(a.balance) FILTER (WHERE a.kind = 'SUPPORTER'), 0) AS due_yen,"
                    + " coalesce(-sum(a.balance) FILTER (WHERE a.kind = 'CREDIT_HOLDING'), 0) AS"
                    + " minutes FROM aid.account a JOIN aid.member m ON m.id = a.member_id JOIN"
                    + " people.person_display_name n ON n.id = m.person_id WHERE a.programme_id = ?"
                    + " AND a.balance <> 0 GROUP BY m.id, n.display_name, m.member_type ORDER BY"
                    + " max(abs(a.balance)) DESC, n.display_name LIMIT ?")
            .params(programmeId, SHOWN)
            .query(Outstanding.class)
            .list();
    audit.recordSearch(
        "aid_member", "aid.money", shown.stream().map(Outstanding::memberId).toList());
    return shown;
  }
}
