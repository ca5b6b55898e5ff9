-- Published for other modules' reports and numbers (read-only), so they group by area and
-- organisation without reading the registry's tables.

-- Each area with the 圏域 (DISTRICT level) it lies in: its nearest DISTRICT ancestor, or itself
-- when it is one; district_id is NULL for an area outside any 圏域 (a municipality, or a town in
-- a deployment without 圏域).
CREATE VIEW people.area_district AS
  WITH RECURSIVE up (area_id, ancestor_id, ancestor_parent, ancestor_level, depth) AS (
    SELECT a.id, a.id, a.parent_id, a.level, 0 FROM people.area a
    UNION ALL
    SELECT up.area_id, p.id, p.parent_id, p.level, up.depth + 1
      FROM up JOIN people.area p ON p.id = up.ancestor_parent
     WHERE up.ancestor_level <> 'DISTRICT' AND up.depth < 8
  )
  SELECT a.id AS area_id, a.name AS area_name, a.level AS area_level,
         d.id AS district_id, d.name AS district_name
    FROM people.area a
    LEFT JOIN up ON up.area_id = a.id AND up.ancestor_level = 'DISTRICT'
    LEFT JOIN people.area d ON d.id = up.ancestor_id;

-- What any module may show of an organisation in a report: its name and type.
CREATE VIEW people.organization_directory AS
  SELECT o.id, o.name, o.type, o.active FROM people.organization o;
