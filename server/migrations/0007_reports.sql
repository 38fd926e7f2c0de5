-- Reports: who looked at individual learners or exported a table, and indexes for the
-- dashboard's counts.
CREATE TABLE audit_log (
    id               TEXT PRIMARY KEY,
    at               BIGINT NOT NULL,
    actor_id         TEXT NOT NULL REFERENCES users (id),
    -- `view_learners`, `export`.
    action           TEXT NOT NULL,
    -- The organization whose data was seen, if one.
    organization_id  TEXT,
    -- What was seen: the table and the filters, as the request gave them.
    detail           TEXT NOT NULL
);

CREATE INDEX audit_log_at ON audit_log (at);
CREATE INDEX enrollments_organization ON enrollments (organization_id, course);
CREATE INDEX progress_events_course ON progress_events (course, kind, item, user_id);
CREATE INDEX progress_events_received ON progress_events (received_at, user_id, course);
