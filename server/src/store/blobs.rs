//! The blob store: immutable contents named by their SHA-256, kept in the database (tables
//! `blobs` and `blob_contents`), so every server of an installation reaches every blob and a
//! backup of the database holds them all.
//!
//! A blob's row in `blobs` (size, media type) and its contents are written in one transaction:
//! a listed blob is always complete. Text blobs also get brotli and gzip encodings, compressed
//! once at import (before the transaction: it is CPU work), so serving them costs no CPU per
//! request. Installations from before keep their blobs as files under `<data-dir>/blobs/`;
//! [`Store::move_blob_files_in`] copies those into the database at start-up.

use std::io::Write;
use std::path::Path;

use dala_wire::BlobRef;
use sha2::{Digest, Sha256};
use sqlx::{AnyConnection, Row};

use super::Store;
use crate::course;
use crate::error::AppError;

/// A stored transfer encoding of a blob.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Identity,
    Brotli,
    Gzip,
}

impl Encoding {
    /// The name in the `encoding` column.
    fn column(self) -> &'static str {
        match self {
            Encoding::Identity => "identity",
            Encoding::Brotli => "br",
            Encoding::Gzip => "gzip",
        }
    }

    /// The suffix of this encoding's file in the blob folder of installations from before.
    fn file_suffix(self) -> &'static str {
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

/// A blob ready to store: its row and every encoding worth keeping.
pub(super) struct Encoded<'a> {
    pub blob: &'a BlobRef,
    encodings: Vec<(Encoding, std::borrow::Cow<'a, [u8]>)>,
}

/// The encodings of `bytes` to store: the bytes themselves, and for text the brotli and gzip
/// forms that are smaller.
pub(super) fn encode<'a>(blob: &'a BlobRef, bytes: &'a [u8]) -> Encoded<'a> {
    let mut encodings = vec![(Encoding::Identity, std::borrow::Cow::Borrowed(bytes))];
    if is_compressible(&blob.media_type) {
        let brotli = compress_brotli(bytes);
        if brotli.len() < bytes.len() {
            encodings.push((Encoding::Brotli, brotli.into()));
        }
        let gzip = compress_gzip(bytes);
        if gzip.len() < bytes.len() {
            encodings.push((Encoding::Gzip, gzip.into()));
        }
    }
    Encoded { blob, encodings }
}

/// Writes a blob's row and contents unless present (blobs never change). Returns whether the
/// blob was new.
pub(super) async fn insert(conn: &mut AnyConnection, encoded: &Encoded<'_>) -> sqlx::Result<bool> {
    let blob = encoded.blob;
    let new = sqlx::query(
        "INSERT INTO blobs (sha256, bytes, media_type) VALUES ($1, $2, $3) ON CONFLICT (sha256) DO NOTHING",
    )
    .bind(&blob.sha256)
    .bind(blob.bytes as i64)
    .bind(&blob.media_type)
    .execute(&mut *conn)
    .await?
    .rows_affected()
        == 1;
    for (encoding, content) in &encoded.encodings {
        sqlx::query(
            "INSERT INTO blob_contents (sha256, encoding, content) VALUES ($1, $2, $3) \
             ON CONFLICT (sha256, encoding) DO NOTHING",
        )
        .bind(&blob.sha256)
        .bind(encoding.column())
        .bind(content.as_ref())
        .execute(&mut *conn)
        .await?;
    }
    Ok(new)
}

impl Store {
    /// Whether the blob's contents are stored (so there is nothing to compress or write).
    pub(super) async fn has_blob(&self, sha256: &str) -> sqlx::Result<bool> {
        let found: Option<i64> =
            sqlx::query_scalar("SELECT 1 FROM blob_contents WHERE sha256 = $1 AND encoding = 'identity'")
                .bind(sha256)
                .fetch_optional(self.pool())
                .await?;
        Ok(found.is_some())
    }

