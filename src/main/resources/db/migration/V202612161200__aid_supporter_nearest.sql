-- The supporters nearest a request, found by a KNN scan: their place as a point whose east-west
-- degrees are shortened by cos(36°), so that distance in it is near enough to distance on the
-- ground across Japan for ordering; the ranking then measures each candidate exactly.
CREATE INDEX supporter_nearest ON aid.supporter USING gist (point(longitude * 0.809, latitude));
