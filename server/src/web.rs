//! Serving the built web client: static files, and `index.html` for client-side routes.
//!
//! The build (`cargo xtask build-web`) names every asset after a hash of its content and
//! writes `.br` and `.gz` siblings, so assets are served precompressed and cached forever, while
//! `index.html` and the service worker are revalidated on every visit.

use std::sync::LazyLock;

use crate::text;
use std::path::Path;

use dala_wire::bundles::Bundle;

use axum::body::Body;
use axum::extract::Request;
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::{Router, get};
use tower_http::compression::CompressionLayer;

use crate::AppState;
use tower::ServiceExt;
use tower_http::services::{ServeDir, ServeFile};

/// A router (meant as the app's fallback) that serves the built client in `state.web_dir`; its
/// first page, `/`, carries the catalog ([`crate::first_page`]).
pub fn router(state: &AppState) -> Router<AppState> {
    let files = ServeDir::new(state.web_dir.as_path()).precompressed_br().precompressed_gzip();
    let web_dir = state.web_dir.as_path().to_owned();
    let first_page =
        get(crate::first_page::catalog).layer(CompressionLayer::new().quality(crate::DYNAMIC_COMPRESSION));
    let messages = get(crate::languages::client_messages)
        .layer(CompressionLayer::new().quality(crate::DYNAMIC_COMPRESSION));
    Router::new()
        .route("/", first_page)
        .route("/locales/{file}", messages)
        .fallback_service(files.fallback(tower::service_fn(move |request: Request| {
            let web_dir = web_dir.clone();
            async move { Ok::<_, std::convert::Infallible>(serve_page(&web_dir, request).await) }
        })))
        .layer(middleware::from_fn(cache_control))
        .layer(middleware::from_fn(content_security_policy))
}

/// The policy of every page and file of the client. Scripts come only from the site's own files
/// (`'wasm-unsafe-eval'` lets them compile the client's WebAssembly); inline scripts, event
/// handler attributes, `javascript:` URLs, inline styles, plugins, frames and `<base>` are refused
/// by the browser, so even HTML that got past the lesson sanitiser could not run. Images may be
/// `blob:` URLs (lesson pictures and PDFs kept in IndexedDB); nothing is fetched from another site.
pub const PAGE_CSP: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; \
     img-src 'self' blob:; connect-src 'self' blob:; font-src 'self'; worker-src 'self'; manifest-src 'self'; \
     object-src 'none'; frame-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

/// [`PAGE_CSP`] with one exception each way: the verify page may frame the site's own pages
/// (the wallet form's checker, loaded on demand: `web/src/wallet_check.rs`), and the checker's
/// page may be framed by the site's own pages. No page may be framed by another site.
pub fn page_csp(path: &str) -> &'static str {
    static VERIFY: LazyLock<String> =
        LazyLock::new(|| PAGE_CSP.replace("frame-src 'none'", "frame-src 'self'"));
    static WALLET_CHECK: LazyLock<String> =
        LazyLock::new(|| PAGE_CSP.replace("frame-ancestors 'none'", "frame-ancestors 'self'"));
    // A page by its address (`/verify?c=…`) or by its file (`/verify.html`, as the service worker
    // may keep it).
    let file = path.rsplit('/').next().unwrap_or_default();
    let bundle = Bundle::ALL.into_iter().find(|b| b.page() == file).unwrap_or_else(|| Bundle::of_path(path));
    match bundle {
        Bundle::Verify => &VERIFY,
        Bundle::WalletCheck => &WALLET_CHECK,
        Bundle::Learner | Bundle::Staff => PAGE_CSP,
    }
}

async fn content_security_policy(request: Request, next: Next) -> Response {
    let policy = page_csp(request.uri().path());
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    let policy = HeaderValue::from_str(policy).unwrap_or(HeaderValue::from_static(PAGE_CSP));
    headers.insert(header::CONTENT_SECURITY_POLICY, policy);
    headers.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    headers.insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    response
}

