-- Mutual aid (助け合い・有償ボランティア): programmes with their fee rules, members (supporters and
-- recipients), requests, assignments, activity reports, and the double-entry ledger that settles
-- them. Money is integer yen, time credits integer minutes. The ledger's rules are the database's:
-- every journal sums to zero per unit, entries are never changed or deleted, a closed month takes
-- no entry, and an account's balance never passes its limit, however many write at once.

CREATE SCHEMA IF NOT EXISTS aid;

-- A scheme run by an organisation, with every rule its members agreed to.
CREATE TABLE aid.programme (
  id                        bigserial PRIMARY KEY,
  organization_id           bigint NOT NULL,
  name                      text NOT NULL,
  annual_fee_yen            integer NOT NULL CHECK (annual_fee_yen >= 0),
  fee_year_start_month      smallint NOT NULL DEFAULT 4 CHECK (fee_year_start_month BETWEEN 1 AND 12),
  minimum_minutes           integer NOT NULL CHECK (minimum_minutes BETWEEN 1 AND 1440),
  step_minutes              integer NOT NULL CHECK (step_minutes BETWEEN 1 AND 1440),
  max_minutes_per_day       integer CHECK (max_minutes_per_day BETWEEN 1 AND 1440),
  weekday_from              time NOT NULL,
  weekday_until             time NOT NULL,
  year_end_from             text NOT NULL DEFAULT '12-29' CHECK (year_end_from ~ '^[01][0-9]-[0-3][0-9]$'),
  year_end_until            text NOT NULL DEFAULT '01-03' CHECK (year_end_until ~ '^[01][0-9]-[0-3][0-9]$'),
  cancel_free_days_before   integer NOT NULL CHECK (cancel_free_days_before >= 0),
  cancel_same_day_minutes   integer NOT NULL CHECK (cancel_same_day_minutes >= 0),
  cancel_no_notice_full     boolean NOT NULL,
  payout_per_visit_yen      integer NOT NULL DEFAULT 0 CHECK (payout_per_visit_yen >= 0),
  time_credits              text NOT NULL CHECK (time_credits IN ('NONE','OPTIONAL','ONLY')),
  credit_users              text[] NOT NULL DEFAULT '{SELF}',
  credit_transferable       boolean NOT NULL DEFAULT false,
  credit_cash_out           boolean NOT NULL DEFAULT false,
  credit_on_leaving         text NOT NULL DEFAULT 'KEEP' CHECK (credit_on_leaving IN ('KEEP','FORFEIT','DONATE')),
  credit_on_death           text NOT NULL DEFAULT 'FORFEIT' CHECK (credit_on_death IN ('FORFEIT','FAMILY','DONATE')),
  credit_overdraft_minutes  integer NOT NULL DEFAULT 0 CHECK (credit_overdraft_minutes >= 0),
  active                    boolean NOT NULL DEFAULT true,
  created_at                timestamptz NOT NULL,
  created_by                bigint NOT NULL,
  version                   integer NOT NULL DEFAULT 0,
  UNIQUE (organization_id, name),
  CHECK (weekday_from < weekday_until),
  CHECK (credit_users <@ ARRAY['SELF','SPOUSE','PARENT','CHILD']::text[])
);

-- Hourly fees by time band: what the recipient pays and what the supporter receives.
CREATE TABLE aid.rate (
  programme_id              bigint NOT NULL REFERENCES aid.programme(id),
  band                      text NOT NULL CHECK (band IN ('WEEKDAY','OUT_OF_HOURS','WEEKEND_HOLIDAY','YEAR_END')),
  recipient_yen_per_hour    integer NOT NULL CHECK (recipient_yen_per_hour >= 0),
  supporter_yen_per_hour    integer NOT NULL CHECK (supporter_yen_per_hour >= 0),
  PRIMARY KEY (programme_id, band)
);

