package org.tsunagu.aid.internal.member;

import java.time.LocalDate;
import org.tsunagu.aid.MemberType;

/** A membership as the programme's staff see it. */
public record Member(
    long id,
    long programmeId,
    long personId,
    String name,
    MemberType memberType,
    Long userId,
    Long areaId,
    String areaName,
    LocalDate joinedOn,
    LocalDate leftOn,
    String leftReason) {

  public boolean active() {
    return leftOn == null;
  }
}
