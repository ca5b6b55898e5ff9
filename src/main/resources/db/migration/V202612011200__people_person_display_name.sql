-- Published for other modules (read-only): a person's name as lists show it. Others read the
-- registry only through PeopleApi and the views it publishes (PeopleSchema lists them), and
-- filter every row with PeopleApi.visibleSql before showing a name.
CREATE VIEW people.person_display_name AS
  SELECT p.id, p.family_name || ' ' || p.given_name AS display_name FROM people.person p;
