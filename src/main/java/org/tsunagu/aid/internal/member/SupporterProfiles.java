package org.tsunagu.aid.internal.member;

import static org.tsunagu.aid.internal.AidChecks.date;
import static org.tsunagu.aid.internal.AidChecks.optionalRange;
import static org.tsunagu.aid.internal.AidChecks.range;
import static org.tsunagu.aid.internal.AidChecks.text;
import static org.tsunagu.aid.internal.AidChecks.time;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tsunagu.aid.internal.AreaPoints;
import org.tsunagu.aid.internal.member.MemberInput.AvailabilityInput;
import org.tsunagu.aid.internal.programme.MenuItem;
import org.tsunagu.aid.internal.programme.Programme;
import org.tsunagu.people.PeopleApi;
import org.tsunagu.platform.web.Problems;

/** A supporter's skills, areas, weekly hours, driving and insurance: checked, then written. */
@Component
class SupporterProfiles {

  record Profile(
      boolean drives,
      LocalDate transportCourseOn,
      String insuranceName,
      LocalDate insuranceUntil,
      Integer maxMinutesPerWeek,
      boolean takesCredits,
      Set<Long> skills,
      Set<Long> areas,
      List<Slot> availability) {}

  record Slot(int weekday, LocalTime starts, LocalTime ends) {}

  private final JdbcClient jdbc;
  private final PeopleApi people;
  private final AreaPoints points;

  SupporterProfiles(JdbcClient jdbc, PeopleApi people, AreaPoints points) {
    this.jdbc = jdbc;
    this.people = people;
    this.points = points;
  }

  Profile check(Problems p, Programme programme, MemberInput in) {
    LocalDate course = date(p, "transportCourseOn", in.transportCourseOn(), false);
    String insurer = text(p, "insuranceName", in.insuranceName(), 100, false);
    LocalDate insuredUntil = date(p, "insuranceUntil", in.insuranceUntil(), false);
    Integer perWeek = optionalRange(p, "maxMinutesPerWeek", in.maxMinutesPerWeek(), 1, 10080);
    if (Boolean.TRUE.equals(in.takesCredits()) && !programme.credits().allowed()) {
      p.add("takesCredits", "aid.validation.noCredits");
    }
    Set<Long> skills = new LinkedHashSet<>();
    List<String> codes = in.skills() == null ? List.of() : in.skills();
    for (int i = 0; i < codes.size(); i++) {
      String code = codes.get(i);
      MenuItem item =
          programme.menu().stream()
              .filter(m -> m.active() && m.code().equals(code))
              .findFirst()
              .orElse(null);
      if (item == null) {
        p.add("skills[" + i + "]", "aid.validation.menuItem");
      } else {
        skills.add(item.id());
      }
    }
    Set<Long> areas = new LinkedHashSet<>();
    List<Long> areaIds = in.areaIds() == null ? List.of() : in.areaIds();
    for (int i = 0; i < areaIds.size(); i++) {
      Long a = areaIds.get(i);
      if (a == null || people.areaPath(a).isEmpty()) {
        p.add("areaIds[" + i + "]", "validation.area.unknown");
      } else {
        areas.add(a);
      }
    }
    List<Slot> slots = new ArrayList<>();
    List<AvailabilityInput> avail = in.availability() == null ? List.of() : in.availability();
    for (int i = 0; i < avail.size(); i++) {
      AvailabilityInput a = avail.get(i);
      String at = "availability[" + i + "].";
      if (a == null) {
        p.add("availability[" + i + "]", "validation.required");
        continue;
      }
      Integer day = range(p, at + "weekday", a.weekday(), 1, 7);
      LocalTime starts = time(p, at + "starts", a.starts());
      LocalTime ends = time(p, at + "ends", a.ends());
      if (starts != null && ends != null && !starts.isBefore(ends)) {
        p.add(at + "ends", "aid.validation.afterFrom");
      } else if (day != null && starts != null && ends != null) {
        slots.add(new Slot(day, starts, ends));
      }
    }
    return new Profile(
        Boolean.TRUE.equals(in.drives()),
        course,
        insurer,
        insuredUntil,
        perWeek,
        Boolean.TRUE.equals(in.takesCredits()),
        skills,
        areas,
        slots);
  }

  void write(long memberId, Long homeAreaId, Profile s) {
    Double[] point = points.of(homeAreaId);
    jdbc.sql(
            "INSERT INTO aid.supporter (member_id, drives, transport_course_on, insurance_name,"
                + " insurance_until, max_minutes_per_week, latitude, longitude, takes_credits)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (member_id) DO UPDATE SET"
                + " drives = excluded.drives, transport_course_on = excluded.transport_course_on,"
                + " insurance_name = excluded.insurance_name, insurance_until ="
                + " excluded.insurance_until, max_minutes_per_week = excluded.max_minutes_per_week,"
                + " latitude = excluded.latitude, longitude = excluded.longitude, takes_credits ="
                + " excluded.takes_credits")
        .params(
            memberId,
            s.drives(),
            s.transportCourseOn(),
            s.insuranceName(),
            s.insuranceUntil(),
            s.maxMinutesPerWeek(),
            point[0],
            point[1],
            s.takesCredits())
        .update();
    jdbc.sql("DELETE FROM aid.supporter_skill WHERE member_id = ?").param(memberId).update();
    for (long item : s.skills()) {
      jdbc.sql("INSERT INTO aid.supporter_skill (member_id, menu_item_id) VALUES (?, ?)")
          .params(memberId, item)
          .update();
    }
    jdbc.sql("DELETE FROM aid.supporter_area WHERE member_id = ?").param(memberId).update();
    for (long area : s.areas()) {
      jdbc.sql("INSERT INTO aid.supporter_area (member_id, area_id) VALUES (?, ?)")
          .params(memberId, area)
          .update();
    }
    jdbc.sql("DELETE FROM aid.availability WHERE member_id = ?").param(memberId).update();
    for (Slot slot : s.availability()) {
      jdbc.sql(
              "INSERT INTO aid.availability (member_id, weekday, starts, ends) VALUES (?, ?, ?, ?)")
          .params(memberId, slot.weekday(), slot.starts(), slot.ends())
          .update();
    }
  }
}
