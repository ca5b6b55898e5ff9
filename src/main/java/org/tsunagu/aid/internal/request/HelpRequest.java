package org.tsunagu.aid.internal.request;

import java.time.Instant;

/** A request (依頼) for one visit, with its recipient and, once confirmed, its supporter. */
public record HelpRequest(
    long id,
    long programmeId,
    long recipientId,
    long recipientPersonId,
    String recipientName,
    long menuItemId,
    String service,
    Long seriesId,
    Instant startsAt,
    int minutes,
    Long areaId,
    String areaName,
    String place,
    String notes,
    Long creditHolderId,
    String status,
    String cancelNotice,
    Long supporterId,
    String supporterName,
    int version) {}
