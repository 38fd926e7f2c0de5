-- Reports: who looked at individual learners or exported a table, the summaries the dashboard
-- counts from, and indexes for its counts.
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
CREATE INDEX enrollments_enrolled_at ON enrollments (enrolled_at, organization_id, course);
CREATE INDEX certificates_issued_at ON certificates (issued_at, organization_id, course, user_id, revoked_at);

-- Summaries of progress_events, kept by the sync in the same transaction that stores the
-- events. Each copies the organization and date of the learner's enrollment in the course
-- (enrollments are never changed or deleted), so the dashboard counts without reading events.

-- The days (UTC, days since 1970-01-01) on which a learner's progress in a course reached the
-- server, and the last second it did that day: what "active learners" and "last sync" read.
CREATE TABLE activity_days (
    user_id          TEXT NOT NULL,
    course           TEXT NOT NULL,
    day              BIGINT NOT NULL,
    last_at          BIGINT NOT NULL,
    organization_id  TEXT,
    PRIMARY KEY (user_id, course, day)
);
CREATE INDEX activity_days_day ON activity_days (day, organization_id, course, user_id);

-- Each lesson a learner reached (opened or completed), and whether they completed it: the funnel.
CREATE TABLE lesson_reach (
    user_id          TEXT NOT NULL,
    course           TEXT NOT NULL,
    lesson           TEXT NOT NULL,
    completed        INTEGER NOT NULL,
    organization_id  TEXT,
    enrolled_at      BIGINT NOT NULL,
    PRIMARY KEY (user_id, course, lesson)
);
CREATE INDEX lesson_reach_course ON lesson_reach (course, enrolled_at, organization_id);

-- Each learner's first attempt at each quiz (the earliest by the device's clock, then counter,
-- then id): question difficulty.
CREATE TABLE first_attempts (
    user_id          TEXT NOT NULL,
    course           TEXT NOT NULL,
    quiz             TEXT NOT NULL,
    course_version   TEXT NOT NULL,
    payload          TEXT NOT NULL,
    client_time      BIGINT NOT NULL,
    counter          BIGINT NOT NULL,
    event_id         TEXT NOT NULL,
    organization_id  TEXT,
    enrolled_at      BIGINT NOT NULL,
    PRIMARY KEY (user_id, course, quiz)
);
CREATE INDEX first_attempts_course ON first_attempts (course, enrolled_at, organization_id);

-- The summaries of the progress already stored.
INSERT INTO activity_days (user_id, course, day, last_at, organization_id)
SELECT p.user_id, p.course, p.received_at / 86400, MAX(p.received_at), MAX(e.organization_id)
FROM progress_events p JOIN enrollments e ON e.user_id = p.user_id AND e.course = p.course
GROUP BY p.user_id, p.course, p.received_at / 86400;

INSERT INTO lesson_reach (user_id, course, lesson, completed, organization_id, enrolled_at)
SELECT p.user_id, p.course, p.item, MAX(CASE WHEN p.kind = 'lesson_completed' THEN 1 ELSE 0 END),
       MAX(e.organization_id), MAX(e.enrolled_at)
FROM progress_events p JOIN enrollments e ON e.user_id = p.user_id AND e.course = p.course
WHERE p.kind IN ('lesson_opened', 'lesson_completed')
GROUP BY p.user_id, p.course, p.item;

INSERT INTO first_attempts (user_id, course, quiz, course_version, payload, client_time, counter,
                            event_id, organization_id, enrolled_at)
SELECT p.user_id, p.course, p.item, p.course_version, p.payload, p.client_time, p.counter, p.id,
       e.organization_id, e.enrolled_at
FROM progress_events p JOIN enrollments e ON e.user_id = p.user_id AND e.course = p.course
WHERE p.kind = 'quiz_attempt' AND NOT EXISTS (
    SELECT 1 FROM progress_events q
    WHERE q.user_id = p.user_id AND q.course = p.course AND q.item = p.item AND q.kind = 'quiz_attempt'
      AND (q.client_time < p.client_time
           OR (q.client_time = p.client_time AND q.counter < p.counter)
           OR (q.client_time = p.client_time AND q.counter = p.counter AND q.id < p.id)));
