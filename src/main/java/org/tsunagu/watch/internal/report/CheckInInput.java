package org.tsunagu.watch.internal.report;

import io.swagger.v3.oas.annotations.media.Schema;

/** 接触の記録: a contact that happened (a delivery handed over, a visit, a call answered). */
public record CheckInInput(
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Long targetId,
    @Schema(
            allowableValues = {"DELIVERY", "VISIT", "CALL", "SENSOR"},
            requiredMode = Schema.RequiredMode.REQUIRED)
        String kind,
    String note,
    @Schema(example = "2026-11-30T05:05:00Z") String happenedAt) {}
