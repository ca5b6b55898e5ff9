package org.tsunagu.consultation.internal.numbers;

import java.util.List;

/**
 * Referrals sent in the period (Tokyo dates of sent_at): by receiver and its type, current status,
 * outcome; how many were accepted, declined and withdrawn; answers by the respond-by date.
 */
public record ReferralNumbers(
    long sent,
    List<ReceiverTally> byReceiver,
    List<Tally> byReceiverType,
    List<Tally> byStatus,
    List<OutcomeTally> byOutcome,
    long accepted,
    long declined,
    long withdrawn,
    Answering answering) {}