CREATE TABLE aid.menu_item (
  id                        bigserial PRIMARY KEY,
  programme_id              bigint NOT NULL REFERENCES aid.programme(id),
  code                      text NOT NULL,
  name                      text NOT NULL,
  needs_driving             boolean NOT NULL DEFAULT false,
  active                    boolean NOT NULL DEFAULT true,
  UNIQUE (programme_id, code)
);

-- A person's membership; someone both helping and helped has two.
CREATE TABLE aid.member (
  id                        bigserial PRIMARY KEY,
  programme_id              bigint NOT NULL REFERENCES aid.programme(id),
  person_id                 bigint NOT NULL,
  member_type               text NOT NULL CHECK (member_type IN ('SUPPORTER','RECIPIENT','SPONSOR')),
  user_id                   bigint,
  area_id                   bigint,
  joined_on                 date NOT NULL,
  left_on                   date,
  left_reason               text CHECK (left_reason IN ('LEFT','DIED')),
  relationship_id           bigint,
  created_at                timestamptz NOT NULL,
  created_by                bigint NOT NULL,
  version                   integer NOT NULL DEFAULT 0,
  UNIQUE (programme_id, person_id, member_type),
  CHECK ((left_on IS NULL) = (left_reason IS NULL))
);
CREATE INDEX member_person ON aid.member (person_id);
CREATE INDEX member_user ON aid.member (user_id) WHERE user_id IS NOT NULL;
CREATE INDEX member_programme_type ON aid.member (programme_id, member_type) WHERE left_on IS NULL;

-- What a supporter can do, where, and the cover that lets them.
CREATE TABLE aid.supporter (
  member_id                 bigint PRIMARY KEY REFERENCES aid.member(id),
  drives                    boolean NOT NULL DEFAULT false,
  transport_course_on       date,
  insurance_name            text,
  insurance_until           date,
  max_minutes_per_week      integer CHECK (max_minutes_per_week BETWEEN 1 AND 10080),
  latitude                  double precision,
  longitude                 double precision,
  takes_credits             boolean NOT NULL DEFAULT false
);
CREATE TABLE aid.supporter_skill (
  member_id                 bigint NOT NULL REFERENCES aid.supporter(member_id),
  menu_item_id              bigint NOT NULL REFERENCES aid.menu_item(id),
  PRIMARY KEY (member_id, menu_item_id)
);
CREATE INDEX supporter_skill_item ON aid.supporter_skill (menu_item_id);
CREATE TABLE aid.supporter_area (
  member_id                 bigint NOT NULL REFERENCES aid.supporter(member_id),
  area_id                   bigint NOT NULL,
  PRIMARY KEY (member_id, area_id)
);
CREATE INDEX supporter_area_area ON aid.supporter_area (area_id);
-- Weekly availability in Asia/Tokyo wall time; ISO weekday 1 (Monday) to 7 (Sunday).
CREATE TABLE aid.availability (
  member_id                 bigint NOT NULL REFERENCES aid.supporter(member_id),
  weekday                   smallint NOT NULL CHECK (weekday BETWEEN 1 AND 7),
  starts                    time NOT NULL,
  ends                      time NOT NULL,
  CHECK (starts < ends)
);
CREATE INDEX availability_member ON aid.availability (member_id);

-- A recipient's wishes about who comes: the one they like, or "not this person".
CREATE TABLE aid.preference (
  recipient_id              bigint NOT NULL REFERENCES aid.member(id),
  supporter_id              bigint NOT NULL REFERENCES aid.member(id),
  kind                      text NOT NULL CHECK (kind IN ('PREFERRED','EXCLUDED')),
  note                      text,
  PRIMARY KEY (recipient_id, supporter_id)
);

-- A weekly request ("every Tuesday 10:00–11:00"); its visits are requests with its id.
CREATE TABLE aid.request_series (
  id                        bigserial PRIMARY KEY,
  programme_id              bigint NOT NULL REFERENCES aid.programme(id),
  recipient_id              bigint NOT NULL REFERENCES aid.member(id),
  supporter_id              bigint REFERENCES aid.member(id),
  ends_on                   date,
  created_at                timestamptz NOT NULL
);

