-- A declined referral names its reason from a list (DeclineReason), with a free note beside it.
-- Reasons written before the list keep their words as the note, under その他 (OTHER).
ALTER TABLE consultation.referral ADD COLUMN decline_note text;
UPDATE consultation.referral SET decline_note = decline_reason, decline_reason = 'OTHER'
  WHERE decline_reason IS NOT NULL;
ALTER TABLE consultation.referral ADD CONSTRAINT referral_decline_reason_listed
  CHECK (decline_reason IN ('OUT_OF_SCOPE','OUT_OF_AREA','NO_CAPACITY','NO_CONSENT','OTHER_AGENCY_FITS','OTHER'));
ALTER TABLE consultation.referral ADD CONSTRAINT referral_decline_other_explained
  CHECK (decline_reason IS DISTINCT FROM 'OTHER' OR decline_note IS NOT NULL);
-- A decline's event names the reason's code, as a completion's names its outcome.
UPDATE consultation.referral_event SET note = 'OTHER' WHERE kind = 'DECLINED';
