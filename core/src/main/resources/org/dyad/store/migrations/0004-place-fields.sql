-- Version 4: an event's place tells more (org.dyad.events.Location): its first-level region
-- (GeoNames' COUNTRY.CODE, "US.NY"), its precision (city, region, country), the words that
-- named it and whether the sentence or the dateline placed it. Rows stored before read null
-- (a place with coordinates reads as a city, one without as a country).

ALTER TABLE mentions ADD COLUMN location_adm1 VARCHAR;
ALTER TABLE mentions ADD COLUMN location_precision VARCHAR;
ALTER TABLE mentions ADD COLUMN location_text VARCHAR;
ALTER TABLE mentions ADD COLUMN location_source VARCHAR;
ALTER TABLE events ADD COLUMN location_adm1 VARCHAR;
ALTER TABLE events ADD COLUMN location_precision VARCHAR;
