//! Persistent state: the SQL database, which holds everything (catalog rows, blobs, keys).
//!
//! The database is SQLite in the data folder by default, or PostgreSQL when a
//! `postgres://` URL is configured. The same code and the same migrations serve both, through
//! sqlx's `Any` driver; queries stay within SQL both accept (`$1` parameters, `ON CONFLICT`).
//! Blob contents are in the database too (`blobs.rs`), so several servers on one PostgreSQL
//! serve the same blobs and a backup of the database is the whole installation.

mod blobs;

use std::path::Path;
use std::time::{SystemTime, UNIX_EPOCH};

use anyhow::Context;
use dala_wire::{CourseDraft, CourseSummary, Manifest, Quiz, QuizEntry, Translation};
use sqlx::any::AnyPoolOptions;
use sqlx::{Any, AnyConnection, AnyPool, Connection, Transaction};
use sqlx::{Executor, Row};

use crate::course::{self, Published};
use crate::error::AppError;

pub use blobs::Encoding;

/// A course's current version, as [`Store::current_version`] reads it.
#[derive(Debug, Clone)]
pub struct CurrentVersion {
    pub sha256: String,
    /// The manifest's canonical JSON: its SHA-256 is `sha256`.
    pub json: String,
    /// When this version was first published, Unix seconds.
    pub published_at: i64,
}

/// Handle to the database and the blob store. Cheap to clone.
#[derive(Debug, Clone)]
pub struct Store {
    pool: AnyPool,
    /// Whether the database is SQLite (else PostgreSQL).
    sqlite: bool,
}

/// What importing a course did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportOutcome {
    /// The course's current version already has this exact content.
    Unchanged,
    /// A new version was published; `new_blobs` counts blobs the store did not have.
    Published { manifest_sha256: String, new_blobs: usize },
}

impl Store {
    /// Opens the database in `data_dir`, and brings the schema up to date. The database is
    /// `database_url` (a `postgres://` URL) if given, else the SQLite file `dala.sqlite3` in
    /// `data_dir`, created if missing. Blob files of an installation from before (under
    /// `<data-dir>/blobs/`) are copied into the database.
    pub async fn open(data_dir: &Path, database_url: Option<&str>) -> anyhow::Result<Store> {
        std::fs::create_dir_all(data_dir)
            .with_context(|| format!("could not create the data folder {}", data_dir.display()))?;
        sqlx::any::install_default_drivers();
        let url = match database_url {
            Some(url) => url.to_owned(),
            None => format!("sqlite://{}?mode=rwc", data_dir.join("dala.sqlite3").display()),
        };
        let pool = AnyPoolOptions::new()
            .max_connections(8)
            // A connection whose transaction outlived its `Transaction` never goes back to work.
            // That happens when COMMIT fails on a full disk: SQLite has already rolled the
            // transaction back, so the ROLLBACK sqlx sends when the `Transaction` is dropped
            // fails too, and sqlx still counts the connection as inside a transaction. Reused,
            // every `BEGIN IMMEDIATE` on it would be refused, and a connection that truly kept
            // its transaction would hold SQLite's write lock ("database is locked") until a
            // restart. The pool pings a connection before handing it out (which runs a pending
            // rollback first), so by here the count is current; closing such a connection ends
            // whatever transaction it holds, and the pool opens a fresh one.
            .before_acquire(|connection, _| {
                Box::pin(async move {
                    if connection.is_in_transaction() {
                        tracing::warn!(
                            "closing a database connection left inside a transaction (a failed commit)"
                        );
                        return Ok(false);
                    }
                    Ok(true)
                })
            })
            .after_connect(|connection, _| {
                Box::pin(async move {
                    if connection.backend_name() == "SQLite" {
                        // WAL lets readers work during a write; SQLite leaves foreign keys off
                        // unless asked.
                        connection.execute("PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON").await?;
                    }
                    Ok(())
                })
            })
            .connect(&url)
            .await
            .with_context(|| format!("could not open the database {}", redact(&url)))?;
        sqlx::migrate!("./migrations").run(&pool).await.context("could not update the database schema")?;
        let sqlite = url.starts_with("sqlite:");
        let store = Store { pool, sqlite };
        let moved = store
            .move_blob_files_in(&data_dir.join("blobs"))
            .await
            .context("could not move blob files into the database")?;
        if moved > 0 {
            tracing::info!(
                blobs = moved,
                "moved blob files into the database; the blobs folder is no longer read"
            );
        }
        Ok(store)
    }

