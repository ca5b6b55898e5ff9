package org.tsunagu.consultation.internal.numbers;

/** Referrals sent in the period to one receiving organisation. */
public record ReceiverTally(
    long organizationId, String name, String organizationType, long count) {}
