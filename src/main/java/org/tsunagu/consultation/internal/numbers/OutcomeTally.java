package org.tsunagu.consultation.internal.numbers;

/** Completed referrals by outcome; the reason only for UNSUCCESSFUL ones. */
public record OutcomeTally(String outcome, String unsuccessfulReason, long count) {}
