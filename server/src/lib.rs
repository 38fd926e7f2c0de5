//! The Dala server: one binary that serves the built web client, the API and course content.
//!
//! [`app`] builds the whole HTTP surface as one axum [`Router`], so tests drive it with
//! `oneshot` exactly as a client would. Every route is listed here or in the `router()` of the
//! module that owns it.

pub mod accounts;
pub mod authoring;
pub mod backup;
pub mod blobs;
pub mod body;
pub mod catalog;
pub mod certificates;
pub mod clock;
pub mod config;
pub mod course;
pub mod demo;
pub mod enrollment;
pub mod error;
pub mod first_page;
pub mod fuzz;
pub mod i18n;
pub mod languages;
pub mod limiter;
pub mod logging;
pub mod mentoring;
pub mod organizations;
pub mod parcels;
pub mod progress;
pub mod reports;
pub mod serve;
pub mod store;
pub mod web;
pub mod work;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use anyhow::Context;
use axum::Router;
use axum::routing::get;
use tower_http::trace::TraceLayer;

use crate::clock::Clock;
use crate::store::{ImportOutcome, Store};

/// State shared by every handler. Cheap to clone.
#[derive(Debug, Clone)]
pub struct AppState {
    pub store: Store,
    pub web_dir: Arc<PathBuf>,
    pub clock: Clock,
    /// Limits on guessing passwords and join codes.
    pub sign_in_limiter: Arc<limiter::Limiter>,
    /// The reverse proxies whose `X-Forwarded-For` / `Forwarded` headers name the client
    /// (`--trusted-proxy`); none by default, so the client is the socket's peer.
    pub trusted_proxies: Arc<limiter::TrustedProxies>,
    /// Seconds a session may go unused before it expires.
    pub session_idle: i64,
    /// Who signs certificates, and with which keys.
    pub issuer: Arc<certificates::Issuer>,
    /// Image limits.
    pub authoring: Arc<authoring::Authoring>,
    /// Where CPU-heavy jobs run (hashing, sanitising, images, PDFs): off the async workers,
    /// one per core at a time.
    pub work: work::Work,
    /// The interface's languages: the default and the fallback chains (`--default-language`,
    /// `--language-fallback`).
    pub languages: Arc<languages::Languages>,
}

impl AppState {
    /// State with the default session idle limit ([`DEFAULT_SESSION_IDLE_DAYS`]) and an issuer
    /// whose key lives in memory only (`dala serve` sets the configured one).
    pub fn new(store: Store, web_dir: PathBuf) -> AppState {
        AppState {
            store,
            web_dir: Arc::new(web_dir),
            clock: Clock::default(),
            sign_in_limiter: Arc::default(),
            trusted_proxies: Arc::default(),
            session_idle: DEFAULT_SESSION_IDLE_DAYS * 24 * 60 * 60,
            issuer: Arc::new(certificates::Issuer {
                name: "Dala".into(),
                url: "http://localhost:8080".into(),
                keys: certificates::Keyring::ephemeral(),
            }),
            authoring: Arc::default(),
            work: work::Work::default(),
            languages: Arc::default(),
        }
    }
}

/// Compression of answers made per request (sync, certificates). Brotli's own default, quality
/// 11, suits files compressed once; per request it costs milliseconds of CPU for a few bytes.
/// Quality 4 (gzip 4) keeps most of the saving at a small fraction of the time.
pub const DYNAMIC_COMPRESSION: tower_http::CompressionLevel = tower_http::CompressionLevel::Precise(4);

/// Learners may study offline for weeks between connections; two months unused ends a session.
pub const DEFAULT_SESSION_IDLE_DAYS: i64 = 60;

/// The whole HTTP surface.
pub fn app(state: AppState) -> Router {
    let api = Router::new()
        // Used by the web client.
        .merge(accounts::router())
        .merge(catalog::router())
        .merge(enrollment::router())
        .merge(organizations::router())
        .merge(progress::router())
        .merge(blobs::router())
        .merge(certificates::router())
        .merge(authoring::router(&state))
        .merge(reports::router())
        .merge(mentoring::router())
        .merge(parcels::router())
        .fallback(error::api_not_found)
        .layer(axum::middleware::map_response(api_headers));
    Router::new()
        .nest(dala_wire::API_PREFIX, api)
        // Used by monitoring and by tests waiting for start-up.
        .route("/healthz", get(|| async { "ok" }))
        // Issuer keys and revocation lists, at the addresses certificates name.
        .merge(certificates::public_router())
        // The web client and its client-side routes.
        .merge(web::router(&state))
        // The span records method and path only: client addresses are never logged, and
        // neither is a query string (a certificate's key travels in one).
        // Error answers in the request's language, wherever they come from (a handler, an
        // extractor's rejection, a path no route has).
        .layer(axum::middleware::from_fn_with_state(state.clone(), error::localize_errors))
        .layer(TraceLayer::new_for_http().make_span_with(request_span))
        .with_state(state)
}

/// What every API answer carries unless its handler said otherwise. Answers are about one
/// account (`/me`, a sign-in's token, a sync, a CSV export), so no cache, shared or the
/// browser's, keeps them (`no-store`); a handler that knows better (blobs: immutable; the
/// catalog: `no-cache`) sets its own `Cache-Control`. `nosniff` always: a browser never
/// reads an answer as another type than it says (a CSV or JSON as HTML).
async fn api_headers(mut response: axum::response::Response) -> axum::response::Response {
    use axum::http::{HeaderValue, header};
    let headers = response.headers_mut();
    headers.entry(header::CACHE_CONTROL).or_insert(HeaderValue::from_static("no-store"));
    headers.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    response
}

/// The tracing span of a request: its method and path. The query string is left out, since
/// the QR address of a certificate carries its secret key there (`?key=…`).
pub fn request_span<B>(request: &axum::http::Request<B>) -> tracing::Span {
    tracing::debug_span!("request", method = %request.method(), path = %request.uri().path())
}

/// Imports every valid course under `dir`; invalid ones are logged with each problem and
/// skipped, so one broken course does not take the others offline.
pub async fn import_courses(store: &Store, dir: &Path) -> anyhow::Result<()> {
    let (courses, problems) = course::load_all(dir);
    for problem in &problems {
        tracing::warn!(%problem, "course problem");
    }
    for source in &courses {
        let published = course::publish(source, &courses);
        let outcome = store
            .import_from_folder(&published)
            .await
            .with_context(|| format!("could not import course {}", source.slug))?;
        match outcome {
            ImportOutcome::Unchanged => tracing::info!(course = %source.slug, "course unchanged"),
            ImportOutcome::Published { manifest_sha256, new_blobs } => {
                tracing::info!(course = %source.slug, manifest = %manifest_sha256, new_blobs, "course published")
            }
        }
    }
    Ok(())
}