    /// The connection pool, for the modules that own their own queries.
    pub(crate) fn pool(&self) -> &AnyPool {
        &self.pool
    }

    /// A transaction that reads what it then writes on (the sync's next receipt number). On
    /// SQLite it takes the write lock at its start (`BEGIN IMMEDIATE`): a deferred transaction
    /// that read first would be refused its write (`SQLITE_BUSY_SNAPSHOT`) whenever another
    /// writer committed in between, where this one waits its turn. PostgreSQL's usual
    /// transaction: concurrent ones read the same committed state.
    pub(crate) async fn begin_write(&self) -> Result<Transaction<'static, Any>, AppError> {
        Ok(if self.sqlite {
            self.pool.begin_with("BEGIN IMMEDIATE").await?
        } else {
            self.pool.begin().await?
        })
    }

    /// The connection pool, for tests that check what is stored.
    #[doc(hidden)]
    pub fn pool_for_tests(&self) -> &AnyPool {
        &self.pool
    }

    /// Publishes a course version unless the course's current version is identical.
    pub async fn import(&self, published: &Published) -> anyhow::Result<ImportOutcome> {
        let manifest_sha256 = course::manifest_sha256(&published.manifest);
        let current: Option<String> =
            sqlx::query_scalar("SELECT current_manifest FROM courses WHERE slug = $1")
                .bind(&published.manifest.slug)
                .fetch_optional(&self.pool)
                .await?;
        if current.as_deref() == Some(manifest_sha256.as_str()) {
            // The same version for learners; its source may still say more (a translation
            // marked as updated changes no lesson): the kept source is the last published.
            sqlx::query("UPDATE course_versions SET source_json = $1 WHERE manifest_sha256 = $2")
                .bind(serde_json::to_string(&published.source)?)
                .bind(&manifest_sha256)
                .execute(&self.pool)
                .await?;
            return Ok(ImportOutcome::Unchanged);
        }
        self.publish(published, &manifest_sha256).await
    }

    /// Publishes a course read from the courses folder at start-up, unless the folder holds what
    /// was last published from it: a restart then leaves alone what trainers published in the
    /// browser since. A folder that changed is published (and says so when it replaces a
    /// version made in the browser).
    pub async fn import_from_folder(&self, published: &Published) -> anyhow::Result<ImportOutcome> {
        let manifest_sha256 = course::manifest_sha256(&published.manifest);
        let slug = &published.manifest.slug;
        let row = sqlx::query("SELECT current_manifest, folder_manifest FROM courses WHERE slug = $1")
            .bind(slug)
            .fetch_optional(&self.pool)
            .await?;
        let (current, folder): (Option<String>, Option<String>) = match row {
            Some(row) => (Some(row.get("current_manifest")), row.get("folder_manifest")),
            None => (None, None),
        };
        if folder.as_deref() == Some(manifest_sha256.as_str()) {
            // The usual start-up: nothing to write, unless the folder's translation record is
            // new to a source kept before records existed (the manifest does not carry it).
            self.keep_translation_record(&manifest_sha256, published).await?;
            return Ok(ImportOutcome::Unchanged);
        }
        let outcome = if current.as_deref() == Some(manifest_sha256.as_str()) {
            // Published before the folder was tracked (or before sources were kept).
            self.keep_source(&manifest_sha256, published).await?;
            ImportOutcome::Unchanged
        } else {
            if folder.is_some() && current != folder {
                tracing::warn!(course = %slug, "the courses folder changed: it replaces the version published in the browser");
            }
            self.publish(published, &manifest_sha256).await?
        };
        sqlx::query("UPDATE courses SET folder_manifest = $1 WHERE slug = $2")
            .bind(&manifest_sha256)
            .bind(slug)
            .execute(&self.pool)
            .await?;
        Ok(outcome)
    }

    /// Records the source of a version published before sources were kept.
    async fn keep_source(&self, manifest_sha256: &str, published: &Published) -> anyhow::Result<()> {
        sqlx::query(
            "UPDATE course_versions SET source_json = $1 WHERE manifest_sha256 = $2 AND source_json IS NULL",
        )
        .bind(serde_json::to_string(&published.source)?)
        .bind(manifest_sha256)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// Gives the kept source of a version the folder's `[translation]` record when the kept
    /// one has none (sources kept before translations were tracked). A record the kept source
    /// has already (maybe marked as updated in the browser since) is left alone.
    async fn keep_translation_record(
        &self,
        manifest_sha256: &str,
        published: &Published,
    ) -> anyhow::Result<()> {
        if published.source.metadata.translation.is_none() {
            return Ok(());
        }
        let kept: Option<Option<String>> =
            sqlx::query_scalar("SELECT source_json FROM course_versions WHERE manifest_sha256 = $1")
                .bind(manifest_sha256)
                .fetch_optional(&self.pool)
                .await?;
        let kept: Option<CourseDraft> = kept.flatten().and_then(|json| serde_json::from_str(&json).ok());
        if kept.is_some_and(|kept| kept.metadata.translation.is_some()) {
            return Ok(());
        }
        sqlx::query("UPDATE course_versions SET source_json = $1 WHERE manifest_sha256 = $2")
            .bind(serde_json::to_string(&published.source)?)
            .bind(manifest_sha256)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    async fn publish(&self, published: &Published, manifest_sha256: &str) -> anyhow::Result<ImportOutcome> {
        let manifest = &published.manifest;
        // Compressed before the transaction, and only the blobs not stored yet.
        let mut encoded = Vec::new();
        for blob in &published.blobs {
            if !self.has_blob(&blob.blob.sha256).await? {
                encoded.push(blobs::encode(&blob.blob, &blob.bytes));
            }
        }
        let json = String::from_utf8(course::manifest_json(manifest))?;
        let now = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0);
        let mut tx = self.pool.begin().await?;
        let mut new_blobs = 0;
        for blob in &encoded {
            if blobs::insert(&mut tx, blob).await? {
                new_blobs += 1;
            }
        }
        sqlx::query(
            "INSERT INTO course_versions (manifest_sha256, slug, version, manifest_json, published_at, source_json) \
             VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (manifest_sha256) DO NOTHING",
        )
        .bind(manifest_sha256)
        .bind(&manifest.slug)
        .bind(&manifest.version)
        .bind(&json)
        .bind(now as i64)
        .bind(serde_json::to_string(&published.source)?)
        .execute(&mut *tx)
        .await?;
        sqlx::query(
            "INSERT INTO courses (slug, current_manifest) VALUES ($1, $2) \
             ON CONFLICT (slug) DO UPDATE SET current_manifest = excluded.current_manifest",
        )
        .bind(&manifest.slug)
        .bind(manifest_sha256)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(ImportOutcome::Published { manifest_sha256: manifest_sha256.to_owned(), new_blobs })
    }

    /// Makes `organization_id`'s trainers and administrators the editors of course `slug`.
    pub async fn set_course_owner(&self, slug: &str, organization_id: &str) -> Result<(), AppError> {
        sqlx::query(
            "INSERT INTO course_owners (slug, organization_id) VALUES ($1, $2) \
             ON CONFLICT (slug) DO UPDATE SET organization_id = excluded.organization_id",
        )
        .bind(slug)
        .bind(organization_id)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// The source of a course's current version, if it was kept.
    pub async fn current_source(&self, slug: &str) -> Result<Option<(String, CourseDraft)>, AppError> {
        let row = sqlx::query(
            "SELECT v.manifest_sha256, v.source_json FROM courses c \
             JOIN course_versions v ON v.manifest_sha256 = c.current_manifest WHERE c.slug = $1",
        )
        .bind(slug)
        .fetch_optional(&self.pool)
        .await?;
        let Some(row) = row else { return Ok(None) };
        let sha: String = row.get("manifest_sha256");
        let Some(json) = row.get::<Option<String>, _>("source_json") else { return Ok(None) };
        let source = serde_json::from_str(&json)
            .map_err(|e| AppError::Internal(format!("stored source of {sha}: {e}")))?;
        Ok(Some((sha, source)))
    }

    /// The kept sources of every published version of a course, each with when it was
    /// published, oldest first and the current version last (whatever its date: a version
    /// published again keeps its first date). Versions whose source was not kept are left out;
    /// a course never published has none.
    pub async fn source_history(&self, slug: &str) -> Result<Vec<(i64, CourseDraft)>, AppError> {
        let current: Option<String> =
            sqlx::query_scalar("SELECT current_manifest FROM courses WHERE slug = $1")
                .bind(slug)
                .fetch_optional(&self.pool)
                .await?;
        let Some(current) = current else { return Ok(Vec::new()) };
        let rows = sqlx::query(
            "SELECT manifest_sha256, published_at, source_json FROM course_versions \
             WHERE slug = $1 AND source_json IS NOT NULL ORDER BY published_at, manifest_sha256",
        )
        .bind(slug)
        .fetch_all(&self.pool)
        .await?;
        let mut history = Vec::new();
        let mut last = None;
        for row in rows {
            let sha: String = row.get("manifest_sha256");
            let json: String = row.get("source_json");
            let source: CourseDraft = serde_json::from_str(&json)
                .map_err(|e| AppError::Internal(format!("stored source of {sha}: {e}")))?;
            let version = (row.get::<i64, _>("published_at"), source);
            if sha == current { last = Some(version) } else { history.push(version) }
        }
        // Without the current version's source, what learners have now is not known.
        match last {
            Some(current) => history.push(current),
            None => history.clear(),
        }
        Ok(history)
    }

    /// The current manifest of a course, as its canonical JSON, with its SHA-256.
    pub async fn manifest(&self, slug: &str) -> Result<Option<(String, String)>, AppError> {
        Ok(self.current_version(slug).await?.map(|v| (v.sha256, v.json)))
    }

    /// The current version of a course: its SHA-256, canonical JSON and publication time.
    pub async fn current_version(&self, slug: &str) -> Result<Option<CurrentVersion>, AppError> {
        let row = sqlx::query(
            "SELECT v.manifest_sha256, v.manifest_json, v.published_at FROM courses c \
             JOIN course_versions v ON v.manifest_sha256 = c.current_manifest WHERE c.slug = $1",
        )
        .bind(slug)
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.map(|row| CurrentVersion {
            sha256: row.get("manifest_sha256"),
            json: row.get("manifest_json"),
            published_at: row.get("published_at"),
        }))
    }

    /// A published version of a course, if there is one with this SHA-256.
    pub async fn course_version(&self, slug: &str, sha256: &str) -> Result<Option<Manifest>, AppError> {
        let json: Option<String> = sqlx::query_scalar(
            "SELECT manifest_json FROM course_versions WHERE slug = $1 AND manifest_sha256 = $2",
        )
        .bind(slug)
        .bind(sha256)
        .fetch_optional(&self.pool)
        .await?;
        json.map(|json| parse_manifest(sha256, &json)).transpose()
    }

    /// A published quiz, read from its blob.
    pub async fn quiz(&self, entry: &QuizEntry) -> Result<Quiz, AppError> {
        let sha256 = &entry.blob.sha256;
        let Some(bytes) = self.read_blob(sha256, Encoding::Identity).await? else {
            return Err(AppError::Internal(format!("quiz blob {sha256} is missing")));
        };
        serde_json::from_slice(&bytes).map_err(|e| AppError::Internal(format!("quiz blob {sha256}: {e}")))
    }

    /// The catalog: the current version of every course, in slug order. Translations are linked
    /// both ways (a course lists the courses that name it as a translation) with their current
    /// titles, so linking a new translation needs no new edition of the original; only between
    /// courses of the same owner (one organization, or both the installation's), so no
    /// organization can attach its course to another's.
    pub async fn catalog(&self) -> Result<Vec<CourseSummary>, AppError> {
        let rows = sqlx::query(
            "SELECT v.manifest_sha256, v.manifest_json FROM courses c \
             JOIN course_versions v ON v.manifest_sha256 = c.current_manifest ORDER BY c.slug",
        )
        .fetch_all(&self.pool)
        .await?;
        let mut summaries = rows
            .into_iter()
            .map(|row| {
                let sha: String = row.get("manifest_sha256");
                let manifest = parse_manifest(&sha, &row.get::<String, _>("manifest_json"))?;
                Ok(CourseSummary::of(&manifest, &sha))
            })
            .collect::<Result<Vec<_>, AppError>>()?;
        link_translations(&mut summaries, &self.course_owners().await?);
        Ok(summaries)
    }

    /// The organization that owns course `slug`, if one does.
    pub async fn course_owner(&self, slug: &str) -> Result<Option<String>, AppError> {
        Ok(sqlx::query_scalar("SELECT organization_id FROM course_owners WHERE slug = $1")
            .bind(slug)
            .fetch_optional(&self.pool)
            .await?)
    }

    /// The organization owning each course that has one, by slug.
    pub async fn course_owners(&self) -> Result<std::collections::HashMap<String, String>, AppError> {
        let rows =
            sqlx::query("SELECT slug, organization_id FROM course_owners").fetch_all(&self.pool).await?;
        Ok(rows.iter().map(|row| (row.get("slug"), row.get("organization_id"))).collect())
    }
}