CREATE TABLE aid.help_request (
  id                        bigserial PRIMARY KEY,
  programme_id              bigint NOT NULL REFERENCES aid.programme(id),
  recipient_id              bigint NOT NULL REFERENCES aid.member(id),
  menu_item_id              bigint NOT NULL REFERENCES aid.menu_item(id),
  series_id                 bigint REFERENCES aid.request_series(id),
  starts_at                 timestamptz NOT NULL,
  minutes                   integer NOT NULL CHECK (minutes BETWEEN 1 AND 1440),
  area_id                   bigint,
  place                     text,
  notes                     text,
  credit_holder_id          bigint REFERENCES aid.member(id),
  status                    text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN','ASSIGNED','DONE','CANCELLED')),
  cancel_notice             text CHECK (cancel_notice IN ('DAY_BEFORE','SAME_DAY','NO_NOTICE')),
  cancelled_at              timestamptz,
  journal_id                bigint,
  created_at                timestamptz NOT NULL,
  created_by                bigint NOT NULL,
  version                   integer NOT NULL DEFAULT 0,
  CHECK ((status = 'CANCELLED') = (cancel_notice IS NOT NULL))
);
CREATE INDEX help_request_open ON aid.help_request (programme_id, starts_at) WHERE status = 'OPEN';
CREATE INDEX help_request_recipient ON aid.help_request (recipient_id, starts_at);
CREATE INDEX help_request_series ON aid.help_request (series_id) WHERE series_id IS NOT NULL;
CREATE INDEX help_request_unsettled_cancel ON aid.help_request (programme_id)
  WHERE status = 'CANCELLED' AND journal_id IS NULL;

-- Supporters asked (OFFERED) or confirmed for a request; a request has one confirmed at most,
-- whoever confirms at the same moment.
CREATE TABLE aid.assignment (
  id                        bigserial PRIMARY KEY,
  request_id                bigint NOT NULL REFERENCES aid.help_request(id),
  supporter_id              bigint NOT NULL REFERENCES aid.member(id),
  status                    text NOT NULL CHECK (status IN ('OFFERED','CONFIRMED','DECLINED','WITHDRAWN')),
  created_at                timestamptz NOT NULL,
  created_by                bigint NOT NULL,
  answered_at               timestamptz,
  UNIQUE (request_id, supporter_id)
);
CREATE UNIQUE INDEX assignment_one_confirmed ON aid.assignment (request_id) WHERE status = 'CONFIRMED';
CREATE INDEX assignment_supporter ON aid.assignment (supporter_id, status);

-- 活動報告: one per request, whatever the phone sends twice.
CREATE TABLE aid.activity_report (
  id                        bigserial PRIMARY KEY,
  request_id                bigint NOT NULL UNIQUE REFERENCES aid.help_request(id),
  programme_id              bigint NOT NULL REFERENCES aid.programme(id),
  supporter_id              bigint NOT NULL REFERENCES aid.member(id),
  started_at                timestamptz NOT NULL,
  ended_at                  timestamptz NOT NULL,
  done                      text NOT NULL,
  travel_yen                integer NOT NULL DEFAULT 0 CHECK (travel_yen BETWEEN 0 AND 1000000),
  expense_yen               integer NOT NULL DEFAULT 0 CHECK (expense_yen BETWEEN 0 AND 1000000),
  concern                   text,
  intake_id                 bigint,
  take_credits              boolean NOT NULL DEFAULT false,
  reported_at               timestamptz NOT NULL,
  reported_by               bigint NOT NULL,
  journal_id                bigint,
  CHECK (started_at < ended_at)
);
CREATE INDEX activity_report_unsettled ON aid.activity_report (programme_id, started_at) WHERE journal_id IS NULL;
CREATE INDEX activity_report_supporter ON aid.activity_report (supporter_id, started_at);

