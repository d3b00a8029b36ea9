-- Version 5: whether an article is a page that re-publishes an older story: every date its
-- text writes lies years before the page date, and its events are dated in the story's time
-- (date_source 'story'); the page date stays in published. Articles stored before it read false.

ALTER TABLE articles ADD COLUMN IF NOT EXISTS republished BOOLEAN DEFAULT false;
