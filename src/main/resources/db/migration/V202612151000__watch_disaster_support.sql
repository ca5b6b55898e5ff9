-- 避難行動要支援者名簿 (災害対策基本法 第49条の10) and 個別避難計画 (第49条の14), and safety-check
-- campaigns (安否確認) over an area after a disaster.

-- A person on the municipality's disaster support registry. Name, date of birth, sex, address and
-- phone are the registry's (people); the rest is kept here. consent_id: the person's consent to
-- share the entry (purpose DISASTER_REGISTRY) with 民生委員, 社協, police, fire in normal times.
CREATE TABLE watch.disaster_registrant (
  id                   bigserial PRIMARY KEY,
  person_id            bigint NOT NULL,
  municipality_id      bigint NOT NULL,
  reason               text NOT NULL,
  association          text,
  emergency_contact    text,
  emergency_phone      text,
  supporter_name       text,
  supporter_phone      text,
  destination          text,
  route                text,
  special_needs        text,
  consent_id           bigint,
  active               boolean NOT NULL DEFAULT true,
  created_at           timestamptz NOT NULL,
  created_by           bigint NOT NULL,
  version              integer NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX disaster_registrant_person ON watch.disaster_registrant (person_id, municipality_id) WHERE active;

-- 安否確認: a campaign over an area; for a declared disaster, entries are opened without consent to
-- the organisations taking part, on a DISASTER access basis recorded in the registry.
CREATE TABLE watch.campaign (
  id                   bigserial PRIMARY KEY,
  name                 text NOT NULL,
  area_id              bigint NOT NULL,
  organization_id      bigint NOT NULL,
  declared_disaster    boolean NOT NULL,
  started_by           bigint NOT NULL,
  started_at           timestamptz NOT NULL,
  closed_by            bigint,
  closed_at            timestamptz
);

CREATE TABLE watch.safety_check (
  id                   bigserial PRIMARY KEY,
  campaign_id          bigint NOT NULL REFERENCES watch.campaign(id),
  person_id            bigint NOT NULL,
  target_id            bigint REFERENCES watch.target(id),
  registrant_id        bigint REFERENCES watch.disaster_registrant(id),
  area_id              bigint,
  assigned_to          bigint,
  status               text NOT NULL DEFAULT 'UNKNOWN' CHECK (status IN ('UNKNOWN', 'SAFE', 'NEEDS_HELP', 'NOT_REACHED')),
  note                 text,
  checked_by           bigint,
  checked_at           timestamptz,
  version              integer NOT NULL DEFAULT 0,
  UNIQUE (campaign_id, person_id)
);
CREATE INDEX safety_check_assigned ON watch.safety_check (assigned_to, campaign_id);
CREATE INDEX safety_check_status ON watch.safety_check (campaign_id, status);

-- The bases a declared-disaster campaign recorded, ended when it closes.
CREATE TABLE watch.campaign_basis (
  campaign_id          bigint NOT NULL REFERENCES watch.campaign(id),
  person_id            bigint NOT NULL,
  organization_id      bigint NOT NULL,
  basis_id             bigint NOT NULL,
  PRIMARY KEY (campaign_id, person_id, organization_id)
);
