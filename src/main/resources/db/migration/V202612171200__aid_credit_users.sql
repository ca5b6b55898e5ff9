-- Who may spend a member's banked minutes besides the member: named once by the holder, with how
-- they are related to the holder (the programme's rules say which relations may), instead of being
-- declared again on every request.
CREATE TABLE aid.credit_user (
  programme_id              bigint NOT NULL REFERENCES aid.programme(id),
  holder_id                 bigint NOT NULL REFERENCES aid.member(id),
  user_id                   bigint NOT NULL REFERENCES aid.member(id),
  relation                  text NOT NULL CHECK (relation IN ('SPOUSE','PARENT','CHILD')),
  recorded_at               timestamptz NOT NULL,
  recorded_by               bigint NOT NULL,
  PRIMARY KEY (holder_id, user_id),
  CHECK (holder_id <> user_id)
);
CREATE INDEX credit_user_user ON aid.credit_user (user_id);
