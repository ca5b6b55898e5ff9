package org.tsunagu.platform.audit;

/**
 * The result of checking the audit log's hash chain: intact or not, how many seals and entries were
 * checked, the first seal that does not match (if any) and how many entries no seal covers yet.
 */
record AuditVerificationResponse(
    boolean intact, long sealsChecked, long entriesChecked, Long brokenSealId, long unsealed) {

  static AuditVerificationResponse of(AuditVerifier.Result r) {
    return new AuditVerificationResponse(
        r.intact(), r.sealsChecked(), r.entriesChecked(), r.brokenSealId(), r.unsealed());
  }
}
