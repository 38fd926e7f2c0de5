//! What every API answer says to caches and browsers, and what the request log leaves out.

use axum::http::{Method, StatusCode, header};

use crate::support::{Backend, TestApp};

on_both_databases!(answers_about_an_account_are_never_stored_and_never_sniffed);

/// Issue 14: `/me`, sign-in, sync and CSV answers had neither `Cache-Control: no-store` nor
/// `nosniff`; a shared computer's browser cache kept them.
async fn answers_about_an_account_are_never_stored_and_never_sniffed(backend: Backend) {
    let app = TestApp::new(backend).await;
    app.account("root", true, None).await;
    let body = serde_json::json!({ "login": "root", "password": crate::support::PASSWORD });
    let sign_in = app.send_json(Method::POST, "/api/v1/sessions", None, &body).await;
    assert_eq!(sign_in.status, StatusCode::CREATED);
    let token = serde_json::from_slice::<dala_wire::SignInResponse>(&sign_in.body).unwrap().token;
    let me = app.get_as("/api/v1/me", &token).await;
    let sync = app
        .send_json(Method::POST, "/api/v1/progress/sync", Some(&token), &serde_json::json!({ "events": [] }))
        .await;
    let csv = app.get_as("/api/v1/reports/export?table=courses", &token).await;
    let wrong = app
        .send_json(
            Method::POST,
            "/api/v1/sessions",
            None,
            &serde_json::json!({ "login": "root", "password": "not the password" }),
        )
        .await;
    for (what, reply, status) in [
        ("sign-in", &sign_in, StatusCode::CREATED),
        ("/me", &me, StatusCode::OK),
        ("sync", &sync, StatusCode::OK),
        ("CSV", &csv, StatusCode::OK),
        ("a refused sign-in", &wrong, StatusCode::UNAUTHORIZED),
    ] {
        assert_eq!(reply.status, status, "{what}: {}", String::from_utf8_lossy(&reply.body));
        assert_eq!(reply.header(header::CACHE_CONTROL), "no-store", "{what}");
        assert_eq!(reply.header(header::X_CONTENT_TYPE_OPTIONS), "nosniff", "{what}");
    }
    // Handlers that set their own caching keep it: a manifest is revalidated by its ETag,
    // blobs are immutable.
    let reply = app.get("/api/v1/courses/http-course/manifest", &[]).await;
    assert_eq!(reply.header(header::CACHE_CONTROL), "no-cache");
    assert_eq!(reply.header(header::X_CONTENT_TYPE_OPTIONS), "nosniff");
    let manifest = app.manifest().await;
    let blob = app.get(&format!("/api/v1/blobs/{}", manifest.lessons[0].blob.sha256), &[]).await;
    assert_eq!(blob.status, StatusCode::OK);
    assert!(
        blob.header(header::CACHE_CONTROL).contains("immutable"),
        "{}",
        blob.header(header::CACHE_CONTROL)
    );
}

/// Issue 14: at debug level the request log showed the URI, and with it the secret key of a
/// certificate's QR address (`/api/v1/certificates/{id}?key=…`).
#[test]
fn the_request_log_names_the_path_but_never_the_query_string() {
    use std::sync::{Arc, Mutex};
    #[derive(Clone, Default)]
    struct Captured(Arc<Mutex<Vec<u8>>>);
    impl std::io::Write for Captured {
        fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
            self.0.lock().unwrap().extend_from_slice(bytes);
            Ok(bytes.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let captured = Captured::default();
    let writer = captured.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::DEBUG)
        .with_ansi(false)
        .with_writer(move || writer.clone())
        .finish();
    let request =
        axum::http::Request::builder().uri("/api/v1/certificates/c0ffee?key=SECRETKEY123").body(()).unwrap();
    tracing::subscriber::with_default(subscriber, || {
        let span = dala_server::request_span(&request);
        span.in_scope(|| tracing::debug!("started processing request"));
    });
    let log = String::from_utf8(captured.0.lock().unwrap().clone()).unwrap();
    assert!(log.contains("/api/v1/certificates/c0ffee"), "{log}");
    assert!(!log.contains("SECRETKEY123") && !log.contains("key="), "{log}");
}
