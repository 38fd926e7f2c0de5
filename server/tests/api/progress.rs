//! Progress sync: idempotent, partial batches, merged state across devices, and a property
//! test over random schedules of pushes (duplicated, reordered, answers lost, server restarts).

use axum::http::{Method, StatusCode};
use dala_server::enrollment;
use dala_wire::{
    Answer, CompactSyncRequest, CompactSyncResponse, ErrorCode, EventKind, MAX_SYNC_BATCH, ProgressEvent,
    SyncResponse, merge,
};
use proptest::prelude::*;
use serde_json::json;

use crate::support::{Backend, TestApp};

on_both_databases!(
    a_sync_stores_events_once_and_answers_with_the_merged_state,
    a_second_device_sees_the_first_devices_progress,
    invalid_events_are_rejected_with_reasons_and_the_rest_stored,
    sync_needs_a_session_and_bounded_batches,
    learners_see_only_their_own_progress,
    quiz_attempts_are_graded_by_the_server_and_complete_the_course,
    attempts_beyond_the_quiz_limit_are_kept_but_do_not_count,
    a_later_attempt_cannot_dodge_the_limit_with_an_early_clock,
    within_a_batch_attempts_count_in_the_device_s_order_whatever_its_clock,
    events_stored_before_receipts_were_numbered_count_before_later_batches,
    closed_courses_take_progress_from_enrolled_learners_and_open_ones_enroll_on_sync,
    ten_thousand_attempts_at_one_quiz_keep_every_sync_answer_small,
    a_gzip_body_is_accepted_on_both_sync_routes,
    a_gzip_bomb_is_refused_and_nothing_is_stored,
    a_corrupt_or_unknown_encoding_is_refused_and_nothing_is_stored,
    the_old_shape_and_the_compact_one_store_the_same_and_answer_the_same_state,
    the_compact_answer_carries_only_what_changed_since_the_held_state,
    a_stale_or_foreign_held_state_still_ends_at_the_server_s_state,
);

/// The grader for states with no quiz attempts.
fn no_quizzes(_: &ProgressEvent, _: &[Answer]) -> Option<dala_wire::Graded> {
    None
}

/// Events as received in one batch: for states with no quiz attempts, where receipts make no
/// difference.
fn received(events: &[ProgressEvent]) -> impl Iterator<Item = (&ProgressEvent, dala_wire::Receipt)> {
    events.iter().map(|event| (event, 1))
}

/// A learner enrolled in the (closed) test course, signed in.
async fn learner(app: &TestApp, login: &str) -> String {
    let id = app.account(login, false, None).await;
    enrollment::enroll(app.store.pool_for_tests(), &id, "http-course", None, 0).await.unwrap();
    app.sign_in(login).await
}

/// A learner enrolled in nothing, signed in.
async fn unenrolled(app: &TestApp, login: &str) -> String {
    app.account(login, false, None).await;
    app.sign_in(login).await
}

fn event(n: u64, device: &str, version: &str, item: &str, kind: EventKind) -> ProgressEvent {
    ProgressEvent {
        id: format!("{:032x}", n),
        device_id: device.into(),
        course: "http-course".into(),
        course_version: version.into(),
        item: item.into(),
        kind,
        client_time: 1_700_000_000_000 + n as i64,
        counter: n,
    }
}

async fn push(app: &TestApp, token: &str, events: &[ProgressEvent]) -> SyncResponse {
    let reply =
        app.send_json(Method::POST, "/api/v1/progress/sync", Some(token), &json!({ "events": events })).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", String::from_utf8_lossy(&reply.body));
    serde_json::from_slice(&reply.body).unwrap()
}

async fn stored_count(app: &TestApp) -> i64 {
    sqlx::query_scalar("SELECT COUNT(*) FROM progress_events")
        .fetch_one(app.store.pool_for_tests())
        .await
        .unwrap()
}

async fn version(app: &TestApp) -> String {
    app.get("/api/v1/courses", &[]).await;
    let courses: Vec<dala_wire::CourseSummary> =
        serde_json::from_slice(&app.get("/api/v1/courses", &[]).await.body).unwrap();
    courses[0].manifest_sha256.clone()
}

async fn a_sync_stores_events_once_and_answers_with_the_merged_state(backend: Backend) {
    let app = TestApp::new(backend).await;
    let token = learner(&app, "aida").await;
    let v = version(&app).await;
    let events = vec![
        event(1, "phone", &v, "first", EventKind::LessonOpened),
        event(2, "phone", &v, "first", EventKind::LessonCompleted),
    ];
    let first = push(&app, &token, &events).await;
    assert_eq!(first.accepted.len(), 2);
    assert!(first.rejected.is_empty());
    assert_eq!(first.progress, merge(&[], received(&events), &no_quizzes));
    assert!(first.progress[0].lessons["first"].completed);

    // The answer was lost; the device sends the same batch again.
    let again = push(&app, &token, &events).await;
    assert_eq!(again.accepted.len(), 2, "re-sent events are accepted");
    assert_eq!(again.progress, first.progress);
    assert_eq!(stored_count(&app).await, 2, "and stored once");
}