-- The ledger. An account belongs to a member (what a recipient owes, what a supporter is owed,
-- the minutes a member holds) or to the programme (its share, cash, the credits it issued).
-- balance is the sum of the account's entries, debit positive; it may not exceed debit_limit.
CREATE TABLE aid.account (
  id                        bigserial PRIMARY KEY,
  programme_id              bigint NOT NULL REFERENCES aid.programme(id),
  member_id                 bigint REFERENCES aid.member(id),
  kind                      text NOT NULL CHECK (kind IN ('RECIPIENT','SUPPORTER','ORGANIZATION','CASH','CREDIT_HOLDING','CREDIT_ISSUED')),
  unit                      text NOT NULL CHECK (unit IN ('YEN','MINUTE')),
  balance                   bigint NOT NULL DEFAULT 0,
  debit_limit               bigint,
  UNIQUE NULLS NOT DISTINCT (programme_id, member_id, kind),
  CHECK (debit_limit IS NULL OR balance <= debit_limit),
  CHECK ((unit = 'MINUTE') = (kind IN ('CREDIT_HOLDING','CREDIT_ISSUED')))
);

CREATE TABLE aid.closed_month (
  programme_id              bigint NOT NULL REFERENCES aid.programme(id),
  month                     date NOT NULL CHECK (extract(day FROM month) = 1),
  closed_at                 timestamptz NOT NULL,
  closed_by                 bigint NOT NULL,
  PRIMARY KEY (programme_id, month)
);

CREATE TABLE aid.journal (
  id                        bigserial PRIMARY KEY,
  programme_id              bigint NOT NULL REFERENCES aid.programme(id),
  month                     date NOT NULL CHECK (extract(day FROM month) = 1),
  kind                      text NOT NULL CHECK (kind IN ('VISIT','CANCELLATION','CREDIT_USE','CREDIT_GIFT','CREDIT_ENDING','PAYMENT','PAYOUT','FEE','REVERSAL','ADJUSTMENT')),
  reverses_id               bigint UNIQUE REFERENCES aid.journal(id),
  memo                      text,
  created_at                timestamptz NOT NULL,
  created_by                bigint NOT NULL,
  CHECK ((kind = 'REVERSAL') = (reverses_id IS NOT NULL))
);
CREATE INDEX journal_month ON aid.journal (programme_id, month);

CREATE TABLE aid.entry (
  id                        bigserial PRIMARY KEY,
  journal_id                bigint NOT NULL REFERENCES aid.journal(id),
  account_id                bigint NOT NULL REFERENCES aid.account(id),
  amount                    bigint NOT NULL CHECK (amount <> 0)
);
CREATE INDEX entry_journal ON aid.entry (journal_id);
CREATE INDEX entry_account ON aid.entry (account_id);

-- Nothing written to the ledger changes afterwards.
CREATE FUNCTION aid.ledger_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'aid ledger rows are never changed or deleted (%)', TG_TABLE_NAME
    USING ERRCODE = 'integrity_constraint_violation';
END $$;
CREATE TRIGGER journal_append_only BEFORE UPDATE OR DELETE ON aid.journal
  FOR EACH ROW EXECUTE FUNCTION aid.ledger_is_append_only();
CREATE TRIGGER entry_append_only BEFORE UPDATE OR DELETE ON aid.entry
  FOR EACH ROW EXECUTE FUNCTION aid.ledger_is_append_only();
CREATE TRIGGER closed_month_append_only BEFORE UPDATE OR DELETE ON aid.closed_month
  FOR EACH ROW EXECUTE FUNCTION aid.ledger_is_append_only();

-- A journal or an entry for a closed month is refused. The programme's row is share-locked so
-- that closing (which locks it for update) waits for postings in flight, and they for it.
CREATE FUNCTION aid.refuse_closed_month() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  p bigint;
  m date;
