package org.tsunagu.consultation;

/** A receiving organisation accepted or declined a referral; ids only, no personal data. */
public record ReferralAnswered(
    long referralId,
    long caseId,
    long fromOrganizationId,
    long toOrganizationId,
    boolean accepted) {}
