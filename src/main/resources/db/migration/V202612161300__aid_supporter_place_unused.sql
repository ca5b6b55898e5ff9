-- The box index on supporters' places is not used since the nearest are found by supporter_nearest.
DROP INDEX aid.supporter_place;
