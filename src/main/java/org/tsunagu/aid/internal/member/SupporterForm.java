package org.tsunagu.aid.internal.member;

import java.util.ArrayList;
import java.util.List;
import org.tsunagu.aid.internal.AidForms;
import org.tsunagu.aid.internal.member.MemberInput.AvailabilityInput;

/**
 * A supporter's profile as typed on the member's page. Weekly hours are rows of weekday, from and
 * until; rows without a weekday are left out, so the rows shown again are those sent on (their
 * problems are numbered that way) and two blank ones after them.
 */
record SupporterForm(
    String insuranceName,
    String insuranceUntil,
    String drives,
    String transportCourseOn,
    String maxMinutesPerWeek,
    String takesCredits,
    List<String> skills,
    List<String> areaIds,
    List<String> weekday,
    List<String> starts,
    List<String> ends) {

  static final int BLANK_ROWS = 2;

  static SupporterForm blank() {
    return new SupporterForm(
        null, null, null, null, null, null, List.of(), List.of(), List.of(), List.of(), List.of());
  }

  /** The rows with a weekday, in the order typed. */
  SupporterForm filled() {
    List<String> days = new ArrayList<>();
    List<String> from = new ArrayList<>();
    List<String> until = new ArrayList<>();
    int rows = weekday == null ? 0 : weekday.size();
    for (int i = 0; i < rows; i++) {
      String day = row(weekday, i);
      if (day != null && !day.isBlank()) {
        days.add(day);
        from.add(row(starts, i));
        until.add(row(ends, i));
      }
    }
    return new SupporterForm(
        insuranceName,
        insuranceUntil,
        drives,
        transportCourseOn,
        maxMinutesPerWeek,
        takesCredits,
        skills == null ? List.of() : skills,
        areaIds == null ? List.of() : areaIds,
        days,
        from,
        until);
  }

  /** Row numbers for the template: the filled rows, then blank ones. */
  public List<Integer> rows() {
    int filled = weekday == null ? 0 : weekday.size();
    List<Integer> rows = new ArrayList<>();
    for (int i = 0; i < filled + BLANK_ROWS; i++) {
      rows.add(i);
    }
    return rows;
  }

  public String row(List<String> column, int i) {
    return column != null && i < column.size() ? column.get(i) : null;
  }

  public boolean hasArea(long areaId) {
    return areaIds != null && areaIds.contains(String.valueOf(areaId));
  }

  /** The input {@link SupporterProfiles} checks; call on {@link #filled()}. */
  MemberInput input() {
    List<AvailabilityInput> slots = new ArrayList<>();
    for (int i = 0; i < weekday.size(); i++) {
      slots.add(
          new AvailabilityInput(AidForms.integer(weekday.get(i)), starts.get(i), ends.get(i)));
    }
    return new MemberInput(
        null,
        "SUPPORTER",
        null,
        null,
        null,
        "true".equals(drives),
        transportCourseOn,
        insuranceName,
        insuranceUntil,
        AidForms.integer(maxMinutesPerWeek),
        "true".equals(takesCredits),
        skills,
        areaIds.stream().map(AidForms::id).toList(),
        slots);
  }
}
