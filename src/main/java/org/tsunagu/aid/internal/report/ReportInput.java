package org.tsunagu.aid.internal.report;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A visit as the supporter reports it: when it started and ended ({@code HH:mm} on the visit's
 * day), what was done, travel and materials paid (yen), anything worrying about the recipient (it
 * becomes an intake for the coordinator), and whether to bank the time as credits.
 */
public record ReportInput(
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "10:00") String started,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "11:10") String ended,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String done,
    @Schema(example = "0") Integer travelYen,
    @Schema(example = "0") Integer expenseYen,
    String concern,
    Boolean takeCredits) {}
