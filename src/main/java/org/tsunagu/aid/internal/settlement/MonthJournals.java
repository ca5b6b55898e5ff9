package org.tsunagu.aid.internal.settlement;

import java.time.Instant;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tsunagu.aid.internal.ledger.AccountKind;
import org.tsunagu.platform.audit.AuditLog;

/**
 * A month's journals as the office corrects them: each with the members it touched, its size, its
 * memo and whether (and in which month) it was reversed. Reading the list is one SEARCH entry with
 * the members shown.
 */
@Component
class MonthJournals {

  static final int PAGE = 100;

  /** A member's line in a journal, as the member reads it (owed, due or minutes held positive). */
  record Part(long memberId, String name, AccountKind account, long amount) {}

  record Journal(
      long id,
      String kind,
      Instant postedAt,
      String memo,
      Long reversesId,
      YearMonth reversedIn,
      long yen,
      long minutes,
      List<Part> members) {

    public boolean reversed() {
      return reversedIn != null;
    }
  }

  /** A page of the month's journals and whether another follows. */
  record Page(List<Journal> journals, int number, boolean more) {}

  private record Row(
      long id,
      String kind,
      Instant postedAt,
      String memo,
      Long reversesId,
      String reversedIn,
      long yen,
      long minutes) {}

  private record PartRow(long journalId, long memberId, String name, String account, long amount) {}

  private final JdbcClient jdbc;
  private final AuditLog audit;

  MonthJournals(JdbcClient jdbc, AuditLog audit) {
    this.jdbc = jdbc;
    this.audit = audit;
  }

  Page of(long programmeId, YearMonth month, int page) {
    List<Row> rows =
        jdbc.sql(
                "SELECT j.id, j.kind, j.created_at AS posted_at, j.memo, j.reverses_id,"
                    + " to_char(r.month, 'YYYY-MM') AS reversed_in, coalesce((SELECT sum(e.amount)"
                    + " FROM aid.entry e JOIN aid.account a ON a.id = e.account_id WHERE"
                    + " e.journal_id = j.id AND a.unit = 'YEN' AND e.amount > 0), 0) AS yen,"
                    + " coalesce((SELECT sum(e.amount) FROM aid.entry e JOIN aid.account a ON a.id"
                    + " = e.account_id WHERE e.journal_id = j.id AND a.unit = 'MINUTE' AND e.amount"
                    + " > 0), 0) AS minutes FROM aid.journal j LEFT JOIN aid.journal r ON"
                    + " r.reverses_id = j.id WHERE j.programme_id = ? AND j.month = ? ORDER BY j.id"
                    + " LIMIT ? OFFSET ?")
            .params(programmeId, month.atDay(1), PAGE + 1, (long) page * PAGE)
            .query(Row.class)
            .list();
    boolean more = rows.size() > PAGE;
    List<Row> shown = more ? rows.subList(0, PAGE) : rows;
    Map<Long, List<Part>> parts = parts(shown.stream().map(Row::id).toArray(Long[]::new));
    List<Journal> journals =
        shown.stream()
            .map(
                r ->
                    new Journal(
                        r.id(),
                        r.kind(),
                        r.postedAt(),
                        r.memo(),
                        r.reversesId(),
                        r.reversedIn() == null ? null : YearMonth.parse(r.reversedIn()),
                        r.yen(),
                        r.minutes(),
                        parts.getOrDefault(r.id(), List.of())))
            .toList();
    audit.recordSearch(
        "aid_member",
        "aid.journals",
        parts.values().stream().flatMap(List::stream).map(Part::memberId).distinct().toList());
    return new Page(journals, page, more);
  }

  /** The month a journal of the programme was posted in; empty for another programme's. */
  Optional<YearMonth> monthOf(long programmeId, long journalId) {
    return jdbc.sql(
            "SELECT to_char(month, 'YYYY-MM') FROM aid.journal WHERE id = ? AND programme_id = ?")
        .params(journalId, programmeId)
        .query(String.class)
        .optional()
        .map(YearMonth::parse);
  }

  private Map<Long, List<Part>> parts(Long[] journalIds) {
    return jdbc
        .sql(
            "SELECT e.journal_id, m.id AS member_id, n.display_name AS name, a.kind AS account,"
                + " CASE WHEN a.kind = 'RECIPIENT' THEN e.amount ELSE -e.amount END AS amount FROM"
                + " aid.entry e JOIN aid.account a ON a.id = e.account_id JOIN aid.member m ON m.id"
                + " = a.member_id JOIN people.person_display_name n ON n.id = m.person_id WHERE"
                + " e.journal_id = ANY(?) ORDER BY e.journal_id, e.id")
        .param(journalIds)
        .query(PartRow.class)
        .list()
        .stream()
        .collect(
            Collectors.groupingBy(
                PartRow::journalId,
                LinkedHashMap::new,
                Collectors.mapping(
                    p ->
                        new Part(
                            p.memberId(), p.name(), AccountKind.valueOf(p.account()), p.amount()),
                    Collectors.toList())));
  }
}
