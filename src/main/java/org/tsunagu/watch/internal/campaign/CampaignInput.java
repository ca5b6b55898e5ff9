package org.tsunagu.watch.internal.campaign;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A safety-check campaign as started: its name, the area, and whether a disaster was declared (then
 * entries of the disaster support registry open to the organisations taking part without consent,
 * 災害対策基本法 第49条の11第3項).
 */
public record CampaignInput(
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "令和8年台風第10号") String name,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Long areaId,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Boolean declaredDisaster) {}
