-- Watchlists and alerts (issue 6): what each user watches, where their alerts go, what they have
-- already been told about each incident, their in-app notifications, and the outbox of deliveries.
--
-- Portable like V1 (SQLite and PostgreSQL). No foreign key points at incident: incidents are replaced
-- when an article is read again, and alert_state must outlive that to recognise the same event.
-- Instants that are compared (due_at, lease_until) are epoch milliseconds; the rest ISO 8601 text.

CREATE TABLE watchlist (
    id          ${generated_id},
    owner       TEXT NOT NULL,              -- user name; accounts (issue 5) fill it in the web UI
    name        TEXT NOT NULL,
    criteria    TEXT NOT NULL,              -- JSON: types, groups, countries, regions, geofences, minKilled, keywords
    active      INTEGER NOT NULL,           -- 1 notify me, 0 kept but silent
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

CREATE UNIQUE INDEX watchlist_owner_name ON watchlist (owner, name);

-- One row; its number grows with every change to watchlist, so matchers reload only when it moved.
CREATE TABLE watch_revision (
    id       INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
    revision BIGINT NOT NULL
);
INSERT INTO watch_revision (id, revision) VALUES (1, 0);

-- Where a user's alerts go besides the in-app list.
CREATE TABLE delivery_target (
    id          ${generated_id},
    owner       TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('email', 'webhook')),
    address     TEXT NOT NULL,              -- e-mail address or https URL
    secret      TEXT,                       -- webhook HMAC-SHA256 key
    digest      TEXT NOT NULL CHECK (digest IN ('none', 'hourly', 'daily')),
    created_at  TEXT NOT NULL
);

CREATE UNIQUE INDEX delivery_target_address ON delivery_target (owner, kind, address);

-- "Notify me" on one incident (its updates) or on the comments of an incident or article.
CREATE TABLE subscription (
    id          ${generated_id},
    owner       TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('incident', 'incident_comments', 'article_comments')),
    target      TEXT NOT NULL,              -- incident id or article id
    created_at  TEXT NOT NULL
);

CREATE UNIQUE INDEX subscription_owner_target ON subscription (owner, kind, target);
CREATE INDEX subscription_target ON subscription (kind, target);

-- What a user was last told about an incident: the base of the next update's "what changed".
CREATE TABLE alert_state (
    owner       TEXT NOT NULL,
    incident_id BIGINT NOT NULL,
    event_id    BIGINT NOT NULL,            -- the incident first alerted for this real-world event
    fingerprint TEXT,                       -- type|date|country|place, to know the event again
    article_id  TEXT NOT NULL,              -- the article the incident came from when last seen
    snapshot    TEXT NOT NULL,              -- JSON of the fields updates report on
    updated_at  TEXT NOT NULL,
    PRIMARY KEY (owner, incident_id)
);

CREATE INDEX alert_state_incident ON alert_state (incident_id);
CREATE INDEX alert_state_fingerprint ON alert_state (owner, fingerprint);

-- The in-app notification list; every delivery is of one notification.
CREATE TABLE notification (
    id          ${generated_id},
    owner       TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('new', 'update', 'withdrawn', 'comment')),
    incident_id BIGINT,
    article_id  TEXT,
    title       TEXT NOT NULL,
    body        TEXT NOT NULL,
    changes     TEXT NOT NULL,              -- JSON array of sentences, empty for a new incident
    watchlists  TEXT NOT NULL,              -- JSON array of the matching watchlists' names
    created_at  TEXT NOT NULL,
    read_at     TEXT
);

CREATE INDEX notification_owner ON notification (owner, id);

-- Deliveries to e-mail and webhook targets, written in the transaction that changed the incident.
CREATE TABLE outbox (
    id              ${generated_id},
    notification_id BIGINT NOT NULL REFERENCES notification (id),
    target_id       BIGINT NOT NULL,        -- delivery_target.id; no foreign key, so history outlives a removed target
    idempotency_key TEXT NOT NULL,
    status          TEXT NOT NULL CHECK (status IN ('pending', 'delivered', 'parked', 'cancelled')),
    attempts        INTEGER NOT NULL,
    due_at          BIGINT NOT NULL,        -- epoch ms: not before (backoff, digest window)
    lease_until     BIGINT,                 -- epoch ms: a worker is sending it until then
    last_error      TEXT,
    created_at      TEXT NOT NULL,
    delivered_at    TEXT
);

CREATE UNIQUE INDEX outbox_idempotency ON outbox (idempotency_key);
CREATE UNIQUE INDEX outbox_notification_target ON outbox (notification_id, target_id);
CREATE INDEX outbox_due ON outbox (status, due_at);
CREATE INDEX outbox_target ON outbox (target_id, status);
