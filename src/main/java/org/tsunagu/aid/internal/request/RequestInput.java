package org.tsunagu.aid.internal.request;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A request as taken on the phone: who, which service, when, where, notes. {@code weeks} above 1
 * makes it weekly (every Tuesday 10:00–11:00) for that many weeks; the same supporter keeps it.
 */
public record RequestInput(
    @Schema(
            description =
                "The recipient's membership; a member asking for themselves leaves it out")
        Long recipientId,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "SHOPPING") String service,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "2026-12-08") String date,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "10:00") String starts,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "60") Integer minutes,
    @Schema(example = "1") Integer weeks,
    String place,
    String notes,
    @Schema(
            description =
                "A membership whose banked minutes pay for it (時間預託): the recipient's own, or"
                    + " one whose holder recorded the recipient among those who may use them")
        Long creditHolderId,
    @Schema(
            description =
                "Optional: the recipient's relation to the holder as recorded (SELF for their own"
                    + " minutes); a different one is refused",
            allowableValues = {"SELF", "SPOUSE", "PARENT", "CHILD"})
        String creditRelation) {}
