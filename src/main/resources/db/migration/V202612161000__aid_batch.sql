-- A week's open requests assigned at once, kept as a proposal for the coordinator to review
-- before anything is sent: each line a request and the supporter proposed, with what it costs and
-- why; sending confirms the lines kept, one by one, and records how each went.
CREATE TABLE aid.batch_proposal (
  id               bigserial PRIMARY KEY,
  programme_id     bigint NOT NULL REFERENCES aid.programme(id),
  week_start       date NOT NULL,
  status           text NOT NULL CHECK (status IN ('DRAFT','SENT','DISCARDED')),
  requests         integer NOT NULL,
  assigned         integer NOT NULL,
  total_cost       double precision NOT NULL,
  travel_km        double precision NOT NULL,
  continuity       double precision,
  hours_spread     double precision,
  solve_millis     integer NOT NULL,
  created_at       timestamptz NOT NULL,
  created_by       bigint NOT NULL,
  sent_at          timestamptz,
  version          integer NOT NULL DEFAULT 0
);
CREATE INDEX batch_proposal_programme ON aid.batch_proposal (programme_id, created_at DESC);

CREATE TABLE aid.batch_line (
  proposal_id      bigint NOT NULL REFERENCES aid.batch_proposal(id),
  request_id       bigint NOT NULL REFERENCES aid.help_request(id),
  supporter_id     bigint REFERENCES aid.member(id),
  cost             double precision NOT NULL,
  km               double precision,
  why              text,
  outcome          text CHECK (outcome IN ('CONFIRMED','REFUSED','SKIPPED')),
  refusal          text,
  PRIMARY KEY (proposal_id, request_id)
);
CREATE INDEX activity_report_programme_started ON aid.activity_report (programme_id, started_at);
CREATE INDEX supporter_place ON aid.supporter (latitude, longitude);
