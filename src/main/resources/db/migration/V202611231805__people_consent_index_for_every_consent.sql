-- A person's page lists all their consents, revoked ones included; the partial index on unrevoked
-- consents could not serve that, and with 126,000 consents (the city set) every person page read
-- the whole table. One index on person_id serves the page and the visibility rule alike.
DROP INDEX people.consent_person;
CREATE INDEX consent_person ON people.consent (person_id);
