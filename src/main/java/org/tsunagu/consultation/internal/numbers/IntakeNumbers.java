package org.tsunagu.consultation.internal.numbers;

import java.util.List;

/**
 * Intakes received in the period (by received_on): by window, channel, domain (an intake may have
 * several), area (the window's 圏域) and what became of them (CASE, NO_CASE, NEW).
 */
public record IntakeNumbers(
    long received,
    List<Tally> byWindow,
    List<Tally> byChannel,
    List<Tally> byDomain,
    List<Tally> byArea,
    List<Tally> byStatus) {}
