-- Where an area is, for modules that weigh distance (mutual aid's matching): its centre point.
CREATE VIEW people.area_place AS
  SELECT a.id, a.name, a.level, a.parent_id, a.latitude, a.longitude FROM people.area a;
