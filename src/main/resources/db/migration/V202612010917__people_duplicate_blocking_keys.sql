-- The duplicate check's blocking keys: a person is compared only with persons of the same birth
-- date and kana key, or the same birth date and name key, each found by one probe of these
-- indexes (DuplicateCheck.recordCandidates), so an import's check grows linearly with its rows.
CREATE INDEX person_duplicate_kana ON people.person (birth_date, kana_key, id) WHERE merged_into IS NULL;
CREATE INDEX person_duplicate_name ON people.person (birth_date, name_key, id) WHERE merged_into IS NULL;
