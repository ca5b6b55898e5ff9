-- A relationship granted on a consent or an access basis (an organisation that accepted a
-- referral shared on that ground) counts only while its ground is in force: ending or revoking
-- the ground ends the access at once, and so does a consent's end date or a basis's expiry.
ALTER TABLE people.relationship
  ADD COLUMN consent_id bigint REFERENCES people.consent(id),
  ADD COLUMN basis_id   bigint REFERENCES people.access_basis(id),
  ADD CONSTRAINT relationship_one_ground CHECK (consent_id IS NULL OR basis_id IS NULL);

-- The organisation's own relationships (nearly all) stay an index-only probe; the few granted
-- on a ground have an index of their own and are checked against it. A single branch with
-- "ground IS NULL OR ground in force" doubled the cost of every check (the heap was read for
-- the ground columns).
DROP INDEX people.relationship_visibility;
CREATE INDEX relationship_visibility_own ON people.relationship (organization_id, person_id)
  WHERE ended_at IS NULL AND consent_id IS NULL AND basis_id IS NULL;
CREATE INDEX relationship_visibility_granted ON people.relationship (organization_id, person_id)
  WHERE ended_at IS NULL AND (consent_id IS NOT NULL OR basis_id IS NOT NULL);

CREATE OR REPLACE VIEW people.visibility AS
  SELECT r.person_id, r.organization_id, NULL::text AS purpose, 'RELATIONSHIP'::text AS source
    FROM people.relationship r
   WHERE r.ended_at IS NULL AND r.consent_id IS NULL AND r.basis_id IS NULL
  UNION ALL
  SELECT r.person_id, r.organization_id, NULL::text, 'RELATIONSHIP'::text
    FROM people.relationship r
    JOIN people.consent c ON c.id = r.consent_id
   WHERE r.ended_at IS NULL AND (r.consent_id IS NOT NULL OR r.basis_id IS NOT NULL)
     AND c.revoked_at IS NULL
     AND c.given_on <= (now() AT TIME ZONE 'Asia/Tokyo')::date
     AND (c.ends_on IS NULL OR c.ends_on >= (now() AT TIME ZONE 'Asia/Tokyo')::date)
  UNION ALL
  SELECT r.person_id, r.organization_id, NULL::text, 'RELATIONSHIP'::text
    FROM people.relationship r
    JOIN people.access_basis g ON g.id = r.basis_id
   WHERE r.ended_at IS NULL AND (r.consent_id IS NOT NULL OR r.basis_id IS NOT NULL)
     AND g.ended_at IS NULL AND g.valid_from <= now()
     AND (g.valid_until IS NULL OR g.valid_until > now())
  UNION ALL
  SELECT b.person_id, b.organization_id, NULL::text, 'BASIS'::text
    FROM people.access_basis b
   WHERE b.ended_at IS NULL AND b.valid_from <= now()
     AND (b.valid_until IS NULL OR b.valid_until > now())
  UNION ALL
  SELECT c.person_id, o.id, c.purpose, 'CONSENT'::text
    FROM people.consent c
    JOIN people.organization o ON o.id = c.scope_org_id OR o.type = c.scope_org_type
   WHERE c.revoked_at IS NULL
     AND c.given_on <= (now() AT TIME ZONE 'Asia/Tokyo')::date
     AND (c.ends_on IS NULL OR c.ends_on >= (now() AT TIME ZONE 'Asia/Tokyo')::date);
