package org.tsunagu.aid.internal.money;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Money that changed hands, as the office records it: whose, how much (whole yen), how ({@code
 * CASH}, {@code BANK_TRANSFER}, {@code DIRECT_DEBIT} 口座振替), on what day ({@code yyyy-MM-dd}, not in
 * the future), and a note.
 */
public record MoneyInput(
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Long memberId,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "3000") Long amountYen,
    @Schema(
            requiredMode = Schema.RequiredMode.REQUIRED,
            allowableValues = {"CASH", "BANK_TRANSFER", "DIRECT_DEBIT"})
        String method,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "2026-11-30") String paidOn,
    String memo) {}
