-- Corrections reach the stored incidents (issue 5). Portable like V1: the same file runs on SQLite and PostgreSQL.
--
-- The incident's columns (type, date, country, group, place, figures) are what filters, sorting, counts and
-- exports read, so the store writes them with the analysts' corrections in force applied; mention and figure
-- rows keep the values as extracted, and the correction table keeps the history.

-- 1 when analysts judged every mention of the incident "not an incident": kept, shown on its own page, left
-- out of lists, searches, counts and merging.
ALTER TABLE incident ADD COLUMN rejected INTEGER NOT NULL DEFAULT 0;

-- The account name of the analyst who added this mention because extraction missed the incident the
-- passage states (a "missed incident" correction); NULL for mentions the extractor found.
ALTER TABLE mention ADD COLUMN added_by TEXT;

-- When an admin disabled the account: it can no longer log in, and its sessions end. NULL while active.
ALTER TABLE account ADD COLUMN disabled_at TEXT;
