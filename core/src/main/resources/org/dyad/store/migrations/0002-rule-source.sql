-- Version 2: where the pattern that coded a mention is written, as FILE:LINE
-- ("patterns.tsv:812", org.dyad.events.Evidence.ruleSource). Mentions stored before it read ''.

ALTER TABLE mentions ADD COLUMN rule_source VARCHAR DEFAULT '';
