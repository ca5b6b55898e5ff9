-- A settlement runs in the background: the node running it beats its heartbeat after every
-- committed batch, and any node resumes a RUNNING settlement whose heartbeat went stale (its node
-- died), claiming it by writing its own runner token. A failed run keeps why (a message key); the
-- partial unique index settlement_one_per_month already lets the next start begin a new run.
ALTER TABLE aid.settlement
  ADD COLUMN heartbeat_at timestamptz,
  ADD COLUMN runner text,
  ADD COLUMN failure text;

-- A run left RUNNING before this change is resumed by the first sweep.
UPDATE aid.settlement SET heartbeat_at = started_at, runner = 'before-heartbeat'
  WHERE status = 'RUNNING';
UPDATE aid.settlement SET failure = 'aid.settlement.failedUnexpected' WHERE status = 'FAILED';

ALTER TABLE aid.settlement
  ADD CONSTRAINT settlement_running_beats
    CHECK (status <> 'RUNNING' OR (heartbeat_at IS NOT NULL AND runner IS NOT NULL)),
  ADD CONSTRAINT settlement_failure_said
    CHECK ((status = 'FAILED') = (failure IS NOT NULL));

-- What the sweep looks at: the few RUNNING rows, by heartbeat.
CREATE INDEX settlement_running ON aid.settlement (heartbeat_at) WHERE status = 'RUNNING';
