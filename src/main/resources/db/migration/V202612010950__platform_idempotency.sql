-- Idempotency keys of field-device writes, per caller (docs/architecture.md, "Idempotent
-- writes"). One row per (caller, operation, key): the hash of the request first sent
-- and the id of what it created. The row is inserted before the work and committed with it, so two
-- identical requests at once create one record: the second waits on the first's row.
CREATE TABLE platform.idempotent_request (
  owner_kind    text NOT NULL CHECK (owner_kind IN ('USER','API_TOKEN')),
  owner_id      bigint NOT NULL,
  operation     text NOT NULL,
  key           text NOT NULL CHECK (length(key) BETWEEN 1 AND 200),
  request_hash  text NOT NULL,
  result_id     bigint,
  created_at    timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (owner_kind, owner_id, operation, key)
);
