-- Published for the modules (read-only): where a person lives and their phone, for a field page
-- such as a driver's route. Like person_display_name, shown only where PeopleApi.visibleSql holds.
CREATE VIEW people.person_address AS
  SELECT p.id, p.address_line, p.phone, p.area_id, a.name AS area_name
  FROM people.person p LEFT JOIN people.area a ON a.id = p.area_id;
