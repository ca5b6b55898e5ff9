package org.tsunagu.aid.internal.member;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tsunagu.aid.MemberType;

/**
 * What the member's page reads besides the membership: the supporter's profile as its form, the
 * recipient's wishes, and the programme's other members to choose from. Nothing here is audited;
 * {@link MemberPage} records what it shows.
 */
@Component
class MemberPageReads {

  /** Another member as a chooser shows them. */
  record Choice(long id, long personId, String name, MemberType memberType) {}

  /** A recipient's wish about a supporter. */
  record Wish(long supporterId, long personId, String name, String kind, String note) {}

  /** One of the person's memberships in the programme. */
  record Membership(long id, MemberType memberType, boolean active) {}

  /** Choosers list at most this many members. */
  static final int CHOICES = 1000;

  private final JdbcClient jdbc;

  MemberPageReads(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<SupporterForm> profile(long memberId) {
    return jdbc.sql(
            "SELECT s.insurance_name, s.insurance_until::text, s.drives::text,"
                + " s.transport_course_on::text, s.max_minutes_per_week::text,"
                + " s.takes_credits::text FROM aid.supporter s WHERE s.member_id = ?")
        .param(memberId)
        .query(
            (rs, n) ->
                new SupporterForm(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6),
                    new ArrayList<>(),
                    new ArrayList<>(),
                    new ArrayList<>(),
                    new ArrayList<>(),
                    new ArrayList<>()))
        .optional()
        .map(form -> filled(form, memberId));
  }

  List<Wish> wishes(long recipientId) {
    return jdbc.sql(
            "SELECT p.supporter_id, m.person_id, n.display_name AS name, p.kind, p.note FROM"
                + " aid.preference p JOIN aid.member m ON m.id = p.supporter_id JOIN"
                + " people.person_display_name n ON n.id = m.person_id WHERE p.recipient_id = ?"
                + " ORDER BY p.kind DESC, n.display_name")
        .param(recipientId)
        .query(Wish.class)
        .list();
  }

  /** The programme's active members but the given one, by name. */
  List<Choice> others(long programmeId, long memberId) {
    return jdbc.sql(
            "SELECT m.id, m.person_id, n.display_name AS name, m.member_type FROM aid.member m"
                + " JOIN people.person_display_name n ON n.id = m.person_id WHERE"
                + " m.programme_id = ? AND m.id <> ? AND m.left_on IS NULL ORDER BY"
                + " n.display_name, m.id LIMIT "
                + CHOICES)
        .params(programmeId, memberId)
        .query(Choice.class)
        .list();
  }

  List<Membership> memberships(long programmeId, long personId) {
    return jdbc.sql(
            "SELECT id, member_type, left_on IS NULL AS active FROM aid.member WHERE"
                + " programme_id = ? AND person_id = ? ORDER BY id")
        .params(programmeId, personId)
        .query(Membership.class)
        .list();
  }

  private SupporterForm filled(SupporterForm form, long memberId) {
    form.skills()
        .addAll(
            strings(
                "SELECT i.code FROM aid.supporter_skill k JOIN aid.menu_item i ON i.id ="
                    + " k.menu_item_id WHERE k.member_id = ? ORDER BY i.id",
                memberId));
    form.areaIds()
        .addAll(
            strings(
                "SELECT area_id::text FROM aid.supporter_area WHERE member_id = ? ORDER BY"
                    + " area_id",
                memberId));
    jdbc.sql(
            "SELECT weekday::text, to_char(starts, 'HH24:MI'), to_char(ends, 'HH24:MI') FROM"
                + " aid.availability WHERE member_id = ? ORDER BY weekday, starts")
        .param(memberId)
        .query(
            (rs, n) -> {
              form.weekday().add(rs.getString(1));
              form.starts().add(rs.getString(2));
              form.ends().add(rs.getString(3));
              return n;
            })
        .list();
    return form;
  }

  private List<String> strings(String sql, long memberId) {
    return jdbc.sql(sql).param(memberId).query(String.class).list();
  }
}
