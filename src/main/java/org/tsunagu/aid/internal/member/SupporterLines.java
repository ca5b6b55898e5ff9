package org.tsunagu.aid.internal.member;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tsunagu.platform.audit.AuditLog;

/** Supporters as the members page lists them: insurance, driving, skills and hours in a line. */
@Component
class SupporterLines {

  record SupporterLine(
      long id,
      String name,
      String areaName,
      LocalDate insuranceUntil,
      boolean drives,
      String skills,
      String hours,
      LocalDate leftOn) {}

  private final JdbcClient jdbc;
  private final AuditLog audit;

  SupporterLines(JdbcClient jdbc, AuditLog audit) {
    this.jdbc = jdbc;
    this.audit = audit;
  }

  /** The supporters, each with their weekly hours as "火 9:00–12:00" in the locale's weekdays. */
  List<SupporterLine> of(long programmeId, Locale locale) {
    Map<Long, StringBuilder> hours = new HashMap<>();
    jdbc.sql(
            "SELECT v.member_id, v.weekday, to_char(v.starts, 'FMHH24:MI') AS starts,"
                + " to_char(v.ends, 'FMHH24:MI') AS ends FROM aid.availability v JOIN aid.member m"
                + " ON m.id = v.member_id WHERE m.programme_id = ? ORDER BY v.member_id,"
                + " v.weekday, v.starts")
        .param(programmeId)
        .query(
            (rs, n) -> {
              StringBuilder b = hours.computeIfAbsent(rs.getLong(1), k -> new StringBuilder());
              b.append(b.isEmpty() ? "" : " ")
                  .append(DayOfWeek.of(rs.getInt(2)).getDisplayName(TextStyle.SHORT, locale))
                  .append(' ')
                  .append(rs.getString(3))
                  .append('–')
                  .append(rs.getString(4));
              return null;
            })
        .list();
    List<SupporterLine> lines =
        jdbc.sql(
                "SELECT m.id, n.display_name AS name, a.name AS area_name, s.insurance_until,"
                    + " s.drives, (SELECT string_agg(i.name, '・' ORDER BY i.id) FROM"
                    + " aid.supporter_skill k JOIN aid.menu_item i ON i.id = k.menu_item_id WHERE"
                    + " k.member_id = m.id) AS skills, NULL AS hours, m.left_on FROM aid.member m JOIN aid.supporter s ON s.member_id = m.id"
                    + " JOIN people.person_display_name n ON n.id = m.person_id LEFT JOIN"
                    + " people.area_place a ON a.id = m.area_id WHERE m.programme_id = ? ORDER BY"
                    + " m.left_on NULLS FIRST, n.display_name LIMIT 500")
            .param(programmeId)
            .query(SupporterLine.class)
            .list();
    audit.recordSearch(
        "aid_member", "aid.supporters", lines.stream().map(SupporterLine::id).toList());
    return lines.stream()
        .map(
            l ->
                new SupporterLine(
                    l.id(),
                    l.name(),
                    l.areaName(),
                    l.insuranceUntil(),
                    l.drives(),
                    l.skills(),
                    hours.containsKey(l.id()) ? hours.get(l.id()).toString() : null,
                    l.leftOn()))
        .toList();
  }
}
