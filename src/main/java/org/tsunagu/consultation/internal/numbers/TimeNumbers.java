package org.tsunagu.consultation.internal.numbers;

/**
 * From intake (received_at) to the case's first contact, for intakes of the period that became
 * cases (an intake added to a case already in contact before it is not counted); from referral sent
 * to answered, for referrals sent in the period.
 */
public record TimeNumbers(TimeTaken intakeToFirstContact, TimeTaken referralToAnswer) {}
