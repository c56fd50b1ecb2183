-- What the web UI and its API read fast: the figures and place of each incident next to its filter
-- columns, composite indexes for sorted, filtered pages and for the dashboard's counts, and full-text
-- search over evidence sentences and article text.
--
-- SQLite only (FTS5 and SQLite trigger syntax), hence its own folder db/sqlite; a PostgreSQL store
-- would need its own version of this file (tsvector columns and trigger functions).
--
-- The incident's summary columns are kept by triggers on mention and figure, so they stay right
-- however incidents are formed (one per mention today, merged across articles later):
--   killed, injured: the largest figure any mention reported (tolls rise: 40, 60, 139 -> 139);
--   place, latitude, longitude: from the earliest mention that has them.

ALTER TABLE incident ADD COLUMN killed INTEGER;
ALTER TABLE incident ADD COLUMN injured INTEGER;
ALTER TABLE incident ADD COLUMN place TEXT;
ALTER TABLE incident ADD COLUMN latitude DOUBLE PRECISION;
ALTER TABLE incident ADD COLUMN longitude DOUBLE PRECISION;

UPDATE incident SET
    killed = (SELECT MAX(value) FROM figure f WHERE f.incident_id = incident.id AND f.kind = 'killed'),
    injured = (SELECT MAX(value) FROM figure f WHERE f.incident_id = incident.id AND f.kind = 'injured'),
    place = (SELECT m.place FROM mention m WHERE m.incident_id = incident.id AND m.place IS NOT NULL ORDER BY m.id LIMIT 1),
    latitude = (SELECT m.latitude FROM mention m WHERE m.incident_id = incident.id AND m.latitude IS NOT NULL ORDER BY m.id LIMIT 1),
    longitude = (SELECT m.longitude FROM mention m WHERE m.incident_id = incident.id AND m.latitude IS NOT NULL ORDER BY m.id LIMIT 1);

CREATE TRIGGER incident_figures_after_figure_insert AFTER INSERT ON figure BEGIN
    UPDATE incident SET
        killed = (SELECT MAX(value) FROM figure f WHERE f.incident_id = NEW.incident_id AND f.kind = 'killed'),
        injured = (SELECT MAX(value) FROM figure f WHERE f.incident_id = NEW.incident_id AND f.kind = 'injured')
    WHERE id = NEW.incident_id;
END;

CREATE TRIGGER incident_figures_after_figure_delete AFTER DELETE ON figure BEGIN
    UPDATE incident SET
        killed = (SELECT MAX(value) FROM figure f WHERE f.incident_id = OLD.incident_id AND f.kind = 'killed'),
        injured = (SELECT MAX(value) FROM figure f WHERE f.incident_id = OLD.incident_id AND f.kind = 'injured')
    WHERE id = OLD.incident_id;
END;

CREATE TRIGGER incident_place_after_mention_insert AFTER INSERT ON mention BEGIN
    UPDATE incident SET
        place = (SELECT m.place FROM mention m WHERE m.incident_id = NEW.incident_id AND m.place IS NOT NULL ORDER BY m.id LIMIT 1),
        latitude = (SELECT m.latitude FROM mention m WHERE m.incident_id = NEW.incident_id AND m.latitude IS NOT NULL ORDER BY m.id LIMIT 1),
        longitude = (SELECT m.longitude FROM mention m WHERE m.incident_id = NEW.incident_id AND m.latitude IS NOT NULL ORDER BY m.id LIMIT 1)
    WHERE id = NEW.incident_id;
END;

CREATE TRIGGER incident_place_after_mention_delete AFTER DELETE ON mention BEGIN
    UPDATE incident SET
        place = (SELECT m.place FROM mention m WHERE m.incident_id = OLD.incident_id AND m.place IS NOT NULL ORDER BY m.id LIMIT 1),
        latitude = (SELECT m.latitude FROM mention m WHERE m.incident_id = OLD.incident_id AND m.latitude IS NOT NULL ORDER BY m.id LIMIT 1),
        longitude = (SELECT m.longitude FROM mention m WHERE m.incident_id = OLD.incident_id AND m.latitude IS NOT NULL ORDER BY m.id LIMIT 1)
    WHERE id = OLD.incident_id;
END;

-- Sorted pages: each filter column with the default order (newest first), and each sortable figure.
CREATE INDEX incident_type_date ON incident (type, date_start);
CREATE INDEX incident_country_date ON incident (country, date_start);
CREATE INDEX incident_perpetrator_date ON incident (perpetrator_key, date_start);
CREATE INDEX incident_killed ON incident (killed);
CREATE INDEX incident_injured ON incident (injured);
-- The dashboard's counts stream through these indexes in their GROUP BY order (no sort); the
-- expressions must stay exactly those of the queries in IncidentReads.
CREATE INDEX incident_month_type ON incident (substr(date_start, 1, 7), type) WHERE date_start IS NOT NULL;
CREATE INDEX incident_group_name ON incident (perpetrator_key, perpetrator);
CREATE INDEX incident_map ON incident (CAST(latitude + 90 AS INTEGER), CAST(longitude + 180 AS INTEGER), type,
    latitude, longitude, killed, injured) WHERE latitude IS NOT NULL;
CREATE INDEX incident_figures ON incident (killed, injured);

-- Full-text search. Both tables index their content table's rows by rowid (external content), so
-- the text is stored once; triggers keep them in step. Vigil never runs VACUUM, which could renumber
-- article's implicit rowids; after one, run INSERT INTO article_search(article_search) VALUES ('rebuild').
CREATE VIRTUAL TABLE mention_search USING fts5(
    evidence_text, content = 'mention', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2');

CREATE VIRTUAL TABLE article_search USING fts5(
    title, text, content = 'article', content_rowid = 'rowid', tokenize = 'unicode61 remove_diacritics 2');

INSERT INTO mention_search (mention_search) VALUES ('rebuild');
INSERT INTO article_search (article_search) VALUES ('rebuild');

CREATE TRIGGER mention_search_after_insert AFTER INSERT ON mention BEGIN
    INSERT INTO mention_search (rowid, evidence_text) VALUES (NEW.id, NEW.evidence_text);
END;

CREATE TRIGGER mention_search_after_delete AFTER DELETE ON mention BEGIN
    INSERT INTO mention_search (mention_search, rowid, evidence_text) VALUES ('delete', OLD.id, OLD.evidence_text);
END;

CREATE TRIGGER mention_search_after_update AFTER UPDATE OF evidence_text ON mention BEGIN
    INSERT INTO mention_search (mention_search, rowid, evidence_text) VALUES ('delete', OLD.id, OLD.evidence_text);
    INSERT INTO mention_search (rowid, evidence_text) VALUES (NEW.id, NEW.evidence_text);
END;

CREATE TRIGGER article_search_after_insert AFTER INSERT ON article BEGIN
    INSERT INTO article_search (rowid, title, text) VALUES (NEW.rowid, NEW.title, NEW.text);
END;

CREATE TRIGGER article_search_after_delete AFTER DELETE ON article BEGIN
    INSERT INTO article_search (article_search, rowid, title, text) VALUES ('delete', OLD.rowid, OLD.title, OLD.text);
END;

CREATE TRIGGER article_search_after_update AFTER UPDATE OF title, text ON article BEGIN
    INSERT INTO article_search (article_search, rowid, title, text) VALUES ('delete', OLD.rowid, OLD.title, OLD.text);
    INSERT INTO article_search (rowid, title, text) VALUES (NEW.rowid, NEW.title, NEW.text);
END;
