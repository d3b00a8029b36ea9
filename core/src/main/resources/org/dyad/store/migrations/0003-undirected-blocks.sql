-- Version 3: a dedup block holds the mentions between two actors whichever is the source
-- (org.dyad.corpus.Dedup.blockKey: the two actor keys in order, then the root), so that
-- symmetric events ("A met B", "B met A") can merge. Block keys were "source|target|root";
-- they become "least|greatest|root". The events are dropped here and rebuilt from the mentions
-- when the store is next opened for writing (Store.openForWriting), which regroups them by
-- the new rule.

UPDATE mentions SET block_key = least(split_part(block_key, '|', 1), split_part(block_key, '|', 2))
  || '|' || greatest(split_part(block_key, '|', 1), split_part(block_key, '|', 2))
  || '|' || split_part(block_key, '|', 3);
DELETE FROM event_mentions;
DELETE FROM events;
