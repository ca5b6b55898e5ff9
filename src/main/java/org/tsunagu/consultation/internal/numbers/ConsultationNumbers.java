package org.tsunagu.consultation.internal.numbers;

import java.time.LocalDate;

/**
 * 相談・つなぎの実績: aggregates of one period, for the whole deployment or one organisation's work. Counts,
 * names of windows, areas and organisations, and codes only: nothing about a person.
 */
public record ConsultationNumbers(
    LocalDate from,
    LocalDate to,
    NumbersScope.Kind scope,
    Long organizationId,
    IntakeNumbers intakes,
    CaseNumbers cases,
    ReferralNumbers referrals,
    TimeNumbers times) {}
