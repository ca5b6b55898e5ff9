-- Declined referrals waiting for the referrer, in the order the work list shows them: without
-- answered_at in the index, a 社協 with many of them had PostgreSQL join every case first (19 ms).
DROP INDEX consultation.referral_from_returned;
CREATE INDEX referral_from_returned ON consultation.referral (from_org_id, answered_at, id)
  WHERE status = 'DECLINED' AND return_seen_at IS NULL;
