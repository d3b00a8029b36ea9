-- Version 4: an event's place tells more (org.dyad.events.Location): its first-level region
-- (GeoNames' COUNTRY.CODE, "US.NY"), its precision (city, region, country), the words that
-- named it and whether the sentence or the dateline placed it. Rows stored before read null
-- (a place with coordinates reads as a city, one without as a country). IF NOT EXISTS: a
-- store brought back to an older version for a test keeps these columns.

ALTER TABLE mentions ADD COLUMN IF NOT EXISTS location_adm1 VARCHAR;
ALTER TABLE mentions ADD COLUMN IF NOT EXISTS location_precision VARCHAR;
ALTER TABLE mentions ADD COLUMN IF NOT EXISTS location_text VARCHAR;
ALTER TABLE mentions ADD COLUMN IF NOT EXISTS location_source VARCHAR;
ALTER TABLE events ADD COLUMN IF NOT EXISTS location_adm1 VARCHAR;
ALTER TABLE events ADD COLUMN IF NOT EXISTS location_precision VARCHAR;