async fn a_second_device_sees_the_first_devices_progress(backend: Backend) {
    let app = TestApp::new(backend).await;
    // Each device signs in on its own: two sessions of one learner.
    let (phone, laptop) = (learner(&app, "aida").await, app.sign_in("aida").await);
    let v = version(&app).await;
    push(&app, &phone, &[event(1, "phone", &v, "second", EventKind::LessonCompleted)]).await;
    let seen = push(&app, &laptop, &[]).await;
    assert!(seen.progress[0].lessons["second"].completed);
}

async fn invalid_events_are_rejected_with_reasons_and_the_rest_stored(backend: Backend) {
    let app = TestApp::new(backend).await;
    let token = learner(&app, "aida").await;
    let v = version(&app).await;
    let mut bad_id = event(1, "phone", &v, "first", EventKind::LessonOpened);
    bad_id.id = "not-an-id".into();
    let events = vec![
        bad_id,
        event(2, "phone", &"0".repeat(64), "first", EventKind::LessonOpened),
        event(3, "phone", &v, "no-such-lesson", EventKind::LessonOpened),
        event(4, "phone", &v, "second", EventKind::LessonOpened),
    ];
    let reply = push(&app, &token, &events).await;
    assert_eq!(reply.accepted, vec![format!("{:032x}", 4)]);
    let reasons: Vec<&str> = reply.rejected.iter().map(|r| r.reason.as_str()).collect();
    assert_eq!(
        reasons,
        [
            "an event id is 32 lowercase hexadecimal digits".to_owned(),
            format!("course `http-course` has no version {}", "0".repeat(64)),
            "course `http-course` has no lesson `no-such-lesson`".to_owned(),
        ]
    );
    assert_eq!(stored_count(&app).await, 1);
}

