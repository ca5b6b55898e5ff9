-- The WATCH relationships a target's registration recorded in the registry (one per organisation
-- taking part), so that ending the watch ends exactly those. The single column kept for it before
-- could hold only one.
CREATE TABLE watch.target_relationship (
  target_id          bigint NOT NULL REFERENCES watch.target(id),
  relationship_id    bigint NOT NULL,
  organization_id    bigint NOT NULL,
  PRIMARY KEY (target_id, organization_id)
);
ALTER TABLE watch.target DROP COLUMN relationship_id;
ALTER TABLE watch.target ADD COLUMN ended_at timestamptz, ADD COLUMN ended_by bigint,
  ADD COLUMN end_reason text;
