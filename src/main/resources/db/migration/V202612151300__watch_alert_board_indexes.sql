-- The board and the work list start from the steps that told the viewer or their organisation,
-- and from the alerts of its own targets that are open or closed lately.
CREATE INDEX alert_step_told_organization ON watch.alert_step (organization_id, alert_id)
  WHERE notified_at IS NOT NULL;
CREATE INDEX alert_step_told_user ON watch.alert_step (user_id, alert_id)
  WHERE notified_at IS NOT NULL;

DROP INDEX watch.alert_step_user;
DROP INDEX watch.alert_step_organization;
-- An organisation's targets, in the order its list pages them.
CREATE INDEX target_organization ON watch.target (organization_id, id) WHERE active;
-- The organisation that registered the target, kept on the alert so that its board finds its
-- alerts by an index instead of asking each open alert's target.
ALTER TABLE watch.alert ADD COLUMN organization_id bigint;
UPDATE watch.alert a SET organization_id = t.organization_id FROM watch.target t WHERE t.id = a.target_id;
ALTER TABLE watch.alert ALTER COLUMN organization_id SET NOT NULL;
CREATE INDEX alert_open_organization ON watch.alert (organization_id) WHERE status <> 'CLOSED';
CREATE INDEX alert_closed_organization ON watch.alert (organization_id, closed_at) WHERE status = 'CLOSED';
