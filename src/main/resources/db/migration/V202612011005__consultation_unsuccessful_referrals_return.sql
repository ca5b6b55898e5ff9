-- A referral completed without success comes back to the referrer like a declined one, in the
-- order it came back (answered for a decline, completed for an unsuccessful one).
DROP INDEX consultation.referral_from_returned;
CREATE INDEX referral_from_returned
  ON consultation.referral (from_org_id, (coalesce(completed_at, answered_at)), id)
  WHERE (status = 'DECLINED' OR outcome = 'UNSUCCESSFUL') AND return_seen_at IS NULL;

-- Unsuccessful referrals completed before this change whose case the referrer has referred again
-- since, or closed, have been dealt with: they do not come back now.
UPDATE consultation.referral r SET return_seen_at = now()
 WHERE r.outcome = 'UNSUCCESSFUL' AND r.return_seen_at IS NULL
   AND (EXISTS (SELECT 1 FROM consultation.referral later
                 WHERE later.case_id = r.case_id AND later.from_org_id = r.from_org_id
                   AND later.sent_at > r.completed_at)
        OR EXISTS (SELECT 1 FROM consultation.support_case c
                    WHERE c.id = r.case_id AND c.status = 'CLOSED'));
