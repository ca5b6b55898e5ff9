-- Cross-cutting tables: accounts, API tokens, sessions, audit log, job locks, background jobs.
CREATE SCHEMA IF NOT EXISTS platform;

CREATE TABLE platform.app_user (
  id               bigserial PRIMARY KEY,
  username         text NOT NULL UNIQUE,
  password_hash    text NOT NULL,
  display_name     text NOT NULL,
  organization_id  bigint NOT NULL,
  role             text NOT NULL,
  locale           text NOT NULL DEFAULT 'ja',
  large_text       boolean NOT NULL DEFAULT false,
  enabled          boolean NOT NULL DEFAULT true,
  failed_attempts  integer NOT NULL DEFAULT 0,
  locked_until     timestamptz,
  must_change_password boolean NOT NULL DEFAULT false,
  created_at       timestamptz NOT NULL DEFAULT now(),
  updated_at       timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE platform.api_token (
  id          bigserial PRIMARY KEY,
  user_id     bigint NOT NULL REFERENCES platform.app_user(id),
  name        text NOT NULL,
  token_hash  bytea NOT NULL UNIQUE,
  created_at  timestamptz NOT NULL DEFAULT now(),
  expires_at  timestamptz NOT NULL,
  revoked_at  timestamptz,
  last_used_at timestamptz
);

-- Every change, record opening, export and search. Rows are never updated except to stamp the
-- seal that covers them; the seal's hash then detects any later change.
CREATE TABLE platform.audit_entry (
  id              bigserial PRIMARY KEY,
  occurred_at     timestamptz NOT NULL DEFAULT clock_timestamp(),
  txid            xid8 NOT NULL DEFAULT pg_current_xact_id(),
  actor_user_id   bigint,
  actor_org_id    bigint,
  action          text NOT NULL,
  object_type     text NOT NULL,
  object_id       text,
  detail          text,
  seal_id         bigint
);
CREATE INDEX audit_entry_unsealed ON platform.audit_entry (id) WHERE seal_id IS NULL;
CREATE INDEX audit_entry_object ON platform.audit_entry (object_type, object_id);
CREATE INDEX audit_entry_actor ON platform.audit_entry (actor_user_id, occurred_at);
CREATE INDEX audit_entry_time ON platform.audit_entry (occurred_at);
CREATE INDEX audit_entry_seal ON platform.audit_entry (seal_id);

CREATE TABLE platform.audit_seal (
  id            bigserial PRIMARY KEY,
  sealed_at     timestamptz NOT NULL DEFAULT now(),
  entry_count   integer NOT NULL,
  first_entry_id bigint NOT NULL,
  last_entry_id  bigint NOT NULL,
  previous_hash text NOT NULL,
  hash          text NOT NULL
);

CREATE TABLE platform.shedlock (
  name       varchar(64) PRIMARY KEY,
  lock_until timestamptz NOT NULL,
  locked_at  timestamptz NOT NULL,
  locked_by  varchar(255) NOT NULL
);

-- Long work (imports) with progress any node can report.
CREATE TABLE platform.background_job (
  id            bigserial PRIMARY KEY,
  kind          text NOT NULL,
  owner_user_id bigint NOT NULL,
  owner_org_id  bigint NOT NULL,
  file_name     text,
  payload       bytea,
  status        text NOT NULL,
  total         integer NOT NULL DEFAULT 0,
  processed     integer NOT NULL DEFAULT 0,
  result_count  integer NOT NULL DEFAULT 0,
  errors        text,
  message_key   text,
  created_at    timestamptz NOT NULL DEFAULT now(),
  started_at    timestamptz,
  finished_at   timestamptz
);
CREATE INDEX background_job_owner ON platform.background_job (owner_user_id, created_at DESC);

-- Spring Session JDBC (sessions in the database so any node serves any user).
CREATE TABLE platform.spring_session (
  primary_id            char(36) NOT NULL PRIMARY KEY,
  session_id            char(36) NOT NULL,
  creation_time         bigint NOT NULL,
  last_access_time      bigint NOT NULL,
  max_inactive_interval integer NOT NULL,
  expiry_time           bigint NOT NULL,
  principal_name        varchar(100)
);
CREATE UNIQUE INDEX spring_session_ix1 ON platform.spring_session (session_id);
CREATE INDEX spring_session_ix2 ON platform.spring_session (expiry_time);
CREATE INDEX spring_session_ix3 ON platform.spring_session (principal_name);

CREATE TABLE platform.spring_session_attributes (
  session_primary_id char(36) NOT NULL REFERENCES platform.spring_session(primary_id) ON DELETE CASCADE,
  attribute_name     varchar(200) NOT NULL,
  attribute_bytes    bytea NOT NULL,
  PRIMARY KEY (session_primary_id, attribute_name)
);
