-- The web UI now filters, sorts and counts incidents over columns it holds in memory (IncidentColumns)
-- and reads from SQLite only full-text matches and the rows of one page. Two changes follow:
--
-- 1. A log of which incidents changed, so a reader brings its columns up to date by reading those
--    incidents again instead of every incident. Triggers write it however an incident changes:
--    inserted, updated (figures and place are kept by the triggers of V2), deleted, or given or
--    losing a mention (which changes the articles whose text finds it). Only the newest 100,000
--    entries are kept; as the newest is never deleted, seq (the rowid) keeps rising, so a reader that
--    remembers the last seq it read knows what it missed, and a reader further behind than the
--    oldest entry kept reads everything again.
--
-- 2. The indexes that served sorting by figures and the dashboard's counts in SQL are no longer read
--    by any query; dropping them makes saving cheaper. The (filter, date) indexes stay: the command
--    line's `vigil incidents` pages through them.

CREATE TABLE incident_change (
    seq         INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL
);

CREATE TRIGGER incident_change_after_incident_insert AFTER INSERT ON incident BEGIN
    INSERT INTO incident_change (incident_id) VALUES (NEW.id);
END;

CREATE TRIGGER incident_change_after_incident_update AFTER UPDATE ON incident BEGIN
    INSERT INTO incident_change (incident_id) VALUES (OLD.id);
    INSERT INTO incident_change (incident_id) SELECT NEW.id WHERE NEW.id <> OLD.id;
END;

CREATE TRIGGER incident_change_after_incident_delete AFTER DELETE ON incident BEGIN
    INSERT INTO incident_change (incident_id) VALUES (OLD.id);
END;

CREATE TRIGGER incident_change_after_mention_insert AFTER INSERT ON mention BEGIN
    INSERT INTO incident_change (incident_id) VALUES (NEW.incident_id);
END;

CREATE TRIGGER incident_change_after_mention_delete AFTER DELETE ON mention BEGIN
    INSERT INTO incident_change (incident_id) VALUES (OLD.incident_id);
END;

CREATE TRIGGER incident_change_after_mention_update AFTER UPDATE OF incident_id, article_id ON mention BEGIN
    INSERT INTO incident_change (incident_id) VALUES (OLD.incident_id);
    INSERT INTO incident_change (incident_id) SELECT NEW.incident_id WHERE NEW.incident_id <> OLD.incident_id;
END;

CREATE TRIGGER incident_change_keeps_the_newest AFTER INSERT ON incident_change BEGIN
    DELETE FROM incident_change WHERE seq <= NEW.seq - 100000;
END;

DROP INDEX incident_killed;
DROP INDEX incident_injured;
DROP INDEX incident_month_type;
DROP INDEX incident_group_name;
DROP INDEX incident_map;
DROP INDEX incident_figures;
