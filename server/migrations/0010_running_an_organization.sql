-- Running an organization from the app (issue 15): join codes that can be listed, labelled and
-- ended, one-time invitations for trainers and administrators, password-reset codes, and
-- archived courses. Kept to SQL that SQLite and PostgreSQL both accept.

-- A join code's public id names it in the list and for ending it; it cannot be redeemed (only
-- the SHA-256 of the code is kept). `role` is `learner` for a cohort's code, `trainer` or
-- `administrator` for a one-time invitation. `ended_at`: when a trainer ended it.
ALTER TABLE join_codes ADD COLUMN id TEXT;
ALTER TABLE join_codes ADD COLUMN label TEXT NOT NULL DEFAULT '';
ALTER TABLE join_codes ADD COLUMN role TEXT NOT NULL DEFAULT 'learner'
    CHECK (role IN ('learner', 'trainer', 'administrator'));
ALTER TABLE join_codes ADD COLUMN ended_at BIGINT;

-- Codes made before get an id by their order of creation: unique, and derived from nothing
-- secret (an id taken from the code's hash would help guess the code offline). New codes get
-- a random id from the server.
UPDATE join_codes SET id = 'old-' || CAST((
    SELECT COUNT(*) FROM join_codes earlier
    WHERE earlier.created_at < join_codes.created_at
       OR (earlier.created_at = join_codes.created_at AND earlier.code_sha256 <= join_codes.code_sha256)
) AS TEXT);

CREATE UNIQUE INDEX join_codes_id ON join_codes (id);
CREATE INDEX join_codes_organization ON join_codes (organization_id, created_at);

-- One password-reset code per account at most: a new one replaces the one before. Only its
-- SHA-256 is kept, like join codes and session tokens.
CREATE TABLE password_resets (
    user_id      TEXT PRIMARY KEY REFERENCES users (id),
    code_sha256  TEXT NOT NULL,
    created_by   TEXT NOT NULL REFERENCES users (id),
    -- The organization through which `created_by` manages the account (none: the superadmin's).
    organization_id  TEXT,
    created_at   BIGINT NOT NULL,
    expires_at   BIGINT NOT NULL,
    used_at      BIGINT
);

-- Courses hidden from the catalog. Their versions, blobs, enrollments, progress and
-- certificates stay as they are: those who hold the course keep reading it.
CREATE TABLE archived_courses (
    slug         TEXT PRIMARY KEY,
    archived_at  BIGINT NOT NULL,
    archived_by  TEXT NOT NULL REFERENCES users (id)
);
