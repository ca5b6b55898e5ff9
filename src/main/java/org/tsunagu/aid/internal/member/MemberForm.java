package org.tsunagu.aid.internal.member;

import java.util.ArrayList;
import java.util.List;
import org.tsunagu.aid.internal.AidForms;
import org.tsunagu.aid.internal.member.MemberInput.AvailabilityInput;

/**
 * The join form as typed. A supporter's weekly hours are three rows of weekday, from and until;
 * blank rows are left out.
 */
record MemberForm(
    String personId,
    String memberType,
    String joinedOn,
    String insuranceName,
    String insuranceUntil,
    String drives,
    String transportCourseOn,
    String maxMinutesPerWeek,
    String takesCredits,
    List<String> skills,
    List<String> weekday,
    List<String> starts,
    List<String> ends) {

  static final int ROWS = 3;

  static MemberForm blank(long personId, String type) {
    return new MemberForm(
        String.valueOf(personId),
        type,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        List.of(),
        List.of(),
        List.of(),
        List.of());
  }

  public String row(List<String> column, int i) {
    return column != null && i < column.size() ? column.get(i) : null;
  }

  MemberInput input() {
    List<AvailabilityInput> slots = new ArrayList<>();
    for (int i = 0; i < ROWS; i++) {
      String day = row(weekday, i);
      if (day != null && !day.isBlank()) {
        slots.add(new AvailabilityInput(AidForms.integer(day), row(starts, i), row(ends, i)));
      }
    }
    return new MemberInput(
        AidForms.id(personId),
        memberType,
        joinedOn,
        null,
        null,
        "true".equals(drives),
        transportCourseOn,
        insuranceName,
        insuranceUntil,
        AidForms.integer(maxMinutesPerWeek),
        "true".equals(takesCredits),
        skills == null ? List.of() : skills,
        null,
        slots);
  }
}
