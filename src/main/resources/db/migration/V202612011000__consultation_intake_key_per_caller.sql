-- An intake's idempotency key was unique across all callers, so a card sent by a second
-- organisation's device with the same key was answered with the first one's intake and dropped.
-- Keys now live in platform.idempotent_request, per caller; the global column goes.
ALTER TABLE consultation.intake DROP COLUMN idempotency_key;
