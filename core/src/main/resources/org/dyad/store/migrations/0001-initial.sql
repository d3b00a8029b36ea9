-- Version 1: articles, event mentions with their provenance, deduplicated events, the links
-- between them, near-duplicate articles, and actors as a view.

CREATE SEQUENCE article_ids START 1;
CREATE SEQUENCE mention_ids START 1;

-- One row per article, however often it is ingested: identified by URL when known, else by
-- the normalised content hash (org.dyad.corpus.ContentHash).
CREATE TABLE articles (
  id             BIGINT PRIMARY KEY,
  doc_id         VARCHAR NOT NULL,   -- Dyad's article id: the file's base name
  source         VARCHAR NOT NULL,   -- where it was read from, as the user named it
  url            VARCHAR NOT NULL,   -- '' when unknown
  publisher      VARCHAR NOT NULL,   -- '' when unknown
  outlet         VARCHAR NOT NULL,   -- key for NumSources (org.dyad.corpus.Outlet)
  content_hash   VARCHAR NOT NULL,
  published      DATE,
  published_from VARCHAR NOT NULL,   -- header, override, none
  headline       VARCHAR NOT NULL,
  dateline       VARCHAR NOT NULL,
  text           VARCHAR NOT NULL,   -- the original text: every offset points into it
  paragraphs     VARCHAR NOT NULL,   -- body paragraphs as [begin,end] offsets, JSON
  sentences      INTEGER NOT NULL,   -- sentences coded
  minhash        VARCHAR NOT NULL,   -- MinHash signature, JSON array of 128 numbers
  stored_at      TIMESTAMP NOT NULL, -- first stored (UTC)
  coded_at       TIMESTAMP NOT NULL  -- last coded (UTC)
);

-- Locality-sensitive hashing bands of each article's MinHash signature.
CREATE TABLE article_bands (
  article_id BIGINT NOT NULL,
  band       SMALLINT NOT NULL,
  hash       BIGINT NOT NULL
);

-- Pairs of near-duplicate articles (syndicated copies), article_a < article_b.
CREATE TABLE article_links (
  article_a  BIGINT NOT NULL,
  article_b  BIGINT NOT NULL,
  kind       VARCHAR NOT NULL,      -- near-duplicate
  similarity DOUBLE NOT NULL        -- estimated Jaccard similarity of word shingles
);

-- One row per sentence-level coding, with everything the coder knew.
CREATE TABLE mentions (
  id                 BIGINT PRIMARY KEY,
  article_id         BIGINT NOT NULL,
  event_key          VARCHAR NOT NULL,  -- the coder's event id: ARTICLE-SENTENCE-TOKEN[-N]
  block_key          VARCHAR NOT NULL,  -- source|target|root: the dedup block
  paragraph_index    INTEGER NOT NULL,
  sentence_index     INTEGER NOT NULL,
  sentence           VARCHAR NOT NULL,
  sentence_begin     INTEGER NOT NULL,
  sentence_end       INTEGER NOT NULL,
  trigger            VARCHAR NOT NULL,
  trigger_begin      INTEGER NOT NULL,
  trigger_end        INTEGER NOT NULL,
  rule               VARCHAR NOT NULL,
  speaker            VARCHAR,
  mode               VARCHAR NOT NULL,
  negated            BOOLEAN NOT NULL,
  date               DATE,
  date_precision     VARCHAR NOT NULL,  -- day, week, month, year, none
  date_source        VARCHAR NOT NULL,  -- text, publication, article, none
  cameo              VARCHAR NOT NULL,
  cameo_name         VARCHAR NOT NULL,
  root               VARCHAR NOT NULL,
  quad_class         INTEGER NOT NULL,
  goldstein          DOUBLE NOT NULL,
  plover_type        VARCHAR,
  plover_mode        VARCHAR NOT NULL,
  plover_context     VARCHAR NOT NULL,  -- comma-separated
  location_name      VARCHAR,
  location_country   VARCHAR,
  lat                DOUBLE,
  lon                DOUBLE,
  source_id          VARCHAR NOT NULL,
  source_code        VARCHAR,
  source_country     VARCHAR,
  source_name        VARCHAR NOT NULL,
  source_text        VARCHAR NOT NULL,
  source_known       BOOLEAN NOT NULL,
  source_resolved_by VARCHAR NOT NULL,
  target_id          VARCHAR,
  target_code        VARCHAR,
  target_country     VARCHAR,
  target_name        VARCHAR,
  target_text        VARCHAR,
  target_known       BOOLEAN,
  target_resolved_by VARCHAR
);

-- Deduplicated events (org.dyad.corpus.Dedup), rebuilt block by block in the same
-- transaction as the mentions that change them.
CREATE TABLE events (
  id               BIGINT NOT NULL,
  block_key        VARCHAR NOT NULL,
  date             DATE,
  date_precision   VARCHAR NOT NULL,
  date_source      VARCHAR NOT NULL,
  date_first       DATE,              -- the days the date may stand for
  date_last        DATE,
  cameo            VARCHAR NOT NULL,
  cameo_name       VARCHAR NOT NULL,
  root             VARCHAR NOT NULL,
  quad_class       INTEGER NOT NULL,
  goldstein        DOUBLE NOT NULL,
  plover_type      VARCHAR,
  mode             VARCHAR NOT NULL,
  source_id        VARCHAR NOT NULL,
  source_code      VARCHAR,
  source_country   VARCHAR,
  source_name      VARCHAR NOT NULL,
  target_id        VARCHAR,
  target_code      VARCHAR,
  target_country   VARCHAR,
  target_name      VARCHAR,
  location_name    VARCHAR,
  location_country VARCHAR,
  lat              DOUBLE,
  lon              DOUBLE,
  num_mentions     INTEGER NOT NULL,
  num_sources      INTEGER NOT NULL,  -- distinct outlets
  num_articles     INTEGER NOT NULL,
  is_root_event    BOOLEAN NOT NULL,  -- some mention is in an article's first paragraph
  representative   BIGINT NOT NULL,   -- the mention that speaks for the event
  source_url       VARCHAR NOT NULL,  -- the representative's article URL, else its source
  date_added       TIMESTAMP NOT NULL -- when its first article was stored (UTC)
);

CREATE TABLE event_mentions (
  event_id   BIGINT NOT NULL,
  mention_id BIGINT NOT NULL
);

-- Every actor the mentions name, with how often.
CREATE VIEW actors AS
SELECT id, code, country, name, known, count(*) AS mentions
FROM (
  SELECT source_id AS id, source_code AS code, source_country AS country,
         source_name AS name, source_known AS known FROM mentions
  UNION ALL
  SELECT target_id, target_code, target_country, target_name, target_known
  FROM mentions WHERE target_id IS NOT NULL
)
GROUP BY id, code, country, name, known;
