package org.tsunagu.watch.internal.agreement;

import java.time.LocalDate;
import java.time.LocalTime;

/** A stored 見守り協定 with the names of its parties. */
public record Agreement(
    long id,
    long organizationId,
    String organizationName,
    long municipalityId,
    String municipalityName,
    Long areaId,
    String name,
    String deskName,
    String deskEmail,
    String deskPhone,
    LocalTime deskOpens,
    LocalTime deskCloses,
    LocalDate signedOn,
    LocalDate endedOn) {}
