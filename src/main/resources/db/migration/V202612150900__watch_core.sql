-- Watch-over (見守り): agreements, targets and their watchers, expected contacts, door reports
-- (observations), check-ins, escalation chains, alerts with their steps and timeline, and the
-- messages that go out for them. Times are instants; office hours are Asia/Tokyo wall times.

CREATE SCHEMA IF NOT EXISTS watch;

-- 見守り協定: an organisation (a co-op, a newspaper) watches for a municipality in an area and
-- reports to its desk.
CREATE TABLE watch.agreement (
  id                 bigserial PRIMARY KEY,
  organization_id    bigint NOT NULL,
  municipality_id    bigint NOT NULL,
  area_id            bigint,
  name               text NOT NULL,
  desk_name          text NOT NULL,
  desk_email         text NOT NULL,
  desk_phone         text,
  desk_opens         time NOT NULL DEFAULT '08:30',
  desk_closes        time NOT NULL DEFAULT '17:15',
  signed_on          date NOT NULL,
  ended_on           date,
  created_at         timestamptz NOT NULL,
  created_by         bigint NOT NULL,
  CHECK (desk_opens < desk_closes)
);
CREATE INDEX agreement_organization ON watch.agreement (organization_id);

-- A person watched by an organisation on a consent for the watch-over programme.
CREATE TABLE watch.target (
  id                 bigserial PRIMARY KEY,
  person_id          bigint NOT NULL,
  organization_id    bigint NOT NULL,
  agreement_id       bigint REFERENCES watch.agreement(id),
  consent_id         bigint NOT NULL,
  relationship_id    bigint,
  key_holder         text,
  doctor             text,
  notes              text,
  driver_notes       text,
  active             boolean NOT NULL DEFAULT true,
  created_at         timestamptz NOT NULL,
  created_by         bigint NOT NULL,
  version            integer NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX target_person_organization ON watch.target (person_id, organization_id)
  WHERE active;
CREATE INDEX target_person ON watch.target (person_id);

-- Family, key holders and others outside the platform who may be told or asked.
CREATE TABLE watch.target_contact (
  id                 bigserial PRIMARY KEY,
  target_id          bigint NOT NULL REFERENCES watch.target(id),
  kind               text NOT NULL CHECK (kind IN ('FAMILY', 'KEY_HOLDER', 'NEIGHBOUR', 'OTHER')),
  name               text NOT NULL,
  relation           text,
  email              text,
  phone              text,
  daily_updates      boolean NOT NULL DEFAULT false
);
CREATE INDEX target_contact_target ON watch.target_contact (target_id);

-- Staff and volunteers with an account who watch a target.
CREATE TABLE watch.watcher (
  target_id          bigint NOT NULL REFERENCES watch.target(id),
  user_id            bigint NOT NULL,
  kind               text NOT NULL CHECK (kind IN ('NEIGHBOUR', 'MINSEI', 'DELIVERY', 'FAMILY', 'STAFF')),
  PRIMARY KEY (target_id, user_id)
);
CREATE INDEX watcher_user ON watch.watcher (user_id);

-- A regular contact: a weekly delivery, a visit, a daily call. A contact not recorded by
-- next_due_at (its time plus the grace) becomes an alert; next_due_at is the timer.
CREATE TABLE watch.expected_contact (
  id                 bigserial PRIMARY KEY,
  target_id          bigint NOT NULL REFERENCES watch.target(id),
  kind               text NOT NULL CHECK (kind IN ('DELIVERY', 'VISIT', 'CALL', 'SENSOR')),
  weekday            smallint CHECK (weekday BETWEEN 1 AND 7),
  at_time            time NOT NULL,
  grace_minutes      integer NOT NULL CHECK (grace_minutes BETWEEN 0 AND 1440),
  user_id            bigint,
  next_at            timestamptz NOT NULL,
  next_due_at        timestamptz NOT NULL,
  active             boolean NOT NULL DEFAULT true
);
CREATE INDEX expected_contact_due ON watch.expected_contact (next_due_at) WHERE active;
CREATE INDEX expected_contact_target ON watch.expected_contact (target_id);
CREATE INDEX expected_contact_user ON watch.expected_contact (user_id, weekday) WHERE active;

-- 異変通報: what a driver or watcher saw at the door.
CREATE TABLE watch.observation (
  id                 bigserial PRIMARY KEY,
  target_id          bigint NOT NULL REFERENCES watch.target(id),
  reported_by        bigint NOT NULL,
  signs              text[] NOT NULL,
  note               text,
  danger             boolean NOT NULL,
  observed_at        timestamptz NOT NULL,
  received_at        timestamptz NOT NULL
);
CREATE INDEX observation_target ON watch.observation (target_id, received_at DESC);

-- 接触の記録: a contact that happened.
CREATE TABLE watch.check_in (
  id                 bigserial PRIMARY KEY,
  target_id          bigint NOT NULL REFERENCES watch.target(id),
  expected_contact_id bigint REFERENCES watch.expected_contact(id),
  recorded_by        bigint NOT NULL,
  kind               text NOT NULL,
  note               text,
  happened_at        timestamptz NOT NULL,
  received_at        timestamptz NOT NULL
);
CREATE INDEX check_in_target ON watch.check_in (target_id, happened_at DESC);

-- 連絡網: an agreement's chain, or a target's own which replaces it.
CREATE TABLE watch.chain_step (
  id                 bigserial PRIMARY KEY,
  agreement_id       bigint REFERENCES watch.agreement(id),
  target_id          bigint REFERENCES watch.target(id),
  position           integer NOT NULL CHECK (position >= 1),
  receiver_kind      text NOT NULL CHECK (receiver_kind IN ('ORGANIZATION', 'USER', 'CONTACT', 'DESK')),
  organization_id    bigint,
  user_id            bigint,
  contact_id         bigint REFERENCES watch.target_contact(id),
  channel            text NOT NULL,
  address            text NOT NULL,
  ack_minutes        integer NOT NULL CHECK (ack_minutes BETWEEN 1 AND 1440),
  office_hours_only  boolean NOT NULL DEFAULT false,
  CHECK ((agreement_id IS NULL) <> (target_id IS NULL))
);
CREATE UNIQUE INDEX chain_step_agreement ON watch.chain_step (agreement_id, position) WHERE agreement_id IS NOT NULL;
CREATE UNIQUE INDEX chain_step_target ON watch.chain_step (target_id, position) WHERE target_id IS NOT NULL;

-- 警報: opened by a door report or a missed contact; it walks its steps (copied from the chain
-- when it opened) until a named person acknowledges, and ends only with a recorded outcome.
CREATE TABLE watch.alert (
  id                 bigserial PRIMARY KEY,
  target_id          bigint NOT NULL REFERENCES watch.target(id),
  cause              text NOT NULL CHECK (cause IN ('OBSERVATION', 'MISSED_CONTACT')),
  observation_id     bigint REFERENCES watch.observation(id),
  expected_contact_id bigint REFERENCES watch.expected_contact(id),
  missed_at          timestamptz,
  danger             boolean NOT NULL DEFAULT false,
  opened_at          timestamptz NOT NULL,
  status             text NOT NULL CHECK (status IN ('OPEN', 'ACKNOWLEDGED', 'CLOSED')),
  step_position      integer NOT NULL DEFAULT 0,
  step_due_at        timestamptz,
  exhausted          boolean NOT NULL DEFAULT false,
  acknowledged_by    bigint,
  acknowledged_name  text,
  acknowledged_at    timestamptz,
  outcome            text CHECK (outcome IN ('SAFE', 'NOT_AT_HOME', 'HOSPITAL', 'EMERGENCY_TRANSPORT', 'DECEASED', 'OTHER')),
  outcome_note       text,
  closed_by          bigint,
  closed_at          timestamptz,
  version            integer NOT NULL DEFAULT 0,
  CHECK (status <> 'CLOSED' OR (outcome IS NOT NULL AND closed_by IS NOT NULL))
);
CREATE INDEX alert_due ON watch.alert (step_due_at) WHERE status = 'OPEN' AND step_due_at IS NOT NULL;
CREATE INDEX alert_open ON watch.alert (opened_at) WHERE status <> 'CLOSED';
CREATE INDEX alert_target ON watch.alert (target_id, opened_at DESC);
-- One alert per missed occurrence, however many nodes scan for it.
CREATE UNIQUE INDEX alert_missed_once ON watch.alert (expected_contact_id, missed_at)
  WHERE cause = 'MISSED_CONTACT';

CREATE TABLE watch.alert_step (
  alert_id           bigint NOT NULL REFERENCES watch.alert(id),
  position           integer NOT NULL,
  receiver_kind      text NOT NULL,
  organization_id    bigint,
  user_id            bigint,
  contact_id         bigint,
  receiver_name      text NOT NULL,
  channel            text NOT NULL,
  address            text NOT NULL,
  ack_minutes        integer NOT NULL,
  office_hours_only  boolean NOT NULL,
  opens              time,
  closes             time,
  notified_at        timestamptz,
  due_at             timestamptz,
  outcome            text CHECK (outcome IN ('ACKNOWLEDGED', 'TIMED_OUT', 'SKIPPED_CLOSED', 'CANCELLED')),
  PRIMARY KEY (alert_id, position)
);
CREATE INDEX alert_step_user ON watch.alert_step (user_id) WHERE notified_at IS NOT NULL AND outcome IS NULL;
CREATE INDEX alert_step_organization ON watch.alert_step (organization_id) WHERE notified_at IS NOT NULL AND outcome IS NULL;

-- The alert's timeline. A step is notified, timed out or skipped once: the unique index is the
-- database's guarantee behind the row lock the escalation takes.
CREATE TABLE watch.alert_event (
  id                 bigserial PRIMARY KEY,
  alert_id           bigint NOT NULL REFERENCES watch.alert(id),
  at                 timestamptz NOT NULL,
  kind               text NOT NULL,
  position           integer,
  actor_user_id      bigint,
  actor_name         text,
  detail             text
);
CREATE INDEX alert_event_alert ON watch.alert_event (alert_id, id);
CREATE UNIQUE INDEX alert_event_step_once ON watch.alert_event (alert_id, kind, position)
  WHERE kind IN ('NOTIFIED', 'TIMED_OUT', 'SKIPPED_CLOSED', 'EXHAUSTED');

-- Messages to the outside (mail, later LINE WORKS, SMS), sent at least once with a de-duplication
-- key; with no mail server configured they stay in the demo mailbox (送信メッセージ).
CREATE TABLE watch.message (
  id                 bigserial PRIMARY KEY,
  alert_id           bigint REFERENCES watch.alert(id),
  target_id          bigint REFERENCES watch.target(id),
  position           integer,
  purpose            text NOT NULL CHECK (purpose IN ('ALERT', 'FAMILY_UPDATE')),
  channel            text NOT NULL,
  address            text NOT NULL,
  receiver_name      text NOT NULL,
  subject            text NOT NULL,
  body               text NOT NULL,
  dedupe_key         text NOT NULL UNIQUE,
  ack_token          text UNIQUE,
  status             text NOT NULL CHECK (status IN ('PENDING', 'SENDING', 'SENT', 'KEPT', 'FAILED', 'CANCELLED')),
  attempts           integer NOT NULL DEFAULT 0,
  next_attempt_at    timestamptz NOT NULL,
  lease_until        timestamptz,
  created_at         timestamptz NOT NULL,
  sent_at            timestamptz,
  opened_at          timestamptz,
  acknowledged_at    timestamptz
);
CREATE INDEX message_pending ON watch.message (next_attempt_at) WHERE status IN ('PENDING', 'SENDING');
CREATE INDEX message_alert ON watch.message (alert_id);
CREATE INDEX message_created ON watch.message (created_at DESC);

-- The emergency access bases an alert recorded for the organisations it told (個人情報保護法
-- 第27条第1項第2号: to protect life), ended when it closes.
CREATE TABLE watch.alert_basis (
  alert_id           bigint NOT NULL REFERENCES watch.alert(id),
  basis_id           bigint NOT NULL,
  organization_id    bigint NOT NULL,
  PRIMARY KEY (alert_id, organization_id)
);
