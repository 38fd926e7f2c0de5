-- Mentoring (issue 18): learners' questions to the trainers of their organization, the
-- answers, and threads a trainer opens to a course's cohort. Owned by `server/src/mentoring/`.
-- Kept to SQL that SQLite and PostgreSQL both accept.

-- A thread is named by the event that opened it. `organization_id` is decided once, when the
-- question arrives (the enrollment's organization, else the learner's only one). `learner_id`
-- is the asking learner, or the trainer who opened a cohort thread. `state`: `open` (waiting
-- for a trainer), `answered`, `deleted` (by its learner, texts emptied). `answered_at`: the
-- first answer or mark, for the dashboard's median; a question ever answered cannot be deleted.
CREATE TABLE mentoring_threads (
    id               TEXT PRIMARY KEY,
    organization_id  TEXT NOT NULL REFERENCES organizations (id),
    course           TEXT NOT NULL,
    item             TEXT NOT NULL,
    learner_id       TEXT NOT NULL REFERENCES users (id),
    created_at       BIGINT NOT NULL,
    last_activity    BIGINT NOT NULL,
    state            TEXT NOT NULL CHECK (state IN ('open', 'answered', 'deleted')),
    hidden           BIGINT NOT NULL DEFAULT 0,
    cohort           BIGINT NOT NULL DEFAULT 0,
    answered_at      BIGINT
);

CREATE INDEX mentoring_threads_inbox ON mentoring_threads (organization_id, state, last_activity);
CREATE INDEX mentoring_threads_learner ON mentoring_threads (learner_id);
CREATE INDEX mentoring_threads_cohort ON mentoring_threads (organization_id, course, cohort);

-- Every message, state changes included, one per event: `event_id` is unique, so an event sent
-- twice is stored once. `number` is the sync's cursor, increasing across the installation
-- (taken inside the storing transaction). `kind`: `question`, `answer`, `cohort`,
-- `marked_answered`, `hidden`, `deleted`. `by_staff`: written as a trainer or administrator of
-- the thread's organization (an answer, a mark, a hide, a cohort thread's opening).
CREATE TABLE mentoring_messages (
    number      BIGINT PRIMARY KEY,
    thread_id   TEXT NOT NULL REFERENCES mentoring_threads (id),
    event_id    TEXT NOT NULL UNIQUE,
    author_id   TEXT NOT NULL REFERENCES users (id),
    kind        TEXT NOT NULL,
    by_staff    BIGINT NOT NULL DEFAULT 0,
    body        TEXT NOT NULL,
    created_at  BIGINT NOT NULL
);

CREATE INDEX mentoring_messages_thread ON mentoring_messages (thread_id, number);
CREATE INDEX mentoring_messages_author ON mentoring_messages (author_id, kind, created_at);

-- The last message number given. Taken with `UPDATE … RETURNING` in the storing transaction,
-- whose row lock makes a second transaction wait for the first's commit: numbers are given in
-- commit order, so a device that holds number N has every message up to N it may see.
CREATE TABLE mentoring_counter (
    id    BIGINT PRIMARY KEY,
    last  BIGINT NOT NULL
);
INSERT INTO mentoring_counter (id, last) VALUES (1, 0);
