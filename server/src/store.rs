//! Persistent state: the SQL database (catalog rows) and the blob store (files on disk).
//!
//! The database is SQLite in the data folder by default, or PostgreSQL when a
//! `postgres://` URL is configured. The same code and the same migrations serve both, through
//! sqlx's `Any` driver; queries stay within SQL both accept (`$1` parameters, `ON CONFLICT`).
//!
//! Blobs are files named by their SHA-256 under `<data-dir>/blobs/`, written once through a
//! temporary file and a rename, so a crash never leaves a half-written blob under its final
//! name. Text blobs also get `.br` and `.gz` siblings compressed once at import, so serving
//! them costs no CPU per request.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use anyhow::Context;
use dala_wire::{BlobRef, CourseSummary, Manifest};
use sqlx::AnyPool;
use sqlx::any::AnyPoolOptions;
use sqlx::{Executor, Row};

use crate::course::{self, Published};
use crate::error::AppError;

/// Handle to the database and the blob store. Cheap to clone.
#[derive(Debug, Clone)]
pub struct Store {
    pool: AnyPool,
    blob_dir: PathBuf,
}

/// A stored transfer encoding of a blob.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Identity,
    Brotli,
    Gzip,
}

impl Encoding {
    fn suffix(self) -> &'static str {
        match self {
            Encoding::Identity => "",
            Encoding::Brotli => ".br",
            Encoding::Gzip => ".gz",
        }
    }

    /// The `Content-Encoding` token, if any.
    pub fn token(self) -> Option<&'static str> {
        match self {
            Encoding::Identity => None,
            Encoding::Brotli => Some("br"),
            Encoding::Gzip => Some("gzip"),
        }
    }
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
    /// Opens the database and the blob store in `data_dir`, and brings the schema up to date.
    /// The database is `database_url` (a `postgres://` URL) if given, else the SQLite file
    /// `dala.sqlite3` in `data_dir`, created if missing.
    pub async fn open(data_dir: &Path, database_url: Option<&str>) -> anyhow::Result<Store> {
        std::fs::create_dir_all(data_dir.join("blobs"))
            .with_context(|| format!("could not create the data folder {}", data_dir.display()))?;
        sqlx::any::install_default_drivers();
        let url = match database_url {
            Some(url) => url.to_owned(),
            None => format!("sqlite://{}?mode=rwc", data_dir.join("dala.sqlite3").display()),
        };
        let pool = AnyPoolOptions::new()
            .max_connections(8)
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
        Ok(Store { pool, blob_dir: data_dir.join("blobs") })
    }

    /// The connection pool, for the modules that own their own queries.
    pub(crate) fn pool(&self) -> &AnyPool {
        &self.pool
    }

    /// The connection pool, for tests that check what is stored.
    #[doc(hidden)]
    pub fn pool_for_tests(&self) -> &AnyPool {
        &self.pool
    }

    fn blob_path(&self, sha256: &str, encoding: Encoding) -> PathBuf {
        self.blob_dir.join(&sha256[..2]).join(format!("{sha256}{}", encoding.suffix()))
    }

    /// Publishes a course version unless the course's current version is identical.
    pub async fn import(&self, published: &Published) -> anyhow::Result<ImportOutcome> {
        let manifest = &published.manifest;
        let manifest_sha256 = course::manifest_sha256(manifest);
        let current: Option<String> =
            sqlx::query_scalar("SELECT current_manifest FROM courses WHERE slug = $1")
                .bind(&manifest.slug)
                .fetch_optional(&self.pool)
                .await?;
        if current.as_deref() == Some(manifest_sha256.as_str()) {
            return Ok(ImportOutcome::Unchanged);
        }
        let mut new_blobs = 0;
        for blob in &published.blobs {
            if self.write_blob(&blob.blob, &blob.bytes)? {
                new_blobs += 1;
            }
        }
        let json = String::from_utf8(course::manifest_json(manifest))?;
        let now = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0);
        let mut tx = self.pool.begin().await?;
        for blob in &published.blobs {
            sqlx::query(
                "INSERT INTO blobs (sha256, bytes, media_type) VALUES ($1, $2, $3) \
                 ON CONFLICT (sha256) DO NOTHING",
            )
            .bind(&blob.blob.sha256)
            .bind(blob.blob.bytes as i64)
            .bind(&blob.blob.media_type)
            .execute(&mut *tx)
            .await?;
        }
        sqlx::query(
            "INSERT INTO course_versions (manifest_sha256, slug, version, manifest_json, published_at) \
             VALUES ($1, $2, $3, $4, $5) ON CONFLICT (manifest_sha256) DO NOTHING",
        )
        .bind(&manifest_sha256)
        .bind(&manifest.slug)
        .bind(&manifest.version)
        .bind(&json)
        .bind(now as i64)
        .execute(&mut *tx)
        .await?;
        sqlx::query(
            "INSERT INTO courses (slug, current_manifest) VALUES ($1, $2) \
             ON CONFLICT (slug) DO UPDATE SET current_manifest = excluded.current_manifest",
        )
        .bind(&manifest.slug)
        .bind(&manifest_sha256)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(ImportOutcome::Published { manifest_sha256, new_blobs })
    }

    /// Writes a blob and its compressed siblings unless present. Returns whether it was new.
    fn write_blob(&self, blob: &BlobRef, bytes: &[u8]) -> anyhow::Result<bool> {
        let path = self.blob_path(&blob.sha256, Encoding::Identity);
        if path.exists() {
            return Ok(false);
        }
        let dir = path.parent().context("a blob path has a parent")?;
        std::fs::create_dir_all(dir)?;
        if is_compressible(&blob.media_type) {
            let brotli = compress_brotli(bytes);
            if brotli.len() < bytes.len() {
                write_atomically(&self.blob_path(&blob.sha256, Encoding::Brotli), &brotli)?;
            }
            let gzip = compress_gzip(bytes)?;
            if gzip.len() < bytes.len() {
                write_atomically(&self.blob_path(&blob.sha256, Encoding::Gzip), &gzip)?;
            }
        }
        // The plain file goes last: its presence means the blob is complete.
        write_atomically(&path, bytes)?;
        Ok(true)
    }

    /// The media type and size of a stored blob.
    pub async fn blob_info(&self, sha256: &str) -> Result<Option<BlobRef>, AppError> {
        let row = sqlx::query("SELECT bytes, media_type FROM blobs WHERE sha256 = $1")
            .bind(sha256)
            .fetch_optional(&self.pool)
            .await?;
        Ok(row.map(|row| BlobRef {
            sha256: sha256.to_owned(),
            bytes: row.get::<i64, _>("bytes") as u64,
            media_type: row.get("media_type"),
        }))
    }

    /// Reads one stored encoding of a blob, or `None` if that encoding was not stored.
    pub async fn read_blob(&self, sha256: &str, encoding: Encoding) -> Result<Option<Vec<u8>>, AppError> {
        match tokio::fs::read(self.blob_path(sha256, encoding)).await {
            Ok(bytes) => Ok(Some(bytes)),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(e.into()),
        }
    }

    /// The current manifest of a course, as its canonical JSON, with its SHA-256.
    pub async fn manifest(&self, slug: &str) -> Result<Option<(String, String)>, AppError> {
        let row = sqlx::query(
            "SELECT v.manifest_sha256, v.manifest_json FROM courses c \
             JOIN course_versions v ON v.manifest_sha256 = c.current_manifest WHERE c.slug = $1",
        )
        .bind(slug)
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.map(|row| (row.get("manifest_sha256"), row.get("manifest_json"))))
    }

    /// The catalog: the current version of every course, in slug order.
    pub async fn catalog(&self) -> Result<Vec<CourseSummary>, AppError> {
        let rows = sqlx::query(
            "SELECT v.manifest_sha256, v.manifest_json FROM courses c \
             JOIN course_versions v ON v.manifest_sha256 = c.current_manifest ORDER BY c.slug",
        )
        .fetch_all(&self.pool)
        .await?;
        rows.into_iter()
            .map(|row| {
                let sha: String = row.get("manifest_sha256");
                let json: String = row.get("manifest_json");
                let manifest: Manifest = serde_json::from_str(&json)
                    .map_err(|e| AppError::Internal(format!("stored manifest {sha}: {e}")))?;
                Ok(CourseSummary::of(&manifest, &sha))
            })
            .collect()
    }
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

fn is_compressible(media_type: &str) -> bool {
    media_type.starts_with("text/") || media_type.starts_with("image/svg+xml") || media_type.contains("json")
}

fn compress_brotli(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    let params = brotli::enc::BrotliEncoderParams { quality: 11, lgwin: 22, ..Default::default() };
    brotli::BrotliCompress(&mut &bytes[..], &mut out, &params).expect("writing to a Vec cannot fail");
    out
}

fn compress_gzip(bytes: &[u8]) -> std::io::Result<Vec<u8>> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(bytes)?;
    encoder.finish()
}

fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let tmp = path.with_extension(format!("tmp{}", std::process::id()));
    std::fs::write(&tmp, bytes)?;
    std::fs::rename(&tmp, path)
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
