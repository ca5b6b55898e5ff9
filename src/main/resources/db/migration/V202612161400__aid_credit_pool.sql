-- Minutes a member gives to the programme when they leave (a scheme's "donate" rule) are held in
-- the programme's pool.
ALTER TABLE aid.account DROP CONSTRAINT account_kind_check;
ALTER TABLE aid.account ADD CONSTRAINT account_kind_check CHECK (kind IN
  ('RECIPIENT','SUPPORTER','ORGANIZATION','CASH','CREDIT_HOLDING','CREDIT_ISSUED','CREDIT_POOL'));
ALTER TABLE aid.account DROP CONSTRAINT account_check1;
ALTER TABLE aid.account ADD CONSTRAINT account_unit_of_kind CHECK
  ((unit = 'MINUTE') = (kind IN ('CREDIT_HOLDING','CREDIT_ISSUED','CREDIT_POOL')));
