//! The course catalog API: the list of courses and each course's current manifest.

use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use dala_wire::CourseSummary;
use tower_http::compression::CompressionLayer;

use crate::AppState;
use crate::error::AppError;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/courses", get(list_courses))
        .route("/courses/{slug}/manifest", get(get_manifest))
        .layer(CompressionLayer::new())
}

/// `GET /api/v1/courses`: the current version of every course.
async fn list_courses(State(state): State<AppState>) -> Result<Json<Vec<CourseSummary>>, AppError> {
    Ok(Json(state.store.catalog().await?))
}

/// `GET /api/v1/courses/{slug}/manifest`: the current manifest. Its ETag is the manifest's
/// SHA-256, so a client checking for updates gets a bodiless 304 when nothing changed
/// (RFC 9110 §13.1.2). The ETag is weak because the compression layer may send the same
/// manifest in several encodings.
async fn get_manifest(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let (sha256, json) = state.store.manifest(&slug).await?.ok_or(AppError::NotFound("course"))?;
    let tag = format!("W/\"{sha256}\"");
    let etag = HeaderValue::from_str(&tag).map_err(|e| AppError::Internal(e.to_string()))?;
    let cache = (header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    if crate::blobs::if_none_match(&headers, &[tag]).is_some() {
        return Ok((StatusCode::NOT_MODIFIED, [(header::ETAG, etag), cache]).into_response());
    }
    let content_type = HeaderValue::from_static("application/json");
    Ok(([(header::CONTENT_TYPE, content_type), (header::ETAG, etag), cache], json).into_response())
}
