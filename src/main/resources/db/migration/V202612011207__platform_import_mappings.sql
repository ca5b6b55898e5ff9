-- Imports that fit the files people have: the heading mappings an organisation made, per import
-- kind and the file's exact headings (one per line), applied to the next file with the same
-- headings; and the mapping a queued import is read with. No foreign key to the registry: the
-- platform names no module's table.
CREATE TABLE platform.import_mapping (
  organization_id bigint NOT NULL,
  kind            text NOT NULL,
  headings        text NOT NULL,
  mapping         text NOT NULL,
  updated_by      bigint NOT NULL,
  updated_at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organization_id, kind, headings)
);

ALTER TABLE platform.background_job ADD COLUMN column_mapping text;

-- The queue position counts queued jobs before one.
CREATE INDEX background_job_queued ON platform.background_job (id) WHERE status = 'QUEUED';
