//! The course catalog API: the list of courses and each course's current manifest; and the
//! `archived_courses` table, which hides a course from the list (its manifest, blobs, progress
//! and certificates stay, so those who hold it keep studying it).

use crate::text;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, HeaderName, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use std::collections::HashSet;

use dala_wire::{CourseSummary, MANIFEST_DELTA_TYPE, Manifest, ManifestDelta};
use tower_http::compression::CompressionLayer;

use crate::AppState;
use crate::error::AppError;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/courses", get(list_courses))
        .route("/courses/{slug}/manifest", get(get_manifest))
        .layer(CompressionLayer::new())
}

/// `GET /api/v1/courses`: the current version of every course but the archived ones. A
/// translation link to an archived course is left out too, so the list names only what it lists.
async fn list_courses(State(state): State<AppState>) -> Result<Json<Vec<CourseSummary>>, AppError> {
    Ok(Json(published_courses(&state).await?))
}

/// The catalog: every published course but the archived ones (nor links to them).
pub async fn published_courses(state: &AppState) -> Result<Vec<CourseSummary>, AppError> {
    let archived = archived_courses(state).await?;
    let mut courses = state.store.catalog().await?;
    courses.retain(|course| !archived.contains(&course.slug));
    for course in &mut courses {
        course.translations.retain(|t| !archived.contains(&t.slug));
    }
    Ok(courses)
}

/// The slugs of the archived courses.
pub async fn archived_courses(state: &AppState) -> Result<HashSet<String>, AppError> {
    let slugs: Vec<String> =
        sqlx::query_scalar("SELECT slug FROM archived_courses").fetch_all(state.store.pool()).await?;
    Ok(slugs.into_iter().collect())
}

/// Whether course `slug` is archived.
pub async fn is_archived(state: &AppState, slug: &str) -> Result<bool, AppError> {
    let found: Option<String> = sqlx::query_scalar("SELECT slug FROM archived_courses WHERE slug = $1")
        .bind(slug)
        .fetch_optional(state.store.pool())
        .await?;
    Ok(found.is_some())
}

/// Archives course `slug` (`archived`) or shows it in the catalog again; doing either twice
/// changes nothing (the first archiving's time and account are kept).
pub async fn set_archived(state: &AppState, slug: &str, archived: bool, by: &str) -> Result<(), AppError> {
    if archived {
        sqlx::query(
            "INSERT INTO archived_courses (slug, archived_at, archived_by) VALUES ($1, $2, $3) \
             ON CONFLICT (slug) DO NOTHING",
        )
        .bind(slug)
        .bind(state.clock.now())
        .bind(by)
        .execute(state.store.pool())
        .await?;
    } else {
        sqlx::query("DELETE FROM archived_courses WHERE slug = $1")
            .bind(slug)
            .execute(state.store.pool())
            .await?;
    }
    Ok(())
}

/// `?since=` on the manifest route: the SHA-256 of the version the device holds.
#[derive(Debug, serde::Deserialize)]
struct ManifestQuery {
    since: Option<String>,
}

/// `GET /api/v1/courses/{slug}/manifest`: the current manifest. Its ETag is the manifest's
/// SHA-256, so a client checking for updates gets a bodiless 304 when nothing changed
/// (RFC 9110 §13.1.2). The ETag is weak because the compression layer may send the same
/// manifest in several encodings.
///
/// With `?since={sha256}` naming an earlier published version of this course, the answer is a
/// [`ManifestDelta`] from that version to the current one (media type
/// [`MANIFEST_DELTA_TYPE`]), which the client applies and checks against the new SHA-256; a
/// version the server does not know (or not of this course) gets the whole manifest, as
/// without `since`. The URL names both versions, so the ETag (the current one) still fits it.
async fn get_manifest(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    Query(query): Query<ManifestQuery>,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let crate::store::CurrentVersion { sha256, json, published_at } = state
        .store
        .current_version(&slug)
        .await?
        .ok_or(AppError::NotFound(text!("error-not-found-course")))?;
    let tag = format!("W/\"{sha256}\"");
    let etag = HeaderValue::from_str(&tag).map_err(|e| AppError::Internal(e.to_string()))?;
    let cache = (header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    // The installation's signature of the version, so a device that downloads it can later
    // write a course file of it with no network (`dala_parcel::course::pack_signed`).
    let keys = &state.issuer.keys;
    let seal =
        dala_parcel::ManifestSeal::sign(json.as_bytes(), published_at, keys.signing_key(), keys.active_kid());
    let signed = HeaderValue::from_str(&seal.header()).map_err(|e| AppError::Internal(e.to_string()))?;
    let signed = (HeaderName::from_static(dala_wire::MANIFEST_SIGNATURE_HEADER), signed);
    if crate::blobs::if_none_match(&headers, &[tag]).is_some() {
        return Ok((StatusCode::NOT_MODIFIED, [(header::ETAG, etag), cache, signed]).into_response());
    }
    if let Some(since) = query.since.filter(|s| is_sha256(s))
        && let Some(base) = state.store.course_version(&slug, &since).await?
    {
        let current: Manifest =
            serde_json::from_str(&json).map_err(|e| AppError::Internal(format!("manifest {sha256}: {e}")))?;
        let delta = ManifestDelta::between(&base, &since, &current, &sha256);
        let body = serde_json::to_vec(&delta).map_err(|e| AppError::Internal(e.to_string()))?;
        let content_type = HeaderValue::from_static(MANIFEST_DELTA_TYPE);
        return Ok(([(header::CONTENT_TYPE, content_type), (header::ETAG, etag), cache, signed], body)
            .into_response());
    }
    let content_type = HeaderValue::from_static("application/json");
    Ok(([(header::CONTENT_TYPE, content_type), (header::ETAG, etag), cache, signed], json).into_response())
}

fn is_sha256(name: &str) -> bool {
    name.len() == 64 && name.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}
