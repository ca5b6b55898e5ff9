-- Money that changes hands and the annual fee: a payment received from a member, a payout made to
-- a supporter, banked minutes cashed out, each a journal with what the office needs to find it
-- again (how and on what day); the annual fee billed once per person, programme and fee year
-- (to one of the person's memberships: memberships follow a person merge, so the rule is kept by
-- the billing, which locks the programme, not by a key on the person).
ALTER TABLE aid.journal DROP CONSTRAINT journal_kind_check;
ALTER TABLE aid.journal ADD CONSTRAINT journal_kind_check CHECK (kind IN
  ('VISIT','CANCELLATION','CREDIT_USE','CREDIT_GIFT','CREDIT_ENDING','CREDIT_CASH_OUT','PAYMENT',
   'PAYOUT','FEE','REVERSAL','ADJUSTMENT'));

CREATE TABLE aid.money_move (
  journal_id                bigint PRIMARY KEY REFERENCES aid.journal(id),
  programme_id              bigint NOT NULL REFERENCES aid.programme(id),
  member_id                 bigint NOT NULL REFERENCES aid.member(id),
  direction                 text NOT NULL CHECK (direction IN ('RECEIVED','PAID_OUT')),
  method                    text NOT NULL CHECK (method IN ('CASH','BANK_TRANSFER','DIRECT_DEBIT')),
  paid_on                   date NOT NULL,
  amount_yen                bigint NOT NULL CHECK (amount_yen > 0)
);
CREATE INDEX money_move_member ON aid.money_move (programme_id, member_id, paid_on);
CREATE TRIGGER money_move_append_only BEFORE UPDATE OR DELETE ON aid.money_move
  FOR EACH ROW EXECUTE FUNCTION aid.ledger_is_append_only();

CREATE TABLE aid.annual_fee (
  programme_id              bigint NOT NULL REFERENCES aid.programme(id),
  member_id                 bigint NOT NULL REFERENCES aid.member(id),
  fee_year                  integer NOT NULL CHECK (fee_year BETWEEN 2000 AND 2100),
  journal_id                bigint NOT NULL REFERENCES aid.journal(id),
  PRIMARY KEY (programme_id, member_id, fee_year)
);
CREATE TRIGGER annual_fee_append_only BEFORE UPDATE OR DELETE ON aid.annual_fee
  FOR EACH ROW EXECUTE FUNCTION aid.ledger_is_append_only();
