package org.tsunagu.aid.internal.matching;

import java.time.LocalDate;

/** A supporter who has the skill and the time for a request, with what ranking weighs. */
public record Candidate(
    long memberId,
    String name,
    Double latitude,
    Double longitude,
    LocalDate insuranceUntil,
    boolean drives,
    LocalDate transportCourseOn,
    Integer maxMinutesPerWeek,
    boolean coversArea,
    int visitsToRecipient,
    int weekMinutes,
    int recentMinutes,
    String preference,
    boolean busy) {}
