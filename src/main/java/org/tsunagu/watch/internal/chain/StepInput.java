package org.tsunagu.watch.internal.chain;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One step of a chain as entered: who is told (an organisation's staff, one user, one of the
 * target's contacts, or the agreement's desk), how (a notifier's channel and the address on it),
 * how long they have to acknowledge, and whether they are reached only in office hours.
 */
public record StepInput(
    @Schema(implementation = ReceiverKind.class, requiredMode = Schema.RequiredMode.REQUIRED)
        String receiverKind,
    Long organizationId,
    Long userId,
    Long contactId,
    @Schema(description = "Notifier channel; default email") String channel,
    @Schema(
            description =
                "Where the channel reaches them; for a desk or a contact, theirs by default")
        String address,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "1", maximum = "1440")
        Integer ackMinutes,
    Boolean officeHoursOnly) {}
