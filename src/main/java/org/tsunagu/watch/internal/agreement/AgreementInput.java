package org.tsunagu.watch.internal.agreement;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.tsunagu.watch.internal.chain.StepInput;

/** A 見守り協定 as entered, with its escalation chain. Times are HH:mm in Asia/Tokyo. */
public record AgreementInput(
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "The watching organisation")
        Long organizationId,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Long municipalityId,
    @Schema(description = "The area it covers; none for the whole municipality") Long areaId,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String name,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String deskName,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String deskEmail,
    String deskPhone,
    @Schema(example = "08:30") String deskOpens,
    @Schema(example = "17:15") String deskCloses,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "2026-04-01") String signedOn,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<StepInput> steps) {}
