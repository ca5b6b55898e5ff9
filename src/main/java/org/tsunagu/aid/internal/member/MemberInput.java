package org.tsunagu.aid.internal.member;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.tsunagu.aid.MemberType;

/**
 * A person joining a programme. A supporter also brings what they can do ({@code skills}: menu
 * codes), where ({@code areaIds}), when ({@code availability}), whether they drive with the
 * transport course done, and their insurance; without valid insurance they are never assigned.
 */
public record MemberInput(
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Long personId,
    @Schema(implementation = MemberType.class, requiredMode = Schema.RequiredMode.REQUIRED)
        String memberType,
    @Schema(description = "Defaults to today", example = "2026-04-01") String joinedOn,
    @Schema(description = "The member's own login, if they have one") Long userId,
    @Schema(description = "Where they live; defaults to the registry's address area") Long areaId,
    Boolean drives,
    String transportCourseOn,
    String insuranceName,
    String insuranceUntil,
    Integer maxMinutesPerWeek,
    Boolean takesCredits,
    List<String> skills,
    List<Long> areaIds,
    List<AvailabilityInput> availability) {

  /** Weekly availability: ISO weekday 1 (Monday) to 7 (Sunday), {@code HH:mm} times. */
  public record AvailabilityInput(
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Integer weekday,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "09:00") String starts,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "12:00") String ends) {}
}
