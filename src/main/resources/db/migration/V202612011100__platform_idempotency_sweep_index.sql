-- Keys are forgotten after tsunagu.idempotency.keep (IdempotencyKeySweeper): find the old ones.
CREATE INDEX idempotent_request_created ON platform.idempotent_request (created_at);
