package org.tsunagu.aid.internal.numbers;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tsunagu.platform.numbers.FiscalYear;

/**
 * A programme's figures for a 年度, aggregates only: visits and hours by month, by service and by
 * 町丁目; active supporters and recipients; requests still without a supporter; and how long a request
 * waited for one.
 */
@Component
class AidNumbers {

  record Month(YearMonth month, long visits, long hours, long supporters, long recipients) {}

  record Count(String name, long visits) {}

  record Summary(
      long supporters,
      long activeSupporters,
      long recipients,
      long activeRecipients,
      long openRequests,
      Double medianHoursToMatch) {}

  private final JdbcClient jdbc;

  AidNumbers(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<Month> months(long programmeId, FiscalYear year, ZoneId zone) {
    return year.months().stream()
        .map(
            m ->
                jdbc.sql(
                        "SELECT count(*) AS visits, coalesce(round(sum(extract(epoch FROM"
                            + " r.ended_at - r.started_at)) / 3600), 0)::bigint AS hours,"
                            + " count(DISTINCT r.supporter_id) AS supporters, count(DISTINCT"
                            + " h.recipient_id) AS recipients FROM aid.activity_report r JOIN"
                            + " aid.help_request h ON h.id = r.request_id WHERE r.programme_id = ?"
                            + " AND r.started_at >= ? AND r.started_at < ?")
                    .params(programmeId, at(m.atDay(1), zone), at(m.plusMonths(1).atDay(1), zone))
                    .query(
                        (rs, n) ->
                            new Month(
                                m, rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
                    .single())
        .toList();
  }

  List<Count> byService(long programmeId, FiscalYear year, ZoneId zone) {
    return jdbc.sql(
            "SELECT i.name, count(*) AS visits FROM aid.activity_report r JOIN aid.help_request h"
                + " ON h.id = r.request_id JOIN aid.menu_item i ON i.id = h.menu_item_id WHERE"
                + " r.programme_id = ? AND r.started_at >= ? AND r.started_at < ? GROUP BY i.id,"
                + " i.name ORDER BY count(*) DESC")
        .params(programmeId, at(year.start(), zone), at(year.end().plusDays(1), zone))
        .query(Count.class)
        .list();
  }

  List<Count> byArea(long programmeId, FiscalYear year, ZoneId zone) {
    return jdbc.sql(
            "SELECT coalesce(a.name, '—') AS name, count(*) AS visits FROM aid.activity_report r"
                + " JOIN aid.help_request h ON h.id = r.request_id JOIN aid.member m ON m.id ="
                + " h.recipient_id LEFT JOIN people.area_place a ON a.id = m.area_id WHERE"
                + " r.programme_id = ? AND r.started_at >= ? AND r.started_at < ? GROUP BY a.name"
                + " ORDER BY count(*) DESC LIMIT 15")
        .params(programmeId, at(year.start(), zone), at(year.end().plusDays(1), zone))
        .query(Count.class)
        .list();
  }

  Summary summary(long programmeId, LocalDate today, ZoneId zone) {
    Timestamp since = at(today.minusDays(90), zone);
    return jdbc.sql(
            "SELECT (SELECT count(*) FROM aid.member WHERE programme_id = :p AND member_type ="
                + " 'SUPPORTER' AND left_on IS NULL) AS supporters, (SELECT count(DISTINCT"
                + " supporter_id) FROM aid.activity_report WHERE programme_id = :p AND started_at"
                + " >= :since) AS active_supporters, (SELECT count(*) FROM aid.member WHERE"
                + " programme_id = :p AND member_type = 'RECIPIENT' AND left_on IS NULL) AS"
                + " recipients, (SELECT count(DISTINCT h.recipient_id) FROM aid.activity_report r"
                + " JOIN aid.help_request h ON h.id = r.request_id WHERE r.programme_id = :p AND"
                + " r.started_at >= :since) AS active_recipients, (SELECT count(*) FROM"
                + " aid.help_request WHERE programme_id = :p AND status = 'OPEN' AND starts_at >="
                + " :now) AS open_requests, (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY"
                + " extract(epoch FROM a.answered_at - h.created_at) / 3600) FROM aid.assignment a"
                + " JOIN aid.help_request h ON h.id = a.request_id WHERE h.programme_id = :p AND"
                + " a.status = 'CONFIRMED' AND h.created_at >= :since) AS median_hours_to_match")
        .param("p", programmeId)
        .param("since", since)
        .param("now", at(today, zone))
        .query(Summary.class)
        .single();
  }

  private static Timestamp at(LocalDate day, ZoneId zone) {
    return Timestamp.from(day.atStartOfDay(zone).toInstant());
  }
}
