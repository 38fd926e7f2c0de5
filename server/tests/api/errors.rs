//! The one JSON error shape, for what axum's own extractors would answer in plain text.

use axum::body::Body;
use axum::http::{Method, StatusCode};
use dala_wire::ErrorCode;

use crate::support::{Backend, TestApp, course_event};

on_both_databases!(
    an_oversize_json_body_is_a_413_in_the_error_shape,
    a_bad_query_string_is_a_400_in_the_error_shape
);

#[tokio::test]
async fn a_full_database_answers_507_and_the_same_server_writes_again_once_there_is_room() {
    let app = TestApp::new(Backend::Sqlite).await;
    let id = app.account("aida", false, None).await;
    dala_server::enrollment::enroll(app.store.pool_for_tests(), &id, "http-course", None, 0).await.unwrap();
    let token = app.sign_in("aida").await;
    let version = app.get("/api/v1/courses", &[]).await;
    let version = serde_json::from_slice::<Vec<dala_wire::CourseSummary>>(&version.body).unwrap()[0]
        .manifest_sha256
        .clone();
    let batch = |first: u64| {
        let events: Vec<_> = (first..first + 200)
            .map(|n| course_event("ab", &version, n, "first", dala_wire::EventKind::LessonOpened))
            .collect();
        serde_json::json!({ "events": events })
    };
    for cycle in 0..3u64 {
        // SQLite's own bound on the file's size, set on every connection of the pool, stands
        // in for a full disk: writes fail with SQLITE_FULL. (Here they fail at a statement;
        // a failed COMMIT, which left connections stuck, is `tests/tests/full_disk.rs`'s.)
        limit_pages(&app, true).await;
        for _ in 0..3 {
            let reply = app
                .send_json(Method::POST, "/api/v1/progress/sync", Some(&token), &batch(cycle * 1000 + 1))
                .await;
            assert_eq!(
                reply.status,
                StatusCode::INSUFFICIENT_STORAGE,
                "{}",
                String::from_utf8_lossy(&reply.body)
            );
            assert_eq!(reply.error().code, ErrorCode::InsufficientStorage);
        }
        limit_pages(&app, false).await;
        let reply = app
            .send_json(Method::POST, "/api/v1/progress/sync", Some(&token), &batch(cycle * 1000 + 1))
            .await;
        assert_eq!(reply.status, StatusCode::OK, "cycle {cycle}: {}", String::from_utf8_lossy(&reply.body));
        app.sign_in("aida").await;
    }
    let (stored, distinct): (i64, i64) =
        sqlx::query_as("SELECT COUNT(*), COUNT(DISTINCT id) FROM progress_events")
            .fetch_one(app.store.pool_for_tests())
            .await
            .unwrap();
    assert_eq!((stored, distinct), (600, 600), "every batch stored once");
}

/// Bounds the database to the pages it has now (`full`), or lifts the bound, on every
/// connection the pool holds (the bound is a connection's setting).
async fn limit_pages(app: &TestApp, full: bool) {
    use sqlx::Executor;
    let pool = app.store.pool_for_tests();
    let mut connections = Vec::new();
    for _ in 0..8 {
        connections.push(pool.acquire().await.unwrap());
    }
    for connection in &mut connections {
        let pages: i64 = sqlx::query_scalar("PRAGMA page_count").fetch_one(&mut **connection).await.unwrap();
        let limit = if full { pages } else { 1 << 30 };
        connection.execute(format!("PRAGMA max_page_count = {limit}").as_str()).await.unwrap();
    }
}

async fn an_oversize_json_body_is_a_413_in_the_error_shape(backend: Backend) {
    let app = TestApp::new(backend).await;
    app.account("aida", false, None).await;
    let token = app.sign_in("aida").await;
    // Well over axum's 2 MB default for a JSON body: a sync batch no device sends.
    let body = format!("{{\"events\": [], \"padding\": \"{}\"}}", "x".repeat(3 << 20));
    let authorization = format!("Bearer {token}");
    let headers = [("content-type", "application/json"), ("authorization", authorization.as_str())];
    let reply = app.send(Method::POST, "/api/v1/progress/sync", &headers, Body::from(body)).await;
    assert_eq!(reply.status, StatusCode::PAYLOAD_TOO_LARGE, "{}", String::from_utf8_lossy(&reply.body));
    assert_eq!(reply.error().code, ErrorCode::BodyTooLarge);
}

async fn a_bad_query_string_is_a_400_in_the_error_shape(backend: Backend) {
    let app = TestApp::new(backend).await;
    app.account("root", true, None).await;
    let token = app.sign_in("root").await;
    // `table` is required.
    let reply = app.get_as("/api/v1/reports/export?from=2026-01-01", &token).await;
    assert_eq!(reply.status, StatusCode::BAD_REQUEST, "{}", String::from_utf8_lossy(&reply.body));
    let error = reply.error();
    assert_eq!(error.code, ErrorCode::BadRequest);
    assert!(error.message.contains("table"), "{}", error.message);
}
