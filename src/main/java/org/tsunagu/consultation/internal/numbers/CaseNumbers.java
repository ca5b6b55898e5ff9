package org.tsunagu.consultation.internal.numbers;

import java.util.List;

/**
 * Cases opened and closed in the period (Tokyo dates): by domain of need (a case may have several),
 * area (rolled up to its 圏域) and lead organisation; closed ones by reason; and the cases open now
 * by status, whatever the period.
 */
public record CaseNumbers(
    long opened,
    long closed,
    List<CaseTally> byDomain,
    List<CaseTally> byArea,
    List<CaseTally> byLeadOrganization,
    List<Tally> closedByReason,
    long openNow,
    List<Tally> openNowByStatus) {}
