-- Learning progress: an append-only log of events recorded on learners' devices. The pair
-- (user_id, id) makes a re-sent event a no-op.
CREATE TABLE progress_events (
    user_id         TEXT NOT NULL REFERENCES users (id),
    id              TEXT NOT NULL,
    device_id       TEXT NOT NULL,
    course          TEXT NOT NULL,
    course_version  TEXT NOT NULL,
    item            TEXT NOT NULL,
    kind            TEXT NOT NULL,
    -- JSON of what the kind carries (a quiz attempt's answers); empty for lesson events.
    payload         TEXT NOT NULL,
    client_time     BIGINT NOT NULL,
    counter         BIGINT NOT NULL,
    received_at     BIGINT NOT NULL,
    PRIMARY KEY (user_id, id)
);
