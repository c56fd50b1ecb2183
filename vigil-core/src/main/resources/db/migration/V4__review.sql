-- Review (issue 5): accounts and sessions, article ratings, source grades, comments, notes anchored to
-- passages, corrections of extracted fields, and the audit log. Portable like V1 (${generated_id}).
--
-- Nothing here references incident or mention: re-processing an article replaces its incidents and
-- mentions with new rows, and what reviewers wrote must outlive that. Notes re-attach by their quote,
-- corrections by the article and the evidence sentence of the incident they correct.

CREATE TABLE account (
    id            ${generated_id},
    name          TEXT NOT NULL,
    name_key      TEXT NOT NULL UNIQUE,      -- name in lower case: names are unique ignoring case
    role          TEXT NOT NULL CHECK (role IN ('admin', 'analyst', 'reader')),
    password_hash TEXT NOT NULL,             -- Argon2id, PHC string format
    created_at    TEXT NOT NULL
);

CREATE TABLE account_session (
    token_hash TEXT NOT NULL PRIMARY KEY,    -- SHA-256 of the cookie's token, hex; the token itself is never stored
    account_id BIGINT NOT NULL REFERENCES account (id),
    csrf       TEXT NOT NULL,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL
);

CREATE TABLE article_rating (
    article_id TEXT NOT NULL REFERENCES article (id),
    account_id BIGINT NOT NULL REFERENCES account (id),
    stars      INTEGER NOT NULL CHECK (stars BETWEEN 1 AND 5),
    rated_at   TEXT NOT NULL,
    PRIMARY KEY (article_id, account_id)
);

-- Admiralty scale: A completely reliable ... E unreliable, F reliability cannot be judged.
CREATE TABLE source_grade (
    outlet     TEXT NOT NULL PRIMARY KEY,    -- article.source
    grade      TEXT NOT NULL CHECK (grade IN ('A', 'B', 'C', 'D', 'E', 'F')),
    account_id BIGINT NOT NULL REFERENCES account (id),
    graded_at  TEXT NOT NULL
);

CREATE TABLE review_comment (
    id          ${generated_id},
    target_kind TEXT NOT NULL CHECK (target_kind IN ('article', 'incident')),
    target_id   TEXT NOT NULL,
    parent_id   BIGINT REFERENCES review_comment (id),
    account_id  BIGINT NOT NULL REFERENCES account (id),
    body        TEXT NOT NULL,               -- as typed; sanitized when rendered
    created_at  TEXT NOT NULL,
    edited_at   TEXT,
    deleted_at  TEXT,                        -- kept, not removed, so replies keep their thread
    deleted_by  BIGINT REFERENCES account (id)
);

CREATE INDEX review_comment_target ON review_comment (target_kind, target_id, id);

CREATE TABLE note (
    id           ${generated_id},
    article_id   TEXT NOT NULL REFERENCES article (id),
    account_id   BIGINT NOT NULL REFERENCES account (id),
    exact        TEXT NOT NULL,              -- TextQuoteSelector
    prefix       TEXT NOT NULL,
    suffix       TEXT NOT NULL,
    start_offset INTEGER NOT NULL,           -- TextPositionSelector, when the note was written
    end_offset   INTEGER NOT NULL,
    body         TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    deleted_at   TEXT,
    deleted_by   BIGINT REFERENCES account (id)
);

CREATE INDEX note_article ON note (article_id, start_offset);

-- Every correction ever made; the newest per (article, evidence, field) is in force, the rest is history.
CREATE TABLE correction (
    id             ${generated_id},
    article_id     TEXT NOT NULL REFERENCES article (id),
    evidence_text  TEXT NOT NULL,            -- the sentence stating the incident (a missed incident: the note's quote)
    evidence_start INTEGER NOT NULL,
    incident_id    BIGINT,                   -- the incident's number when corrected; numbers change on re-processing
    field          TEXT NOT NULL,            -- CorrectionField.code()
    value          TEXT,                     -- NULL clears the field
    original       TEXT,                     -- the extracted value when corrected
    note_id        BIGINT REFERENCES note (id),
    account_id     BIGINT NOT NULL REFERENCES account (id),
    created_at     TEXT NOT NULL
);

CREATE INDEX correction_article ON correction (article_id, id);

CREATE TABLE audit_log (
    id         ${generated_id},
    at         TEXT NOT NULL,
    account_id BIGINT,                       -- NULL for the command line
    actor      TEXT NOT NULL,                -- account name then, or 'command line'
    action     TEXT NOT NULL,                -- e.g. comment.delete
    target     TEXT NOT NULL,                -- e.g. comment 7
    detail     TEXT NOT NULL
);
