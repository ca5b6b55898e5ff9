-- The board and the work list start from the steps that told the viewer or their organisation,
-- and from the alerts of its own targets that are open or closed lately.
CREATE INDEX alert_step_told_organization ON watch.alert_step (organization_id, alert_id)
  WHERE notified_at IS NOT NULL;
CREATE INDEX alert_step_told_user ON watch.alert_step (user_id, alert_id)
  WHERE notified_at IS NOT NULL;
CREATE INDEX alert_closed ON watch.alert (closed_at) WHERE status = 'CLOSED';
DROP INDEX watch.alert_step_user;
DROP INDEX watch.alert_step_organization;
