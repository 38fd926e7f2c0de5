//! No request stalls the server: a lesson too deeply nested or too large is refused before the
//! sanitiser parses it, and CPU-heavy work waits on the work pool, never on the async workers
//! that answer the catalog.

use axum::http::{Method, StatusCode};
use dala_server::work::Work;
use dala_wire::{ErrorCode, Role};
use serde_json::json;

use crate::support::{Backend, TestApp};

on_both_databases!(
    hostile_nesting_is_refused_in_preview_and_draft,
    the_catalog_answers_while_two_previews_are_in_flight
);

async fn trainer(app: &TestApp) -> String {
    let (organization, _) = app.two_organizations().await;
    app.account("trainer", false, Some((&organization, Role::Trainer))).await;
    app.store.set_course_owner("http-course", &organization).await.unwrap();
    app.sign_in("trainer").await
}

async fn hostile_nesting_is_refused_in_preview_and_draft(backend: Backend) {
    let app = TestApp::new(backend).await;
    let token = trainer(&app).await;
    // The report's input: sanitising it took 7 s on an async worker.
    let hostile = "<div>".repeat(40_000);
    let reply = app
        .send_json(
            Method::POST,
            "/api/v1/courses/http-course/preview",
            Some(&token),
            &json!({ "markdown": hostile }),
        )
        .await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    let error = reply.error();
    assert_eq!(error.code, ErrorCode::DraftInvalid);
    assert!(error.message.contains("64 deep"), "{}", error.message);
    // As many elements as the bound allows, and more: refused with its own reason.
    let reply = app
        .send_json(
            Method::POST,
            "/api/v1/courses/http-course/preview",
            Some(&token),
            &json!({ "markdown": "<b>x</b> ".repeat(25_000) }),
        )
        .await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(reply.error().message.contains("20000 elements"), "{}", reply.error().message);

    // A draft holding it is saved (nothing typed is lost) and shows the problem; publishing
    // it is refused.
    let reply = app.get_as("/api/v1/courses/http-course/draft", &token).await;
    let mut stored: dala_wire::StoredDraft = serde_json::from_slice(&reply.body).unwrap();
    let dala_wire::DraftItem::Lesson(lesson) =
        stored.draft.items.iter_mut().find(|i| matches!(i, dala_wire::DraftItem::Lesson(_))).unwrap()
    else {
        unreachable!()
    };
    lesson.markdown = format!("# Deep\n\n{}", "<div>".repeat(40_000));
    let save = json!({ "base_revision": stored.revision, "draft": stored.draft });
    let reply = app.send_json(Method::PUT, "/api/v1/courses/http-course/draft", Some(&token), &save).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", String::from_utf8_lossy(&reply.body));
    let saved: dala_wire::DraftSaved = serde_json::from_slice(&reply.body).unwrap();
    assert!(saved.problems.iter().any(|p| p.message.contains("64 deep")), "{:?}", saved.problems);
    let reply = app
        .send_json(
            Method::POST,
            "/api/v1/courses/http-course/publish",
            Some(&token),
            &json!({ "revision": saved.revision }),
        )
        .await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(reply.error().code, ErrorCode::DraftInvalid);
}

/// The pool is made busy with two jobs the test holds (as two slow previews would be), then two
/// real previews are sent: they wait for the pool. The public catalog is answered while both
/// previews are provably still in flight; then the jobs are let go and the previews answer.
async fn the_catalog_answers_while_two_previews_are_in_flight(backend: Backend) {
    let mut app = TestApp::new(backend).await;
    let token = trainer(&app).await;
    let work = Work::new(2);
    app.set_work(work.clone());
    let (release, gate) = std::sync::mpsc::channel::<()>();
    let gate = std::sync::Arc::new(std::sync::Mutex::new(gate));
    let held: Vec<_> = (0..2)
        .map(|_| {
            let (work, gate) = (work.clone(), gate.clone());
            tokio::spawn(async move { work.run(move || gate.lock().unwrap().recv()).await })
        })
        .collect();
    while work.running() < 2 {
        tokio::task::yield_now().await;
    }
    // The worst case the bounds accept: nested as deep as allowed, as many elements as allowed.
    let worst = format!(
        "{}{}",
        "<div>".repeat(dala_server::course::MAX_DEPTH - 2),
        "<b>x</b>".repeat(dala_server::course::MAX_ELEMENTS - dala_server::course::MAX_DEPTH - 10)
    );
    let previews: Vec<_> = (0..2)
        .map(|_| {
            let request = crate::support::request_from(
                "192.0.2.1:1000",
                Method::POST,
                "/api/v1/courses/http-course/preview",
                &[("authorization", &format!("Bearer {token}"))],
                &json!({ "markdown": worst }),
            );
            let router = app.router();
            tokio::spawn(async move { tower::ServiceExt::oneshot(router, request).await.unwrap() })
        })
        .collect();
    let catalog = app.get("/api/v1/courses", &[]).await;
    assert_eq!(catalog.status, StatusCode::OK);
    assert!(previews.iter().all(|p| !p.is_finished()), "the previews are still waiting for the pool");
    release.send(()).unwrap();
    release.send(()).unwrap();
    for job in held {
        job.await.unwrap().unwrap().unwrap();
    }
    for preview in previews {
        let reply = preview.await.unwrap();
        assert_eq!(reply.status(), StatusCode::OK, "the worst case the bounds accept is rendered");
    }
}