/// A client route such as `/courses/x` gets its bundle's page (`index.html` for the learner's
/// app, `staff.html` for `/author/x`: see [`Bundle`]); a missing file such as `/x.js` a 404.
pub async fn serve_page(web_dir: &Path, request: Request) -> Response {
    // An API path of a version this server does not have is still an API error, not a page.
    if request.uri().path().starts_with("/api/") {
        return crate::error::AppError::NotFound(text!("error-not-found-api-route")).into_response();
    }
    let last = request.uri().path().rsplit('/').next().unwrap_or("");
    if last.contains('.') {
        return (StatusCode::NOT_FOUND, "not found").into_response();
    }
    let index = web_dir.join(Bundle::of_path(request.uri().path()).page());
    if !index.exists() {
        return (
            StatusCode::SERVICE_UNAVAILABLE,
            Html("<!doctype html><title>Dala</title><p>The web client is not built. Run <code>cargo xtask run</code>.</p>"),
        )
            .into_response();
    }
    match ServeFile::new(&index).precompressed_br().precompressed_gzip().oneshot(request).await {
        Ok(response) => response.map(Body::new),
        Err(never) => match never {},
    }
}

/// Hashed assets are immutable; everything else (the page, the service worker, the web app
/// manifest) must be revalidated so that a new release reaches learners.
async fn cache_control(request: Request, next: Next) -> Response {
    let immutable = is_hashed_asset(request.uri().path());
    let mut response = next.run(request).await;
    if response.status().is_success() {
        let value = if immutable { "public, max-age=31536000, immutable" } else { "no-cache" };
        response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static(value));
    }
    response
}

/// Trunk names assets `name-<16 hex digits>.ext` (and `name-<hash>_bg.wasm`).
fn is_hashed_asset(path: &str) -> bool {
    let file = path.rsplit('/').next().unwrap_or("");
    let stem = file.split('.').next().unwrap_or("").trim_end_matches("_bg");
    stem.rsplit_once('-')
        .is_some_and(|(_, hash)| hash.len() >= 16 && hash.bytes().all(|b| b.is_ascii_hexdigit()))
}

#[cfg(test)]
mod tests {
    #[test]
    fn only_the_verify_page_frames_and_only_the_wallet_checker_is_framed_by_the_site_alone() {
        use super::{PAGE_CSP, page_csp};
        for path in
            ["/", "/courses/x", "/author/y", "/index.html", "/staff.html", "/dala-web-0123456789abcdef.js"]
        {
            assert_eq!(page_csp(path), PAGE_CSP, "{path}");
        }
        for path in ["/verify", "/verify?c=1&k=2", "/verify.html"] {
            let policy = page_csp(path);
            assert!(
                policy.contains("frame-src 'self'") && policy.contains("frame-ancestors 'none'"),
                "{path}"
            );
        }
        for path in ["/wallet-check", "/wallet-check.html"] {
            let policy = page_csp(path);
            assert!(
                policy.contains("frame-src 'none'") && policy.contains("frame-ancestors 'self'"),
                "{path}"
            );
        }
        // Otherwise the same policy.
        let same = |p: &str| {
            p.replace("frame-src 'self'", "frame-src 'none'")
                .replace("frame-ancestors 'self'", "frame-ancestors 'none'")
        };
        assert_eq!(same(page_csp("/verify")), PAGE_CSP);
        assert_eq!(same(page_csp("/wallet-check")), PAGE_CSP);
    }

    #[test]
    fn hashed_assets_are_recognised() {
        assert!(super::is_hashed_asset("/dala-web-0123456789abcdef.js"));
        assert!(super::is_hashed_asset("/dala-web-0123456789abcdef_bg.wasm"));
        assert!(!super::is_hashed_asset("/index.html"));
        assert!(!super::is_hashed_asset("/sw.js"));
        assert!(!super::is_hashed_asset("/courses/cso-communications-en"));
    }
}
