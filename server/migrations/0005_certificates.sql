-- Certificates of completion: signed Open Badges 3.0 credentials, one per learner per course
-- version completed, and their revocation.
CREATE TABLE certificates (
    -- `urn:uuid:…`, the credential's id.
    id                 TEXT PRIMARY KEY,
    user_id            TEXT NOT NULL REFERENCES users (id),
    -- 1, 2, 3… per learner: devices ask for the certificates after the last they hold.
    number             BIGINT NOT NULL,
    course             TEXT NOT NULL,
    course_version     TEXT NOT NULL,
    course_title       TEXT NOT NULL,
    -- The organization whose administrators may revoke it; NULL leaves it to the superadmin.
    organization_id    TEXT REFERENCES organizations (id),
    issued_at          BIGINT NOT NULL,
    key_id             TEXT NOT NULL,
    jwt                TEXT NOT NULL,
    -- The certificate's entry in a revocation list: random, so that entries say nothing about
    -- the order of issue.
    status_list        BIGINT NOT NULL,
    status_index       BIGINT NOT NULL,
    -- The secret in the QR code's address: with the id it shows the certificate to whoever holds
    -- the paper; the id alone shows nothing.
    access_key         TEXT NOT NULL,
    revoked_at         BIGINT,
    revoked_by         TEXT REFERENCES users (id),
    revocation_reason  TEXT,
    UNIQUE (user_id, course, course_version),
    UNIQUE (user_id, number),
    UNIQUE (status_list, status_index)
);

CREATE INDEX certificates_organization ON certificates (organization_id);

-- The revocation lists, each published as a signed Bitstring Status List. A list's `validFrom`
-- is its creation or its latest revocation, so that unchanged data signs to the same bytes.
CREATE TABLE status_lists (
    list        BIGINT PRIMARY KEY,
    created_at  BIGINT NOT NULL
);
