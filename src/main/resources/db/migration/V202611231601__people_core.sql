-- The registry: areas, organisations, persons, households, relationships, bases, consents.
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;
CREATE SCHEMA IF NOT EXISTS people;

CREATE TABLE people.area (
  id          bigserial PRIMARY KEY,
  parent_id   bigint REFERENCES people.area(id),
  level       text NOT NULL CHECK (level IN ('MUNICIPALITY','DISTRICT','ASSOCIATION','TOWN')),
  name        text NOT NULL,
  code        text,
  latitude    double precision,
  longitude   double precision,
  UNIQUE (parent_id, name)
);
CREATE INDEX area_parent ON people.area (parent_id);
CREATE INDEX area_name ON people.area (name text_pattern_ops);

CREATE TABLE people.organization (
  id                 bigserial PRIMARY KEY,
  name               text NOT NULL UNIQUE,
  type               text NOT NULL,
  phone              text,
  response_days      integer NOT NULL DEFAULT 3 CHECK (response_days BETWEEN 1 AND 30),
  active             boolean NOT NULL DEFAULT true,
  created_at         timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX organization_type ON people.organization (type);

CREATE TABLE people.organization_area (
  organization_id bigint NOT NULL REFERENCES people.organization(id),
  area_id         bigint NOT NULL REFERENCES people.area(id),
  PRIMARY KEY (organization_id, area_id)
);
CREATE INDEX organization_area_area ON people.organization_area (area_id);

CREATE TABLE people.organization_domain (
  organization_id bigint NOT NULL REFERENCES people.organization(id),
  domain          text NOT NULL,
  PRIMARY KEY (organization_id, domain)
);

CREATE TABLE people.household (
  id          bigserial PRIMARY KEY,
  reference   text UNIQUE,
  created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE people.person (
  id              bigserial PRIMARY KEY,
  family_name     text NOT NULL,
  given_name      text NOT NULL,
  family_kana     text NOT NULL,
  given_kana      text NOT NULL,
  birth_date      date,
  sex             text NOT NULL CHECK (sex IN ('FEMALE','MALE','OTHER','UNKNOWN')),
  postcode        char(7),
  prefecture      text,
  municipality    text,
  address_line    text,
  area_id         bigint REFERENCES people.area(id),
  phone           text,
  household_id    bigint REFERENCES people.household(id),
  living_alone    boolean NOT NULL DEFAULT false,
  needs_support   boolean NOT NULL DEFAULT false,
  notes           text,
  -- Normalised keys for search (JapaneseText.searchKey). Collation "C" orders them by code point,
  -- so one btree serves both prefix LIKE and ORDER BY.
  name_key        text COLLATE "C" NOT NULL,
  kana_key        text COLLATE "C" NOT NULL,
  registered_by   bigint NOT NULL REFERENCES people.organization(id),
  merged_into     bigint REFERENCES people.person(id),
  merged_at       timestamptz,
  version         integer NOT NULL DEFAULT 0,
  created_at      timestamptz NOT NULL DEFAULT now(),
  created_by      bigint,
  updated_at      timestamptz NOT NULL DEFAULT now(),
  updated_by      bigint
);
CREATE INDEX person_kana_prefix ON people.person (kana_key, id) WHERE merged_into IS NULL;
CREATE INDEX person_name_prefix ON people.person (name_key, id) WHERE merged_into IS NULL;
CREATE INDEX person_kana_trgm ON people.person USING gin (kana_key public.gin_trgm_ops) WHERE merged_into IS NULL;
CREATE INDEX person_name_trgm ON people.person USING gin (name_key public.gin_trgm_ops) WHERE merged_into IS NULL;
CREATE INDEX person_household ON people.person (household_id);
CREATE INDEX person_area ON people.person (area_id);
CREATE INDEX person_birth_date ON people.person (birth_date) WHERE merged_into IS NULL;
CREATE INDEX person_registered_by ON people.person (registered_by, id) WHERE merged_into IS NULL;

-- An organisation that serves the person: it registered them, or holds a membership, a case,
-- a watch or a place for them. Other modules record these through PeopleApi.
CREATE TABLE people.relationship (
  id              bigserial PRIMARY KEY,
  person_id       bigint NOT NULL REFERENCES people.person(id),
  organization_id bigint NOT NULL REFERENCES people.organization(id),
  kind            text NOT NULL,
  source_ref      text,
  started_at      timestamptz NOT NULL DEFAULT now(),
  ended_at        timestamptz,
  ended_reason    text
);
CREATE INDEX relationship_visibility ON people.relationship (organization_id, person_id) WHERE ended_at IS NULL;
CREATE INDEX relationship_person ON people.relationship (person_id);

-- A legal basis to see a person without a relationship: 支援会議 (社会福祉法 第106条の6),
-- a declared emergency or disaster. Who decided and why is kept.
CREATE TABLE people.access_basis (
  id              bigserial PRIMARY KEY,
  person_id       bigint NOT NULL REFERENCES people.person(id),
  organization_id bigint NOT NULL REFERENCES people.organization(id),
  kind            text NOT NULL CHECK (kind IN ('SUPPORT_MEETING','EMERGENCY','DISASTER')),
  reason          text NOT NULL,
  decided_by      bigint NOT NULL,
  valid_from      timestamptz NOT NULL DEFAULT now(),
  valid_until     timestamptz,
  ended_at        timestamptz,
  ended_by        bigint
);
CREATE INDEX access_basis_visibility ON people.access_basis (organization_id, person_id) WHERE ended_at IS NULL;

CREATE TABLE people.consent_purpose (
  code        text PRIMARY KEY,
  name_ja     text NOT NULL,
  name_en     text NOT NULL,
  active      boolean NOT NULL DEFAULT true,
  sort_order  integer NOT NULL DEFAULT 0
);
INSERT INTO people.consent_purpose (code, name_ja, name_en, sort_order) VALUES
  ('CONSULTATION', '相談のための情報共有', 'Sharing for a consultation', 10),
  ('WATCH', '見守り活動', 'Watch-over programme', 20),
  ('DISASTER_REGISTRY', '避難行動要支援者名簿', 'Disaster support registry', 30),
  ('MUTUAL_AID', '助け合い活動の会員', 'Mutual-aid membership', 40),
  ('FAMILY_CONTACT', '家族からの連絡', 'Contact by family', 50),
  ('EVENT_PHOTOS', '行事での写真撮影', 'Photographs at events', 60);

CREATE TABLE people.consent (
  id                  bigserial PRIMARY KEY,
  person_id           bigint NOT NULL REFERENCES people.person(id),
  purpose             text NOT NULL REFERENCES people.consent_purpose(code),
  scope_org_id        bigint REFERENCES people.organization(id),
  scope_org_type      text,
  given_by            text NOT NULL CHECK (given_by IN ('PERSON','PROXY')),
  proxy_name          text,
  proxy_relationship  text,
  method              text NOT NULL CHECK (method IN ('WRITTEN','ORAL','ELECTRONIC')),
  given_on            date NOT NULL,
  ends_on             date,
  recorded_by         bigint NOT NULL,
  recorded_org_id     bigint NOT NULL,
  recorded_at         timestamptz NOT NULL DEFAULT now(),
  revoked_at          timestamptz,
  revoked_by          bigint,
  revoke_reason       text,
  CHECK ((scope_org_id IS NULL) <> (scope_org_type IS NULL)),
  CHECK (given_by = 'PERSON' OR (proxy_name IS NOT NULL AND proxy_relationship IS NOT NULL)),
  CHECK (ends_on IS NULL OR ends_on >= given_on)
);
CREATE INDEX consent_person ON people.consent (person_id) WHERE revoked_at IS NULL;
CREATE INDEX access_basis_person ON people.access_basis (person_id) WHERE ended_at IS NULL;
CREATE INDEX consent_ending ON people.consent (ends_on) WHERE revoked_at IS NULL AND ends_on IS NOT NULL;

CREATE TABLE people.duplicate_candidate (
  id          bigserial PRIMARY KEY,
  person_a    bigint NOT NULL REFERENCES people.person(id),
  person_b    bigint NOT NULL REFERENCES people.person(id),
  reason      text NOT NULL,
  status      text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN','MERGED','DISMISSED')),
  created_at  timestamptz NOT NULL DEFAULT now(),
  resolved_at timestamptz,
  resolved_by bigint,
  UNIQUE (person_a, person_b),
  CHECK (person_a < person_b)
);
CREATE INDEX duplicate_candidate_open ON people.duplicate_candidate (status) WHERE status = 'OPEN';

-- The visibility rule, published for every module: an organisation sees a person when it has
-- an active relationship, a basis in force, or an unexpired unrevoked consent whose scope names
-- the organisation or its type. A view, not a boolean function: PostgreSQL cannot inline a
-- function holding sub-selects, but it pushes "person_id = … AND organization_id = …" into each
-- branch of the view, so list queries stay index scans (see ADR 0003).
CREATE VIEW people.visibility AS
  SELECT r.person_id, r.organization_id, NULL::text AS purpose, 'RELATIONSHIP'::text AS source
    FROM people.relationship r
   WHERE r.ended_at IS NULL
  UNION ALL
  SELECT b.person_id, b.organization_id, NULL::text, 'BASIS'::text
    FROM people.access_basis b
   WHERE b.ended_at IS NULL AND b.valid_from <= now()
     AND (b.valid_until IS NULL OR b.valid_until > now())
  UNION ALL
  SELECT c.person_id, o.id, c.purpose, 'CONSENT'::text
    FROM people.consent c
    JOIN people.organization o ON o.id = c.scope_org_id OR o.type = c.scope_org_type
   WHERE c.revoked_at IS NULL
     AND c.given_on <= (now() AT TIME ZONE 'Asia/Tokyo')::date
     AND (c.ends_on IS NULL OR c.ends_on >= (now() AT TIME ZONE 'Asia/Tokyo')::date);

-- The same rule for one person, for a purpose (relationships and bases cover every purpose).
CREATE FUNCTION people.visible_to(p_person bigint, p_org bigint, p_purpose text DEFAULT NULL)
RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT EXISTS (SELECT 1 FROM people.visibility v
                  WHERE v.person_id = p_person AND v.organization_id = p_org
                    AND (p_purpose IS NULL OR v.purpose IS NULL OR v.purpose = p_purpose))
$$;