async fn sync_needs_a_session_and_bounded_batches(backend: Backend) {
    let app = TestApp::new(backend).await;
    let anonymous =
        app.send_json(Method::POST, "/api/v1/progress/sync", None, &json!({ "events": [] })).await;
    assert_eq!(anonymous.status, StatusCode::UNAUTHORIZED);
    let token = learner(&app, "aida").await;
    let v = version(&app).await;
    let too_many: Vec<_> = (0..=MAX_SYNC_BATCH as u64)
        .map(|n| event(n, "phone", &v, "first", EventKind::LessonOpened))
        .collect();
    let reply = app
        .send_json(Method::POST, "/api/v1/progress/sync", Some(&token), &json!({ "events": too_many }))
        .await;
    assert_eq!(reply.status, StatusCode::BAD_REQUEST);
    assert_eq!(reply.error().code, ErrorCode::BadRequest);
    let malformed =
        app.send_json(Method::POST, "/api/v1/progress/sync", Some(&token), &json!({ "events": [{}] })).await;
    assert_eq!(malformed.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(stored_count(&app).await, 0);
}

async fn learners_see_only_their_own_progress(backend: Backend) {
    let app = TestApp::new(backend).await;
    let (aida, bolat) = (learner(&app, "aida").await, learner(&app, "bolat").await);
    let v = version(&app).await;
    // Even an event id another learner used is theirs alone.
    push(&app, &aida, &[event(1, "a", &v, "first", EventKind::LessonCompleted)]).await;
    let theirs = push(&app, &bolat, &[event(1, "b", &v, "second", EventKind::LessonOpened)]).await;
    assert_eq!(theirs.accepted.len(), 1);
    assert!(!theirs.progress[0].lessons.contains_key("first"), "{:?}", theirs.progress);
    assert_eq!(stored_count(&app).await, 2);
}

/// One step of a schedule.
#[derive(Debug, Clone)]
enum Step {
    /// A device pushes up to `take` events from the front of its outbox; the batch may be sent
    /// with duplicates or reversed, and the answer may be lost (the device keeps the events).
    Push { device: usize, take: usize, duplicate: bool, reverse: bool, answer_lost: bool },
    /// The server restarts between batches.
    Restart,
}

fn steps() -> impl Strategy<Value = Vec<Step>> {
    let push = (0..2usize, 1..8usize, any::<bool>(), any::<bool>(), any::<bool>()).prop_map(
        |(device, take, duplicate, reverse, answer_lost)| Step::Push {
            device,
            take,
            duplicate,
            reverse,
            answer_lost,
        },
    );
    prop::collection::vec(prop_oneof![8 => push, 1 => Just(Step::Restart)], 0..16)
}

/// Events made offline by two devices of one learner: (device, lesson, completed).
fn offline_work() -> impl Strategy<Value = Vec<(usize, bool, bool)>> {
    prop::collection::vec((0..2usize, any::<bool>(), any::<bool>()), 1..24)
}

async fn run_schedule(backend: Backend, work: Vec<(usize, bool, bool)>, schedule: Vec<Step>) {
    let mut app = TestApp::new(backend).await;
    let token = learner(&app, "aida").await;
    let v = version(&app).await;
    let created: Vec<ProgressEvent> = work
        .iter()
        .enumerate()
        .map(|(n, (device, second, completed))| {
            let kind = if *completed { EventKind::LessonCompleted } else { EventKind::LessonOpened };
            event(
                n as u64 + 1,
                ["phone", "laptop"][*device],
                &v,
                if *second { "second" } else { "first" },
                kind,
            )
        })
        .collect();
    let mut outboxes: [Vec<ProgressEvent>; 2] = [Vec::new(), Vec::new()];
    for (event, (device, _, _)) in created.iter().zip(&work) {
        outboxes[*device].push(event.clone());
    }
    for step in schedule {
        match step {
            Step::Restart => app.restart().await,
            Step::Push { device, take, duplicate, reverse, answer_lost } => {
                let mut batch: Vec<ProgressEvent> = outboxes[device].iter().take(take).cloned().collect();
                if duplicate {
                    batch.extend(batch.clone());
                }
                if reverse {
                    batch.reverse();
                }
                let reply = push(&app, &token, &batch).await;
                if !answer_lost {
                    outboxes[device].retain(|e| !reply.accepted.contains(&e.id));
                }
            }
        }
    }
    // Connections come back for good: each device empties its outbox.
    for outbox in &mut outboxes {
        while !outbox.is_empty() {
            let batch: Vec<_> = outbox.iter().take(5).cloned().collect();
            let reply = push(&app, &token, &batch).await;
            assert!(reply.rejected.is_empty(), "{:?}", reply.rejected);
            outbox.retain(|e| !reply.accepted.contains(&e.id));
        }
    }
    let last = push(&app, &token, &[]).await;
    assert_eq!(
        last.progress,
        merge(&[], received(&created), &no_quizzes),
        "the server's state is the merge of every event created"
    );
    assert_eq!(stored_count(&app).await, created.len() as i64, "no event lost, none stored twice");
}

fn block_on(future: impl std::future::Future<Output = ()>) {
    tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap().block_on(future)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn random_schedules_lose_nothing_and_count_nothing_twice_on_sqlite(work in offline_work(), schedule in steps()) {
        block_on(run_schedule(Backend::Sqlite, work, schedule));
    }

    #[test]
    #[ignore = "needs PostgreSQL: run `cargo xtask test`"]
    fn random_schedules_lose_nothing_and_count_nothing_twice_on_postgres(work in offline_work(), schedule in steps()) {
        block_on(run_schedule(Backend::Postgres, work, schedule));
    }
}

async fn quiz_attempts_are_graded_by_the_server_and_complete_the_course(backend: Backend) {
    let app = TestApp::new(backend).await;
    let token = learner(&app, "aida").await;
    let v = version(&app).await;
    let attempt =
        |n, answers: Vec<Answer>| event(n, "phone", &v, "check", EventKind::QuizAttempt { answers });
    let lessons = [
        event(1, "phone", &v, "first", EventKind::LessonCompleted),
        event(2, "phone", &v, "second", EventKind::LessonCompleted),
    ];
    let after_lessons = push(&app, &token, &lessons).await;
    assert!(after_lessons.completed_courses.is_empty(), "the quiz is not passed yet");

    let failed = attempt(3, vec![Answer::Bool(false), Answer::Text("leaflet".into())]);
    let state = push(&app, &token, std::slice::from_ref(&failed)).await;
    let quiz = &state.progress[0].quizzes["check"];
    assert_eq!((quiz.best_score, quiz.passed, quiz.attempts.len()), (0, false, 1));
    assert!(state.completed_courses.is_empty());

    let passed = attempt(4, vec![Answer::Bool(true), Answer::Text(" Press  Release ".into())]);
    let later_failure = attempt(5, vec![Answer::Bool(true), Answer::Text("x".into())]);
    let state = push(&app, &token, &[later_failure, passed, failed]).await;
    let quiz = &state.progress[0].quizzes["check"];
    assert_eq!(
        quiz.attempts.iter().map(|a| a.score).collect::<Vec<_>>(),
        [0, 100, 50],
        "every attempt kept, in order"
    );
    assert_eq!((quiz.best_score, quiz.passed), (100, true));
    assert_eq!(state.completed_courses, ["http-course"]);

    let unknown =
        push(&app, &token, &[event(6, "phone", &v, "no-quiz", EventKind::QuizAttempt { answers: vec![] })])
            .await;
    assert_eq!(unknown.rejected[0].reason, "course `http-course` has no quiz `no-quiz`");
}

/// The test course with an attempt limit on its quiz.
async fn with_attempt_limit(backend: Backend, limit: u32) -> TestApp {
    let mut app = TestApp::new(backend).await;
    std::fs::write(
        app.courses.join("http-course/03-check.quiz.toml"),
        crate::support::QUIZ
            .replace("pass_mark = 50\n", &format!("pass_mark = 50\nmax_attempts = {limit}\n")),
    )
    .unwrap();
    app.restart().await;
    app
}

/// Attempt `n` at the test course's quiz: right (50 points, a pass) or wrong (0 points).
fn attempt(n: u64, version: &str, right: bool) -> ProgressEvent {
    event(n, "phone", version, "check", EventKind::QuizAttempt { answers: vec![Answer::Bool(right)] })
}

/// Attempt `n`, right, with the device's clock set long before any other and counter 0: the
/// dodge of issue 13.
fn dodge(n: u64, version: &str) -> ProgressEvent {
    ProgressEvent { client_time: -(1 << 62), counter: 0, ..attempt(n, version, true) }
}

/// Each attempt at the quiz in the order they count: (attempt number, score, counted).
fn attempts(state: &SyncResponse) -> Vec<(u64, u8, bool)> {
    state.progress[0].quizzes["check"]
        .attempts
        .iter()
        .map(|a| (u64::from_str_radix(&a.id, 16).unwrap(), a.score, a.counted))
        .collect()
}

async fn attempts_beyond_the_quiz_limit_are_kept_but_do_not_count(backend: Backend) {
    let app = with_attempt_limit(backend, 2).await;
    let token = learner(&app, "aida").await;
    let v = version(&app).await;
    // Two failures, then a pass that comes too late; sent newest first.
    let state =
        push(&app, &token, &[attempt(3, &v, true), attempt(2, &v, false), attempt(1, &v, false)]).await;
    assert_eq!(attempts(&state), [(1, 0, true), (2, 0, true), (3, 50, false)]);
    let quiz = &state.progress[0].quizzes["check"];
    assert_eq!((quiz.best_score, quiz.passed, quiz.max_attempts), (0, false, Some(2)));
}

/// Issue 13's dodge: once failures used up the limit, a pass sent in a later sync with the
/// device's clock set decades back and counter 0 still comes last: not counted, the quiz not
/// passed, the course not complete, no certificate.
async fn a_later_attempt_cannot_dodge_the_limit_with_an_early_clock(backend: Backend) {
    let app = with_attempt_limit(backend, 2).await;
    let token = learner(&app, "aida").await;
    let v = version(&app).await;
    let lessons = [
        event(1, "phone", &v, "first", EventKind::LessonCompleted),
        event(2, "phone", &v, "second", EventKind::LessonCompleted),
    ];
    let failures = [attempt(3, &v, false), attempt(4, &v, false)];
    let first = push(&app, &token, &[&lessons[..], &failures[..]].concat()).await;
    assert_eq!(attempts(&first), [(3, 0, true), (4, 0, true)]);

    // The answer to a failure's sync was lost, so the device sends it again beside the dodge.
    let state = push(&app, &token, &[dodge(5, &v), failures[0].clone()]).await;
    assert_eq!(state.accepted.len(), 2, "{:?}", state.rejected);
    assert_eq!(attempts(&state), [(3, 0, true), (4, 0, true), (5, 50, false)]);
    let quiz = &state.progress[0].quizzes["check"];
    assert_eq!((quiz.best_score, quiz.passed), (0, false));
    let received: Vec<u64> = quiz.attempts.iter().map(|a| a.received).collect();
    assert!(
        received[0] == received[1] && received[1] < received[2],
        "a re-sent event keeps its receipt: {received:?}"
    );
    assert!(state.completed_courses.is_empty());
    assert!(state.certificates.is_empty());
    let issued: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM certificates")
        .fetch_one(app.store.pool_for_tests())
        .await
        .unwrap();
    assert_eq!(issued, 0);
}

/// In one batch, attempts count in the device's counter order whatever its clock says: a pass
/// last by counter comes too late though its clock is the earliest, and a pass first by
/// counter counts though its clock is the latest.
async fn within_a_batch_attempts_count_in_the_device_s_order_whatever_its_clock(backend: Backend) {
    let app = with_attempt_limit(backend, 2).await;
    let v = version(&app).await;
    let clocked = |n, right, client_time| ProgressEvent { client_time, ..attempt(n, &v, right) };

    let aida = learner(&app, "aida").await;
    let batch = [clocked(3, true, -(1 << 62)), clocked(1, false, 1 << 62), clocked(2, false, 0)];
    let state = push(&app, &aida, &batch).await;
    assert_eq!(attempts(&state), [(1, 0, true), (2, 0, true), (3, 50, false)]);
    assert!(!state.progress[0].quizzes["check"].passed);

    let bolat = learner(&app, "bolat").await;
    let batch = [clocked(2, false, -(1 << 62)), clocked(3, false, 0), clocked(1, true, 1 << 62)];
    let state = push(&app, &bolat, &batch).await;
    assert_eq!(attempts(&state), [(1, 50, true), (2, 0, true), (3, 0, false)]);
    assert!(state.progress[0].quizzes["check"].passed);
}

/// Events stored before receipts were numbered get the second they arrived as their number
/// (the backfill of `0008_receipt_order.sql`), so every batch after the upgrade counts after
/// them, the dodge included.
async fn events_stored_before_receipts_were_numbered_count_before_later_batches(backend: Backend) {
    let app = with_attempt_limit(backend, 2).await;
    let token = learner(&app, "aida").await;
    let v = version(&app).await;
    push(&app, &token, &[attempt(1, &v, false), attempt(2, &v, false)]).await;
    // As an installation upgraded from before numbering holds them: the column's default.
    let pool = app.store.pool_for_tests();
    sqlx::query("UPDATE progress_events SET received_order = 0").execute(pool).await.unwrap();
    let migration = include_str!("../../migrations/0008_receipt_order.sql");
    let (_, backfill) = migration.split_once("-- The events stored before.").unwrap();
    sqlx::raw_sql(backfill).execute(pool).await.unwrap();
    let numbered: Vec<(i64, i64)> = sqlx::query_as("SELECT received_order, received_at FROM progress_events")
        .fetch_all(pool)
        .await
        .unwrap();
    assert!(numbered.iter().all(|&(order, at)| order == at && at > 0), "{numbered:?}");

    let state = push(&app, &token, &[dodge(3, &v)]).await;
    assert_eq!(attempts(&state), [(1, 0, true), (2, 0, true), (3, 50, false)]);
    let dodged = &state.progress[0].quizzes["check"].attempts[2];
    assert_eq!(dodged.received, numbered[0].1 as u64 + 1, "one above the highest stored");
}

async fn closed_courses_take_progress_from_enrolled_learners_and_open_ones_enroll_on_sync(backend: Backend) {
    let mut app = TestApp::new(backend).await;
    let token = unenrolled(&app, "aida").await;
    let closed = version(&app).await;
    let refused = push(&app, &token, &[event(1, "phone", &closed, "first", EventKind::LessonOpened)]).await;
    assert!(refused.accepted.is_empty());
    assert_eq!(
        refused.rejected[0].reason,
        "not enrolled in course `http-course`: ask a trainer for a join code"
    );
    let enroll =
        app.send_json(Method::POST, "/api/v1/courses/http-course/enrollment", Some(&token), &json!({})).await;
    assert_eq!(enroll.status, StatusCode::FORBIDDEN);
    assert_eq!(enroll.error().code, ErrorCode::EnrollmentClosed);
    assert_eq!(stored_count(&app).await, 0);

    // The course opens: syncing progress in it enrolls the learner.
    let meta = app.courses.join("http-course/course.toml");
    std::fs::write(&meta, format!("{}open = true\n", crate::support::META)).unwrap();
    app.restart().await;
    let open = version(&app).await;
    assert_ne!(open, closed, "opening a course publishes a new version");
    let taken = push(&app, &token, &[event(2, "phone", &open, "first", EventKind::LessonOpened)]).await;
    assert_eq!(taken.accepted.len(), 1, "{:?}", taken.rejected);
    let me: dala_wire::Me = serde_json::from_slice(&app.get_as("/api/v1/me", &token).await.body).unwrap();
    assert_eq!(me.enrollments, ["http-course"]);

    // Self-enrollment in an open course, twice: the same enrollment.
    let other = unenrolled(&app, "bolat").await;
    let path = "/api/v1/courses/http-course/enrollment";
    let first = app.send_json(Method::POST, path, Some(&other), &json!({})).await;
    let again = app.send_json(Method::POST, path, Some(&other), &json!({})).await;
    assert_eq!((first.status, again.status), (StatusCode::OK, StatusCode::OK));
    let enrollment: dala_wire::Enrollment = serde_json::from_slice(&again.body).unwrap();
    assert_eq!((enrollment.course.as_str(), enrollment.organization_id), ("http-course", None));
    assert_eq!(first.body, again.body);
    let missing =
        app.send_json(Method::POST, "/api/v1/courses/no-such/enrollment", Some(&other), &json!({})).await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
}

async fn ten_thousand_attempts_at_one_quiz_keep_every_sync_answer_small(backend: Backend) {
    let app = TestApp::new(backend).await;
    let token = learner(&app, "aruzhan").await;
    let v = version(&app).await;
    let kept = dala_wire::limits::ATTEMPTS_KEPT_PER_QUIZ;
    let attempt = |n: u64| {
        event(
            n,
            "phone",
            &v,
            "check",
            EventKind::QuizAttempt { answers: vec![Answer::Bool(n.is_multiple_of(2))] },
        )
    };
    let (mut accepted, mut rejected, mut largest) = (0, 0, 0);
    for batch in 0..20u64 {
        let events: Vec<ProgressEvent> = (1..=500).map(|i| attempt(batch * 500 + i)).collect();
        let reply = app
            .send_json(Method::POST, "/api/v1/progress/sync", Some(&token), &json!({ "events": events }))
            .await;
        assert_eq!(reply.status, StatusCode::OK);
        largest = largest.max(reply.body.len());
        let answer: SyncResponse = serde_json::from_slice(&reply.body).unwrap();
        accepted += answer.accepted.len();
        rejected += answer.rejected.len();
        for refusal in &answer.rejected {
            assert!(refusal.reason.contains(&format!("at most {kept} attempts")), "{}", refusal.reason);
        }
    }
    assert_eq!((accepted, rejected), (kept, 10_000 - kept));
    assert_eq!(stored_count(&app).await, kept as i64);
    // An answer holds at most the kept attempts (and a batch's refusals, each with its reason).
    assert!(largest < 100_000, "the largest answer was {largest} bytes");
    // Every later sync, even one with nothing new, carries the quiz's state: before the bound,
    // 1.1 MB with 10,000 attempts.
    let reply =
        app.send_json(Method::POST, "/api/v1/progress/sync", Some(&token), &json!({ "events": [] })).await;
    assert!(reply.body.len() < 30_000, "a sync with nothing new answered {} bytes", reply.body.len());
    println!(
        "after 10,000 attempts: batch answers at most {largest} bytes, an empty sync {} bytes",
        reply.body.len()
    );
    // A kept attempt sent again (a retry after a cut connection) is accepted, not refused.
    let again = push(&app, &token, &[attempt(1), attempt(kept as u64 + 1)]).await;
    assert_eq!(again.accepted, vec![attempt(1).id]);
    assert_eq!(again.rejected.len(), 1);
    let quiz = &again.progress[0].quizzes["check"];
    assert_eq!(quiz.attempts.len(), kept);
}

// ---- Compact sync (issue 16): gzip bodies, the compact shape, answers as changes. ----

fn gzip(data: &[u8]) -> Vec<u8> {
    use std::io::Write;
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(data).unwrap();
    encoder.finish().unwrap()
}

/// POSTs `body` to `path` with `Content-Encoding: encoding`.
async fn post_encoded(
    app: &TestApp,
    path: &str,
    token: &str,
    encoding: &str,
    body: Vec<u8>,
) -> crate::support::Reply {
    let bearer = format!("Bearer {token}");
    let headers = [
        ("content-type", "application/json"),
        ("content-encoding", encoding),
        ("authorization", bearer.as_str()),
    ];
    app.send(Method::POST, path, &headers, axum::body::Body::from(body)).await
}

/// A compact sync, gzipped as the web client sends it.
async fn compact(app: &TestApp, token: &str, request: &CompactSyncRequest) -> CompactSyncResponse {
    let body = gzip(&serde_json::to_vec(request).unwrap());
    let reply = post_encoded(app, "/api/v1/progress/compact", token, "gzip", body).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", String::from_utf8_lossy(&reply.body));
    serde_json::from_slice(&reply.body).unwrap()
}

async fn a_gzip_body_is_accepted_on_both_sync_routes(backend: Backend) {
    let app = TestApp::new(backend).await;
    let token = learner(&app, "aida").await;
    let v = version(&app).await;
    let old =
        serde_json::to_vec(&json!({ "events": [event(1, "phone", &v, "first", EventKind::LessonOpened)] }))
            .unwrap();
    let reply = post_encoded(&app, "/api/v1/progress/sync", &token, "gzip", gzip(&old)).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", String::from_utf8_lossy(&reply.body));
    let answer: SyncResponse = serde_json::from_slice(&reply.body).unwrap();
    assert_eq!(answer.accepted, vec![format!("{:032x}", 1)]);
    let request = CompactSyncRequest::of(&[event(2, "phone", &v, "first", EventKind::LessonCompleted)]);
    let answer = compact(&app, &token, &request).await;
    assert!(answer.rejected.is_empty());
    assert!(answer.progress[0].lessons.as_ref().unwrap()["first"].completed);
    assert_eq!(stored_count(&app).await, 2);
}

async fn a_gzip_bomb_is_refused_and_nothing_is_stored(backend: Backend) {
    let app = TestApp::new(backend).await;
    let token = learner(&app, "aida").await;
    let v = version(&app).await;
    // A valid batch followed by 64 MiB of spaces: about 64 KB compressed, far past the bound
    // once inflated.
    let mut json = serde_json::to_vec(&CompactSyncRequest::of(&[event(
        1,
        "phone",
        &v,
        "first",
        EventKind::LessonOpened,
    )]))
    .unwrap();
    json.pop();
    json.extend(std::iter::repeat_n(b' ', 64 << 20));
    json.push(b'}');
    let bomb = gzip(&json);
    assert!(bomb.len() < 200_000, "the bomb is {} bytes compressed", bomb.len());
    for path in ["/api/v1/progress/compact", "/api/v1/progress/sync"] {
        let reply = post_encoded(&app, path, &token, "gzip", bomb.clone()).await;
        assert_eq!(reply.status, StatusCode::PAYLOAD_TOO_LARGE, "{path}");
        assert_eq!(reply.error().code, ErrorCode::BodyTooLarge);
        assert!(reply.error().message.contains("decompresses to more than"), "{}", reply.error().message);
    }
    assert_eq!(stored_count(&app).await, 0);
}

async fn a_corrupt_or_unknown_encoding_is_refused_and_nothing_is_stored(backend: Backend) {
    let app = TestApp::new(backend).await;
    let token = learner(&app, "aida").await;
    let v = version(&app).await;
    let json = serde_json::to_vec(&CompactSyncRequest::of(&[event(
        1,
        "phone",
        &v,
        "first",
        EventKind::LessonOpened,
    )]))
    .unwrap();
    let mut corrupt = gzip(&json);
    let middle = corrupt.len() / 2;
    corrupt[middle] ^= 0xff;
    let cut = gzip(&json)[..20].to_vec();
    for body in [corrupt, cut, json.clone()] {
        let reply = post_encoded(&app, "/api/v1/progress/compact", &token, "gzip", body).await;
        assert_eq!(reply.status, StatusCode::BAD_REQUEST);
        assert_eq!(reply.error().code, ErrorCode::BadRequest);
        assert!(reply.error().message.contains("not valid gzip"), "{}", reply.error().message);
    }
    let reply = post_encoded(&app, "/api/v1/progress/compact", &token, "br", json.clone()).await;
    assert_eq!(reply.status, StatusCode::UNSUPPORTED_MEDIA_TYPE);
    assert_eq!(reply.error().code, ErrorCode::UnsupportedEncoding);
    assert_eq!(stored_count(&app).await, 0);
    // Plain JSON, without Content-Encoding, is accepted.
    let reply = app
        .send_json(
            Method::POST,
            "/api/v1/progress/compact",
            Some(&token),
            &serde_json::from_slice(&json).unwrap(),
        )
        .await;
    assert_eq!(reply.status, StatusCode::OK);
    assert_eq!(stored_count(&app).await, 1);
}

/// A device still running the old client and one running the new: the same events, stored
/// the same, and the same merged state.
async fn the_old_shape_and_the_compact_one_store_the_same_and_answer_the_same_state(backend: Backend) {
    let app = TestApp::new(backend).await;
    let (old, new) = (learner(&app, "aida").await, learner(&app, "bota").await);
    let v = version(&app).await;
    let events = vec![
        event(1, "phone", &v, "first", EventKind::LessonOpened),
        event(2, "phone", &v, "first", EventKind::LessonCompleted),
        attempt(3, &v, false),
        attempt(4, &v, true),
        event(5, "phone", &v, "second", EventKind::LessonOpened),
    ];
    let old_answer = push(&app, &old, &events).await;
    let new_answer = compact(&app, &new, &CompactSyncRequest::of(&events)).await;
    assert!(new_answer.rejected.is_empty());
    let merged = dala_wire::apply(&[], &new_answer.progress).unwrap();
    assert_eq!(merged.len(), 1);
    // Receipts are per learner: both got number 1 for their one batch.
    assert_eq!(merged, old_answer.progress);
    assert_eq!(new_answer.completed_courses, old_answer.completed_courses);
    let rows: Vec<(String, String, String, String)> = sqlx::query_as(
        "SELECT u.login, e.id, e.device_id, e.course_version FROM progress_events e JOIN users u ON u.id = e.user_id \
         ORDER BY e.id, u.login",
    )
    .fetch_all(app.store.pool_for_tests())
    .await
    .unwrap();
    assert_eq!(rows.len(), 10);
    for pair in rows.chunks(2) {
        assert_eq!((&pair[0].1, &pair[0].2, &pair[0].3), (&pair[1].1, &pair[1].2, &pair[1].3));
    }
}

async fn the_compact_answer_carries_only_what_changed_since_the_held_state(backend: Backend) {
    let app = TestApp::new(backend).await;
    let token = learner(&app, "aida").await;
    let v = version(&app).await;
    let first: Vec<ProgressEvent> = vec![
        event(1, "phone", &v, "first", EventKind::LessonCompleted),
        attempt(2, &v, false),
        attempt(3, &v, false),
    ];
    let answer = compact(&app, &token, &CompactSyncRequest::of(&first)).await;
    let held = dala_wire::apply(&[], &answer.progress).unwrap();
    assert_eq!(held[0].quizzes["check"].attempts.len(), 2);

    // Nothing new: no lessons and no attempts travel.
    let request = CompactSyncRequest { held: dala_wire::held(&held), ..CompactSyncRequest::default() };
    let answer = compact(&app, &token, &request).await;
    assert_eq!(answer.progress[0].lessons, None);
    assert_eq!(answer.progress[0].quizzes["check"].kept, 2);
    assert!(answer.progress[0].quizzes["check"].attempts.is_empty());
    assert_eq!(dala_wire::apply(&held, &answer.progress).unwrap(), held);

    // One new attempt: only it travels, and the state is the old route's, attempt for attempt.
    let mut request = CompactSyncRequest::of(&[attempt(4, &v, true)]);
    request.held = dala_wire::held(&held);
    let answer = compact(&app, &token, &request).await;
    let delta = &answer.progress[0].quizzes["check"];
    assert_eq!((delta.kept, delta.attempts.len()), (2, 1));
    assert_eq!(answer.progress[0].lessons, None);
    let merged = dala_wire::apply(&held, &answer.progress).unwrap();
    let full = push(&app, &token, &[]).await;
    assert_eq!(merged, full.progress);
    assert!(merged[0].quizzes["check"].passed);
}

/// A device whose held state is stale (another device synced since), from another server, or
/// from before the server was restored from a backup: the answer still gives exactly the
/// server's state, never a partial one.
async fn a_stale_or_foreign_held_state_still_ends_at_the_server_s_state(backend: Backend) {
    let app = TestApp::new(backend).await;
    let (phone, laptop) = (learner(&app, "aida").await, app.sign_in("aida").await);
    let v = version(&app).await;
    let answer = compact(&app, &phone, &CompactSyncRequest::of(&[attempt(1, &v, false)])).await;
    let phone_held = dala_wire::apply(&[], &answer.progress).unwrap();
    // The laptop syncs twice meanwhile.
    compact(
        &app,
        &laptop,
        &CompactSyncRequest::of(&[event(2, "laptop", &v, "second", EventKind::LessonOpened)]),
    )
    .await;
    compact(&app, &laptop, &CompactSyncRequest::of(&[attempt(3, &v, true)])).await;
    let request = CompactSyncRequest { held: dala_wire::held(&phone_held), ..CompactSyncRequest::default() };
    let answer = compact(&app, &phone, &request).await;
    let full = push(&app, &phone, &[]).await.progress;
    assert_eq!(dala_wire::apply(&phone_held, &answer.progress).unwrap(), full);
    assert_eq!(answer.progress[0].quizzes["check"].kept, 1, "the phone's attempt is not sent again");

    // A state this server never had: an attempt it does not hold and a course it does not know.
    let mut foreign = full.clone();
    let mut extra = foreign[0].quizzes["check"].attempts[0].clone();
    extra.id = "f".repeat(32);
    extra.received = 0;
    foreign[0].quizzes.get_mut("check").unwrap().attempts.insert(0, extra);
    foreign[0].lessons.insert("ghost".into(), dala_wire::LessonState { opened: true, completed: true });
    foreign.push(dala_wire::CourseProgress { course: "elsewhere".into(), ..Default::default() });
    let request = CompactSyncRequest { held: dala_wire::held(&foreign), ..CompactSyncRequest::default() };
    let answer = compact(&app, &phone, &request).await;
    assert_eq!(answer.progress[0].quizzes["check"].kept, 0, "a held list that differs is sent whole");
    assert!(answer.progress[0].lessons.is_some());
    assert_eq!(dala_wire::apply(&foreign, &answer.progress).unwrap(), full);

    // The phone's held state, but after the server lost the laptop's last sync (a restored
    // backup): fewer attempts than held.
    sqlx::query("DELETE FROM progress_events WHERE id = $1")
        .bind(format!("{:032x}", 3))
        .execute(app.store.pool_for_tests())
        .await
        .unwrap();
    let restored = push(&app, &phone, &[]).await.progress;
    let request = CompactSyncRequest { held: dala_wire::held(&full), ..CompactSyncRequest::default() };
    let answer = compact(&app, &phone, &request).await;
    assert_eq!(dala_wire::apply(&full, &answer.progress).unwrap(), restored);
    assert_eq!(restored[0].quizzes["check"].attempts.len(), 1);
}
