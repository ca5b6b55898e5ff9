-- The audit log becomes append-only: a seal covers every entry whose transaction id lies between
-- the previous seal's bound and its own, instead of stamping each entry with an UPDATE (which
-- rewrote every entry and its indexes once more and made sealing slower as the log grew).
-- Entries of transactions below the oldest running one can no longer appear, so a range is final.
-- No deployment holds a chain yet: the chain starts again and covers every entry (ADR 0006).
DELETE FROM platform.audit_seal;
ALTER TABLE platform.audit_seal
  DROP COLUMN first_entry_id,
  DROP COLUMN last_entry_id,
  ADD COLUMN below_txid xid8 NOT NULL,
  ADD CONSTRAINT audit_seal_follows_once UNIQUE (previous_hash);
DROP INDEX platform.audit_entry_unsealed;
DROP INDEX platform.audit_entry_seal;
ALTER TABLE platform.audit_entry DROP COLUMN seal_id;
CREATE INDEX audit_entry_txid ON platform.audit_entry (txid, id);
