-- Courses written in the browser: who owns a course, the source of each published version, and
-- the draft being edited. Kept to SQL that SQLite and PostgreSQL both accept.

-- The organization whose trainers and administrators edit and publish a course. A course
-- imported from the courses folder has none until `dala course import --organization` gives it
-- one; until then only the superadmin edits it in the browser.
CREATE TABLE course_owners (
    slug             TEXT PRIMARY KEY,
    organization_id  TEXT NOT NULL REFERENCES organizations (id)
);

-- The source of a version (JSON of a course draft): what the editor and `dala course export`
-- start from. NULL for versions published before sources were kept; the next start-up import
-- of an unchanged folder fills it.
ALTER TABLE course_versions ADD COLUMN source_json TEXT;

-- The manifest last published from the courses folder at start-up. The folder is published again
-- only when it changed, so restarting the server does not undo what trainers published since.
ALTER TABLE courses ADD COLUMN folder_manifest TEXT;

-- One draft per course, saved whole at every save. `revision` goes up by one at each save; a
-- save names the revision it started from and is refused when that is not the current one.
CREATE TABLE drafts (
    slug                TEXT PRIMARY KEY,
    revision            BIGINT NOT NULL,
    draft_json          TEXT NOT NULL,
    saved_by            TEXT NOT NULL REFERENCES users (id),
    saved_at            BIGINT NOT NULL,
    -- The revision last published; equal to `revision` while nothing changed since.
    published_revision  BIGINT
);
