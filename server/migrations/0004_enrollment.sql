-- Join codes that trainers hand out to a cohort, and the enrollments they create.
CREATE TABLE join_codes (
    -- Only the SHA-256 of the code is kept, like session tokens.
    code_sha256      TEXT PRIMARY KEY,
    organization_id  TEXT NOT NULL REFERENCES organizations (id),
    created_by       TEXT NOT NULL REFERENCES users (id),
    -- JSON list of course slugs.
    courses          TEXT NOT NULL,
    created_at       BIGINT NOT NULL,
    expires_at       BIGINT NOT NULL,
    max_uses         BIGINT NOT NULL,
    uses             BIGINT NOT NULL DEFAULT 0
);

CREATE TABLE enrollments (
    user_id          TEXT NOT NULL REFERENCES users (id),
    course           TEXT NOT NULL,
    organization_id  TEXT REFERENCES organizations (id),
    enrolled_at      BIGINT NOT NULL,
    PRIMARY KEY (user_id, course)
);