impl Store {
    /// Every published course as a translation link (its current language and title), by slug:
    /// where publishing looks up the translations a course names.
    pub async fn translations(&self) -> Result<std::collections::HashMap<String, Translation>, AppError> {
        Ok(self
            .catalog()
            .await?
            .into_iter()
            .map(|s| (s.slug.clone(), Translation { slug: s.slug, language: s.language, title: s.title }))
            .collect())
    }
}

/// Makes translation links symmetric and current: each course lists every course of the same
/// owner (`owners`; none for the installation's courses) it names or that names it, with that
/// course's current language and title; slugs not in the catalog drop out.
fn link_translations(summaries: &mut [CourseSummary], owners: &std::collections::HashMap<String, String>) {
    let named: Vec<(String, Vec<String>)> = summaries
        .iter()
        .map(|s| (s.slug.clone(), s.translations.iter().map(|t| t.slug.clone()).collect()))
        .collect();
    let current: Vec<Translation> = summaries
        .iter()
        .map(|s| Translation { slug: s.slug.clone(), language: s.language.clone(), title: s.title.clone() })
        .collect();
    for summary in summaries.iter_mut() {
        let linked = |other: &Translation| {
            other.slug != summary.slug
                && owners.get(&other.slug) == owners.get(&summary.slug)
                && named.iter().any(|(slug, names)| {
                    (slug == &summary.slug && names.contains(&other.slug))
                        || (slug == &other.slug && names.contains(&summary.slug))
                })
        };
        summary.translations = current.iter().filter(|other| linked(other)).cloned().collect();
    }
}

