-- E-mail digests chosen per watchlist and per subscription (issue 6). NULL follows the e-mail target's own
-- setting; 'none' sends each alert at once; 'hourly' and 'daily' gather them. Portable like V5.

ALTER TABLE watchlist ADD COLUMN email_digest TEXT CHECK (email_digest IN ('none', 'hourly', 'daily'));

ALTER TABLE subscription ADD COLUMN email_digest TEXT CHECK (email_digest IN ('none', 'hourly', 'daily'));

-- Whether a delivery waits to be gathered with its target's other digest deliveries, or goes alone.
ALTER TABLE outbox ADD COLUMN digest TEXT NOT NULL DEFAULT 'none' CHECK (digest IN ('none', 'hourly', 'daily'));

UPDATE outbox SET digest = (SELECT t.digest FROM delivery_target t WHERE t.id = outbox.target_id)
WHERE status = 'pending' AND EXISTS (SELECT 1 FROM delivery_target t WHERE t.id = outbox.target_id);
