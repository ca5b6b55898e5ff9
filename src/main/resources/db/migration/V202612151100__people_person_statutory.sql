-- Published for the modules (read-only): the statutory fields of a disaster support registry entry
-- the registry holds besides name and address (災害対策基本法 第49条の10: date of birth, sex).
-- Like person_display_name, shown only where the viewer may see the entry.
CREATE VIEW people.person_statutory AS
  SELECT p.id, p.birth_date, p.sex FROM people.person p;