BEGIN
  IF TG_TABLE_NAME = 'journal' THEN
    p := NEW.programme_id; m := NEW.month;
  ELSE
    SELECT j.programme_id, j.month INTO p, m FROM aid.journal j WHERE j.id = NEW.journal_id;
  END IF;
  PERFORM 1 FROM aid.programme WHERE id = p FOR KEY SHARE;
  IF EXISTS (SELECT 1 FROM aid.closed_month c WHERE c.programme_id = p AND c.month = m) THEN
    RAISE EXCEPTION 'aid month % of programme % is closed', m, p USING ERRCODE = 'check_violation',
      CONSTRAINT = 'aid_month_closed';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER journal_open_month BEFORE INSERT ON aid.journal
  FOR EACH ROW EXECUTE FUNCTION aid.refuse_closed_month();
CREATE TRIGGER entry_open_month BEFORE INSERT ON aid.entry
  FOR EACH ROW EXECUTE FUNCTION aid.refuse_closed_month();

-- An entry moves its account's balance at once: the account's CHECK holds the limit, and its row
-- lock makes concurrent debits take turns. An entry posts only to its journal's programme.
CREATE FUNCTION aid.post_entry() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE aid.account a SET balance = a.balance + NEW.amount
   WHERE a.id = NEW.account_id
     AND a.programme_id = (SELECT j.programme_id FROM aid.journal j WHERE j.id = NEW.journal_id);
  IF NOT FOUND THEN
    RAISE EXCEPTION 'aid entry % posts to an account of another programme', NEW.id
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER entry_posts BEFORE INSERT ON aid.entry
  FOR EACH ROW EXECUTE FUNCTION aid.post_entry();

-- Every journal sums to zero in each unit, checked when its transaction commits.
CREATE FUNCTION aid.journal_balances() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  off record;
BEGIN
  SELECT a.unit, sum(e.amount) AS total INTO off
    FROM aid.entry e JOIN aid.account a ON a.id = e.account_id
   WHERE e.journal_id = NEW.journal_id
   GROUP BY a.unit HAVING sum(e.amount) <> 0 LIMIT 1;
  IF FOUND THEN
    RAISE EXCEPTION 'aid journal % does not balance: % % off', NEW.journal_id, off.total, off.unit
      USING ERRCODE = 'check_violation', CONSTRAINT = 'aid_journal_balances';
  END IF;
  RETURN NULL;
END $$;
CREATE CONSTRAINT TRIGGER entry_balances AFTER INSERT ON aid.entry
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION aid.journal_balances();

-- A journal with no entries is refused too, at commit.
CREATE FUNCTION aid.journal_has_entries() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM aid.entry e WHERE e.journal_id = NEW.id) THEN
    RAISE EXCEPTION 'aid journal % has no entries', NEW.id
      USING ERRCODE = 'check_violation', CONSTRAINT = 'aid_journal_balances';
  END IF;
  RETURN NULL;
END $$;
CREATE CONSTRAINT TRIGGER journal_not_empty AFTER INSERT ON aid.journal
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION aid.journal_has_entries();

-- A month's settlement: one run at a time per programme and month, its progress readable by
-- others while it runs.
CREATE TABLE aid.settlement (
  id                        bigserial PRIMARY KEY,
  programme_id              bigint NOT NULL REFERENCES aid.programme(id),
  month                     date NOT NULL CHECK (extract(day FROM month) = 1),
  status                    text NOT NULL CHECK (status IN ('RUNNING','CLOSED','FAILED')),
  done_items                integer NOT NULL DEFAULT 0,
  total_items               integer NOT NULL DEFAULT 0,
  started_at                timestamptz NOT NULL,
  finished_at               timestamptz,
  started_by                bigint NOT NULL
);
CREATE UNIQUE INDEX settlement_one_per_month ON aid.settlement (programme_id, month) WHERE status <> 'FAILED';
