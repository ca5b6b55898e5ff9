package org.tsunagu.watch.internal.chain;

/** A checked step, ready to store or to copy into an alert. */
public record ChainStep(
    int position,
    ReceiverKind receiverKind,
    Long organizationId,
    Long userId,
    Long contactId,
    String receiverName,
    String channel,
    String address,
    int ackMinutes,
    boolean officeHoursOnly) {}
