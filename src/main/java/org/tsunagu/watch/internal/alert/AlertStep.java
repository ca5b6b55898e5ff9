package org.tsunagu.watch.internal.alert;

import java.time.Instant;
import java.time.LocalTime;

/** One step of an alert's copied chain, with what became of it. */
public record AlertStep(
    long alertId,
    int position,
    String receiverKind,
    Long organizationId,
    Long userId,
    Long contactId,
    String receiverName,
    String channel,
    String address,
    int ackMinutes,
    boolean officeHoursOnly,
    LocalTime opens,
    LocalTime closes,
    Instant notifiedAt,
    Instant dueAt,
    String outcome) {}
