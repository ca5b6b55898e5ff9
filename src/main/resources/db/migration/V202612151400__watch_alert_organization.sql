-- The organisation that registered the target, kept on the alert so that its board finds its
-- alerts by an index instead of asking each open alert's target (1,000 open alerts: 5-12 ms).
ALTER TABLE watch.alert ADD COLUMN organization_id bigint;
UPDATE watch.alert a SET organization_id = t.organization_id FROM watch.target t WHERE t.id = a.target_id;
ALTER TABLE watch.alert ALTER COLUMN organization_id SET NOT NULL;
CREATE INDEX alert_open_organization ON watch.alert (organization_id) WHERE status <> 'CLOSED';
CREATE INDEX alert_closed_organization ON watch.alert (organization_id, closed_at) WHERE status = 'CLOSED';
DROP INDEX watch.alert_closed;
-- An organisation's targets, in the order its list pages them.
CREATE INDEX target_organization ON watch.target (organization_id, id) WHERE active;
