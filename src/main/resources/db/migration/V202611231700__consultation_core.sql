-- Consultation and closed-loop referral (相談・つなぎ): windows, intakes, cases, needs, timeline,
-- support plans, sharing bases, referrals with their history, case conferences.
CREATE SCHEMA IF NOT EXISTS consultation;

-- A 相談窓口: a salon flying the 「地域の福祉相談窓口」 flag, a phone line, an office counter, a
-- co-op's delivery round. Run by one organisation; what it takes in goes to the receiving one.
CREATE TABLE consultation.consultation_window (
  id                bigserial PRIMARY KEY,
  name              text NOT NULL,
  kind              text NOT NULL CHECK (kind IN ('SALON','PHONE','OFFICE','VISIT','DELIVERY','OUTREACH','OTHER')),
  organization_id   bigint NOT NULL REFERENCES people.organization(id),
  receiving_org_id  bigint NOT NULL REFERENCES people.organization(id),
  area_id           bigint REFERENCES people.area(id),
  place             text,
  active            boolean NOT NULL DEFAULT true,
  created_at        timestamptz NOT NULL DEFAULT now(),
  UNIQUE (organization_id, name)
);
CREATE INDEX window_receiving ON consultation.consultation_window (receiving_org_id) WHERE active;

-- A 支援ケース for a person, a household, or someone not yet identified ("the man at the corner
-- house"), led by one organisation and worker.
CREATE TABLE consultation.support_case (
  id                   bigserial PRIMARY KEY,
  reference            text NOT NULL UNIQUE,
  person_id            bigint REFERENCES people.person(id),
  household_id         bigint REFERENCES people.household(id),
  subject_description  text,
  title                text NOT NULL,
  lead_org_id          bigint NOT NULL REFERENCES people.organization(id),
  lead_worker_id       bigint REFERENCES platform.app_user(id),
  area_id              bigint REFERENCES people.area(id),
  urgency              text NOT NULL CHECK (urgency IN ('EMERGENCY','HIGH','NORMAL','LOW')),
  status               text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN','SUPPORTING','MONITORING','CLOSED')),
  opened_at            timestamptz NOT NULL DEFAULT now(),
  first_contact_at     timestamptz,
  review_on            date,
  closed_at            timestamptz,
  closed_by            bigint,
  closed_reason        text CHECK (closed_reason IN ('RESOLVED','TRANSFERRED','PERSON_DECLINED','MOVED_AWAY','DIED','NO_CONTACT','OTHER')),
  closed_note          text,
  version              integer NOT NULL DEFAULT 0,
  created_by           bigint NOT NULL,
  updated_at           timestamptz NOT NULL DEFAULT now(),
  CHECK (person_id IS NOT NULL OR household_id IS NOT NULL OR subject_description IS NOT NULL),
  CHECK ((status = 'CLOSED') = (closed_at IS NOT NULL AND closed_reason IS NOT NULL))
);
CREATE INDEX case_person ON consultation.support_case (person_id);
CREATE INDEX case_household ON consultation.support_case (household_id);
CREATE INDEX case_lead_open ON consultation.support_case (lead_org_id, lead_worker_id) WHERE status <> 'CLOSED';
CREATE INDEX case_review_open ON consultation.support_case (lead_org_id, review_on) WHERE status <> 'CLOSED';
CREATE INDEX case_opened ON consultation.support_case (opened_at);

CREATE TABLE consultation.case_need (
  case_id  bigint NOT NULL REFERENCES consultation.support_case(id),
  domain   text NOT NULL,
  note     text,
  PRIMARY KEY (case_id, domain)
);
CREATE INDEX case_need_domain ON consultation.case_need (domain);

-- An intake (相談受付・つながりカード): who brought what, through which window, in the person's
-- own words. The answer to "may we pass this on" becomes a consent in the people module once the
-- person is identified; the answer itself is kept here as what was said.
CREATE TABLE consultation.intake (
  id                   bigserial PRIMARY KEY,
  window_id            bigint NOT NULL REFERENCES consultation.consultation_window(id),
  channel              text NOT NULL CHECK (channel IN ('IN_PERSON','PHONE','VISIT','DOOR','CARD','PAPER_CARD','OUTREACH','OTHER')),
  received_on          date NOT NULL,
  received_at          timestamptz NOT NULL DEFAULT now(),
  reporter_kind        text NOT NULL CHECK (reporter_kind IN ('SELF','FAMILY','NEIGHBOUR','WELFARE_VOLUNTEER','SALON_HOST','DELIVERY','PROFESSIONAL','OTHER')),
  reporter_name        text,
  person_id            bigint REFERENCES people.person(id),
  subject_description  text,
  contact_name         text,
  contact_phone        text,
  own_words            text NOT NULL,
  urgency              text NOT NULL CHECK (urgency IN ('EMERGENCY','HIGH','NORMAL','LOW')),
  may_contact          boolean,
  share_agreed         boolean NOT NULL,
  share_scope_type     text,
  consent_id           bigint REFERENCES people.consent(id),
  status               text NOT NULL DEFAULT 'NEW' CHECK (status IN ('NEW','CASE','NO_CASE')),
  case_id              bigint REFERENCES consultation.support_case(id),
  no_case_reason       text,
  handled_at           timestamptz,
  handled_by           bigint,
  recorded_by          bigint NOT NULL,
  recorded_org_id      bigint NOT NULL REFERENCES people.organization(id),
  idempotency_key      text UNIQUE,
  version              integer NOT NULL DEFAULT 0,
  CHECK (status <> 'CASE' OR case_id IS NOT NULL)
);
CREATE INDEX intake_window_new ON consultation.intake (window_id, received_at) WHERE status = 'NEW';
CREATE INDEX intake_case ON consultation.intake (case_id);
CREATE INDEX intake_person ON consultation.intake (person_id);
CREATE INDEX intake_received ON consultation.intake (received_on);

CREATE TABLE consultation.intake_domain (
  intake_id  bigint NOT NULL REFERENCES consultation.intake(id),
  domain     text NOT NULL,
  PRIMARY KEY (intake_id, domain)
);

-- The timeline (支援経過記録): every contact, visit, call, outreach, decision and state change.
CREATE TABLE consultation.case_entry (
  id           bigserial PRIMARY KEY,
  case_id      bigint NOT NULL REFERENCES consultation.support_case(id),
  kind         text NOT NULL CHECK (kind IN ('CONTACT','VISIT','CALL','OUTREACH','DECISION','NOTE','INTAKE','REFERRAL','CONFERENCE','PLAN','STATUS')),
  occurred_at  timestamptz NOT NULL,
  summary      text NOT NULL,
  -- System entries (state changes) hold a message code and an argument, "code|arg", shown translated.
  system       boolean NOT NULL DEFAULT false,
  author_id    bigint,
  org_id       bigint NOT NULL REFERENCES people.organization(id),
  created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX case_entry_case ON consultation.case_entry (case_id, occurred_at DESC, id DESC);

-- Support plan (支援プラン): goals, and actions saying who does what by when.
CREATE TABLE consultation.plan_goal (
  id          bigserial PRIMARY KEY,
  case_id     bigint NOT NULL REFERENCES consultation.support_case(id),
  text        text NOT NULL,
  status      text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN','ACHIEVED','DROPPED')),
  created_at  timestamptz NOT NULL DEFAULT now(),
  created_by  bigint NOT NULL
);
CREATE INDEX plan_goal_case ON consultation.plan_goal (case_id);

CREATE TABLE consultation.plan_action (
  id                   bigserial PRIMARY KEY,
  case_id              bigint NOT NULL REFERENCES consultation.support_case(id),
  goal_id              bigint REFERENCES consultation.plan_goal(id),
  description          text NOT NULL,
  responsible_org_id   bigint NOT NULL REFERENCES people.organization(id),
  responsible_user_id  bigint REFERENCES platform.app_user(id),
  due_on               date NOT NULL,
  status               text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN','DONE','CANCELLED')),
  done_at              timestamptz,
  conference_id        bigint,
  created_at           timestamptz NOT NULL DEFAULT now(),
  created_by           bigint NOT NULL
);
CREATE INDEX plan_action_case ON consultation.plan_action (case_id);
CREATE INDEX plan_action_open_due ON consultation.plan_action (responsible_org_id, due_on) WHERE status = 'OPEN';
CREATE INDEX plan_action_open_user ON consultation.plan_action (responsible_user_id, due_on) WHERE status = 'OPEN';

CREATE TABLE consultation.plan_review (
  id              bigserial PRIMARY KEY,
  case_id         bigint NOT NULL REFERENCES consultation.support_case(id),
  reviewed_on     date NOT NULL,
  note            text NOT NULL,
  next_review_on  date,
  reviewed_by     bigint NOT NULL,
  created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX plan_review_case ON consultation.plan_review (case_id);

-- A basis on which the case's personal data may be shared: the person's consent (kept in the
-- people module), a 支援会議 under 社会福祉法 第106条の6, or an emergency; who decided and why.
CREATE TABLE consultation.case_basis (
  id            bigserial PRIMARY KEY,
  case_id       bigint NOT NULL REFERENCES consultation.support_case(id),
  kind          text NOT NULL CHECK (kind IN ('CONSENT','SUPPORT_MEETING','EMERGENCY')),
  consent_id    bigint REFERENCES people.consent(id),
  conference_id bigint,
  reason        text NOT NULL,
  decided_by    bigint NOT NULL,
  decided_at    timestamptz NOT NULL DEFAULT now(),
  ended_at      timestamptz,
  ended_by      bigint,
  CHECK (kind <> 'CONSENT' OR consent_id IS NOT NULL)
);
CREATE INDEX case_basis_case ON consultation.case_basis (case_id);

-- A referral (つなぎ): pending → accepted | declined → in progress → completed, or withdrawn.
CREATE TABLE consultation.referral (
  id                  bigserial PRIMARY KEY,
  case_id             bigint NOT NULL REFERENCES consultation.support_case(id),
  from_org_id         bigint NOT NULL REFERENCES people.organization(id),
  from_user_id        bigint NOT NULL,
  to_org_id           bigint NOT NULL REFERENCES people.organization(id),
  status              text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING','ACCEPTED','DECLINED','IN_PROGRESS','COMPLETED','WITHDRAWN')),
  urgency             text NOT NULL CHECK (urgency IN ('EMERGENCY','HIGH','NORMAL','LOW')),
  summary             text NOT NULL,
  details             text,
  basis_id            bigint REFERENCES consultation.case_basis(id),
  access_basis_id     bigint,
  relationship_id     bigint,
  sent_at             timestamptz NOT NULL DEFAULT now(),
  respond_by          date NOT NULL,
  first_opened_at     timestamptz,
  first_opened_by     bigint,
  answered_at         timestamptz,
  answered_by         bigint,
  decline_reason      text,
  handled_by          bigint,
  completed_at        timestamptz,
  outcome             text CHECK (outcome IN ('SUCCESSFUL','UNSUCCESSFUL')),
  unsuccessful_reason text CHECK (unsuccessful_reason IN ('PERSON_REFUSED','NO_CAPACITY','COULD_NOT_REACH','NO_LONGER_NEEDED','OTHER')),
  outcome_note        text,
  withdrawn_at        timestamptz,
  withdrawn_reason    text,
  return_seen_at      timestamptz,
  version             integer NOT NULL DEFAULT 0,
  CHECK (status <> 'DECLINED' OR decline_reason IS NOT NULL),
  CHECK (status <> 'COMPLETED' OR outcome IS NOT NULL),
  CHECK (outcome IS DISTINCT FROM 'UNSUCCESSFUL' OR unsuccessful_reason IS NOT NULL)
);
CREATE UNIQUE INDEX referral_one_active ON consultation.referral (case_id, to_org_id)
  WHERE status IN ('PENDING','ACCEPTED','IN_PROGRESS');
CREATE INDEX referral_case ON consultation.referral (case_id);
CREATE INDEX referral_to_pending ON consultation.referral (to_org_id, respond_by) WHERE status = 'PENDING';
CREATE INDEX referral_to_active ON consultation.referral (to_org_id, handled_by) WHERE status IN ('ACCEPTED','IN_PROGRESS');
CREATE INDEX referral_from_open ON consultation.referral (from_org_id, respond_by) WHERE status = 'PENDING';
CREATE INDEX referral_from_returned ON consultation.referral (from_org_id) WHERE status = 'DECLINED' AND return_seen_at IS NULL;
CREATE INDEX referral_sent ON consultation.referral (sent_at);

CREATE TABLE consultation.referral_domain (
  referral_id  bigint NOT NULL REFERENCES consultation.referral(id),
  domain       text NOT NULL,
  PRIMARY KEY (referral_id, domain)
);

-- Every state change of a referral, including the receiver's first opening (既読).
CREATE TABLE consultation.referral_event (
  id           bigserial PRIMARY KEY,
  referral_id  bigint NOT NULL REFERENCES consultation.referral(id),
  kind         text NOT NULL CHECK (kind IN ('SENT','OPENED','ACCEPTED','DECLINED','STARTED','COMPLETED','WITHDRAWN','BASIS_ADDED')),
  at           timestamptz NOT NULL DEFAULT now(),
  by_user      bigint NOT NULL,
  by_org       bigint NOT NULL,
  note         text
);
CREATE INDEX referral_event_referral ON consultation.referral_event (referral_id, at);

-- Case conferences: 支援会議 (社会福祉法 第106条の6, sharing without consent under a duty of
-- confidentiality) and 重層的支援会議 (sharing on consent).
CREATE TABLE consultation.case_conference (
  id               bigserial PRIMARY KEY,
  kind             text NOT NULL CHECK (kind IN ('SUPPORT_MEETING','MULTI_AGENCY')),
  title            text NOT NULL,
  held_on          date NOT NULL,
  place            text,
  convened_by_org  bigint NOT NULL REFERENCES people.organization(id),
  convened_by      bigint NOT NULL,
  minutes          text,
  status           text NOT NULL DEFAULT 'PLANNED' CHECK (status IN ('PLANNED','HELD')),
  version          integer NOT NULL DEFAULT 0,
  created_at       timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE consultation.conference_participant (
  id               bigserial PRIMARY KEY,
  conference_id    bigint NOT NULL REFERENCES consultation.case_conference(id),
  organization_id  bigint NOT NULL REFERENCES people.organization(id),
  name             text NOT NULL,
  acknowledged_at  timestamptz,
  acknowledged_by  bigint,
  UNIQUE (conference_id, organization_id, name)
);
CREATE INDEX conference_participant_org ON consultation.conference_participant (organization_id);

CREATE TABLE consultation.conference_case (
  conference_id  bigint NOT NULL REFERENCES consultation.case_conference(id),
  case_id        bigint NOT NULL REFERENCES consultation.support_case(id),
  PRIMARY KEY (conference_id, case_id)
);
CREATE INDEX conference_case_case ON consultation.conference_case (case_id);

CREATE TABLE consultation.conference_decision (
  id              bigserial PRIMARY KEY,
  conference_id   bigint NOT NULL REFERENCES consultation.case_conference(id),
  case_id         bigint NOT NULL REFERENCES consultation.support_case(id),
  text            text NOT NULL,
  plan_action_id  bigint REFERENCES consultation.plan_action(id),
  created_by      bigint NOT NULL,
  created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX conference_decision_conference ON consultation.conference_decision (conference_id);

ALTER TABLE consultation.plan_action
  ADD CONSTRAINT plan_action_conference FOREIGN KEY (conference_id) REFERENCES consultation.case_conference(id);
ALTER TABLE consultation.case_basis
  ADD CONSTRAINT case_basis_conference FOREIGN KEY (conference_id) REFERENCES consultation.case_conference(id);

CREATE SEQUENCE consultation.case_reference_seq;
