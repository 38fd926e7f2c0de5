-- The course catalog: published course versions and the content-addressed blobs they name.
-- Kept to SQL that SQLite and PostgreSQL both accept.
CREATE TABLE blobs (
    sha256      TEXT PRIMARY KEY,
    bytes       BIGINT NOT NULL,
    media_type  TEXT NOT NULL
);

CREATE TABLE course_versions (
    manifest_sha256 TEXT PRIMARY KEY,
    slug            TEXT NOT NULL,
    version         TEXT NOT NULL,
    manifest_json   TEXT NOT NULL,
    published_at    BIGINT NOT NULL
);

CREATE INDEX course_versions_slug ON course_versions (slug);

CREATE TABLE courses (
    slug             TEXT PRIMARY KEY,
    current_manifest TEXT NOT NULL REFERENCES course_versions (manifest_sha256)
);