    /// Stores one blob (an uploaded image) unless present; returns whether it was new.
    pub async fn put_blob(&self, blob: &course::Blob) -> Result<bool, AppError> {
        if self.has_blob(&blob.blob.sha256).await? {
            return Ok(false);
        }
        let encoded = encode(&blob.blob, &blob.bytes);
        let mut tx = self.pool().begin().await?;
        let new = insert(&mut tx, &encoded).await?;
        tx.commit().await?;
        Ok(new)
    }

    /// The media type and size of a stored blob.
    pub async fn blob_info(&self, sha256: &str) -> Result<Option<BlobRef>, AppError> {
        let row = sqlx::query("SELECT bytes, media_type FROM blobs WHERE sha256 = $1")
            .bind(sha256)
            .fetch_optional(self.pool())
            .await?;
        Ok(row.map(|row| BlobRef {
            sha256: sha256.to_owned(),
            bytes: row.get::<i64, _>("bytes") as u64,
            media_type: row.get("media_type"),
        }))
    }

    /// Reads one stored encoding of a blob, or `None` if that encoding was not stored.
    pub async fn read_blob(&self, sha256: &str, encoding: Encoding) -> Result<Option<Vec<u8>>, AppError> {
        Ok(sqlx::query_scalar("SELECT content FROM blob_contents WHERE sha256 = $1 AND encoding = $2")
            .bind(sha256)
            .bind(encoding.column())
            .fetch_optional(self.pool())
            .await?)
    }

    /// Copies into the database the blobs an installation from before kept as files under
    /// `dir` (`ab/abcd…`, with `.br`/`.gz` siblings): those listed in `blobs` whose contents
    /// the database lacks. The files stay where they are; once copied they are no longer read.
    /// A file whose bytes do not match its name is left out, and said so. Returns how many
    /// blobs were copied.
    pub(super) async fn move_blob_files_in(&self, dir: &Path) -> anyhow::Result<usize> {
        let missing: Vec<sqlx::any::AnyRow> = sqlx::query(
            "SELECT b.sha256, b.bytes, b.media_type FROM blobs b WHERE NOT EXISTS \
             (SELECT 1 FROM blob_contents c WHERE c.sha256 = b.sha256 AND c.encoding = 'identity')",
        )
        .fetch_all(self.pool())
        .await?;
        let mut moved = 0;
        for row in missing {
            let blob = BlobRef {
                sha256: row.get("sha256"),
                bytes: row.get::<i64, _>("bytes") as u64,
                media_type: row.get("media_type"),
            };
            let path = |encoding: Encoding| {
                dir.join(blob.sha256.get(..2).unwrap_or_default()).join(format!(
                    "{}{}",
                    blob.sha256,
                    encoding.file_suffix()
                ))
            };
            let identity = match std::fs::read(path(Encoding::Identity)) {
                Ok(bytes) => bytes,
                Err(e) => {
                    tracing::warn!(blob = %blob.sha256, "a blob listed in the database has no contents and no file: {e}");
                    continue;
                }
            };
            if hex::encode(Sha256::digest(&identity)) != blob.sha256 {
                tracing::warn!(blob = %blob.sha256, "the file of a blob does not match its SHA-256: left out");
                continue;
            }
            let mut encodings = vec![(Encoding::Identity, std::borrow::Cow::Owned(identity))];
            for encoding in [Encoding::Brotli, Encoding::Gzip] {
                if let Ok(bytes) = std::fs::read(path(encoding)) {
                    encodings.push((encoding, bytes.into()));
                }
            }
            let mut tx = self.pool().begin().await?;
            insert(&mut tx, &Encoded { blob: &blob, encodings }).await?;
            tx.commit().await?;
            moved += 1;
        }
        Ok(moved)
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

fn compress_gzip(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(bytes).expect("writing to a Vec cannot fail");
    encoder.finish().expect("writing to a Vec cannot fail")
}
