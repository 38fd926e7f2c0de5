//! The one JSON error shape, for what axum's own extractors would answer in plain text.

use axum::body::Body;
use axum::http::{Method, StatusCode};
use dala_wire::ErrorCode;

use crate::support::{Backend, TestApp};

on_both_databases!(
    an_oversize_json_body_is_a_413_in_the_error_shape,
    a_bad_query_string_is_a_400_in_the_error_shape
);

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
