-- Live sources and one incident per real event (issue 7): the feeds Vigil follows, every address an
-- article was found under, a fingerprint to find the same story under another address, and why each
-- mention joined its incident.
--
-- Portable like V1: the same file runs on SQLite and PostgreSQL.

-- A fingerprint of the article's normalized text (64-bit simhash of word shingles, 16 hex digits):
-- near-identical texts (syndicated wire copy with small edits) have fingerprints a few bits apart.
ALTER TABLE article ADD COLUMN fingerprint TEXT;

-- Every address an article was found under: the same story under several URLs is one article row.
CREATE TABLE article_url (
    url         TEXT NOT NULL PRIMARY KEY,
    article_id  TEXT NOT NULL REFERENCES article (id),
    seen_at     TEXT NOT NULL               -- instant this address was first seen
);

CREATE INDEX article_url_article ON article_url (article_id);

-- The canonical place of an incident (the place most of its mentions name, a town over a region) is
-- incident.place, added with the incident's other summary columns by V2 in db/sqlite; the store
-- rewrites place, coordinates and figures whenever a mention joins or leaves an incident (a database
-- without V2, such as PostgreSQL, needs those columns from its own version of V2).

-- Why this mention joined its incident, or why it started a new one (see IncidentMerger).
ALTER TABLE mention ADD COLUMN merge_reason TEXT;

-- The feeds Vigil follows, with what the last poll learned.
CREATE TABLE feed (
    id               ${generated_id},
    url              TEXT NOT NULL UNIQUE,
    interval_seconds INTEGER NOT NULL,      -- poll at most this often
    etag             TEXT,                  -- ETag of the last 200 answer, for If-None-Match
    last_modified    TEXT,                  -- Last-Modified of the last 200 answer, for If-Modified-Since
    title            TEXT,                  -- the feed's own title, once read
    added_at         TEXT NOT NULL,
    polled_at        TEXT,                  -- instant of the last poll
    last_status      TEXT                   -- what the last poll did, in words
);

-- Items already taken from a feed, so a poll fetches only new ones.
CREATE TABLE feed_item (
    feed_id   BIGINT NOT NULL REFERENCES feed (id),
    link      TEXT NOT NULL,
    seen_at   TEXT NOT NULL,
    PRIMARY KEY (feed_id, link)
);