/// A stored manifest's JSON, read back.
fn parse_manifest(sha256: &str, json: &str) -> Result<Manifest, AppError> {
    serde_json::from_str(json).map_err(|e| AppError::Internal(format!("stored manifest {sha256}: {e}")))
}

/// Rows per INSERT: well under the parameter limits of SQLite (32,766) and PostgreSQL (65,535).
const ROWS_PER_STATEMENT: usize = 500;

/// A value of a row to insert.
pub enum Value<'a> {
    Text(&'a str),
    Owned(String),
    OptionalText(Option<&'a str>),
    Int(i64),
}

/// `($first, $first+1, …), (…)`: placeholders for `rows` rows of `width` values.
fn placeholders(rows: usize, width: usize) -> String {
    (0..rows)
        .map(|row| {
            let values: Vec<String> = (1..=width).map(|col| format!("${}", row * width + col)).collect();
            format!("({})", values.join(", "))
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// Runs `INSERT INTO {head} VALUES … {tail}` for `rows`, many rows per statement, and returns
/// what the statements return (`tail` may end in `RETURNING …`).
pub async fn insert_rows(
    conn: &mut AnyConnection,
    head: &str,
    tail: &str,
    rows: &[Vec<Value<'_>>],
) -> Result<Vec<sqlx::any::AnyRow>, AppError> {
    let mut returned = Vec::new();
    let Some(width) = rows.first().map(Vec::len) else { return Ok(returned) };
    for chunk in rows.chunks(ROWS_PER_STATEMENT) {
        let sql = format!("INSERT INTO {head} VALUES {} {tail}", placeholders(chunk.len(), width));
        let mut query = sqlx::query(&sql);
        for value in chunk.iter().flatten() {
            query = match value {
                Value::Text(text) => query.bind(*text),
                Value::Owned(text) => query.bind(text.as_str()),
                Value::OptionalText(text) => query.bind(*text),
                Value::Int(int) => query.bind(*int),
            };
        }
        returned.extend(query.fetch_all(&mut *conn).await?);
    }
    Ok(returned)
}

/// A database URL without its password, for messages and logs.
fn redact(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme), Some(at)) if at > scheme => {
            let credentials = &url[scheme + 3..at];
            let user = credentials.split(':').next().unwrap_or_default();
            format!("{}{user}:***{}", &url[..scheme + 3], &url[at..])
        }
        _ => url.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn database_urls_are_shown_without_passwords() {
        assert_eq!(
            super::redact("postgres://dala:secret@db.local/dala"),
            "postgres://dala:***@db.local/dala"
        );
        assert_eq!(super::redact("postgres://dala@127.0.0.1:5432/x"), "postgres://dala:***@127.0.0.1:5432/x");
        assert_eq!(
            super::redact("sqlite:///data/dala.sqlite3?mode=rwc"),
            "sqlite:///data/dala.sqlite3?mode=rwc"
        );
    }
}
