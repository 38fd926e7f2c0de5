-- The server's order of receipt of progress events: each sync batch of a learner gets a number
-- above all of that learner's earlier ones, and every event it stores for the first time
-- carries it. Quiz attempts under an attempt limit count in this order (then by the device's
-- counter, then by id), never by the device's clock, which the learner sets.
ALTER TABLE progress_events ADD COLUMN received_order BIGINT NOT NULL DEFAULT 0;

-- The next batch's number is one above the learner's highest.
CREATE INDEX progress_events_received_order ON progress_events (user_id, received_order);

-- The events stored before.
-- Their number is the second each arrived, so that every later batch (numbered from the
-- highest of these) comes after them.
UPDATE progress_events SET received_order = received_at;
