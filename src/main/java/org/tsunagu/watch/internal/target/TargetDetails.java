package org.tsunagu.watch.internal.target;

import java.time.Instant;
import java.time.LocalTime;
import java.util.List;

/** What a target's page and an alert about it show besides the person. */
public record TargetDetails(
    long id,
    long personId,
    long organizationId,
    String organizationName,
    String agreementName,
    String keyHolder,
    String doctor,
    String notes,
    String driverNotes,
    boolean active,
    List<Contact> contacts,
    List<WatcherRow> watchers,
    List<Expected> expected) {

  public record Contact(
      long id,
      String kind,
      String name,
      String relation,
      String email,
      String phone,
      boolean dailyUpdates) {}

  public record WatcherRow(long userId, String name, String kind) {}

  public record Expected(
      long id,
      String kind,
      Integer weekday,
      LocalTime atTime,
      int graceMinutes,
      String userName,
      Instant nextAt,
      Instant nextDueAt) {}
}
