-- The registry's work list asks, on every home page, for the consents an organisation recorded
-- that end within a month: by organisation first, so it reads its own few entries instead of
-- filtering every consent of the city that ends in the month.
CREATE INDEX consent_ending_per_organization ON people.consent (recorded_org_id, ends_on, id)
  WHERE revoked_at IS NULL AND ends_on IS NOT NULL;
