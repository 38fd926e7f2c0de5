//! Mentoring (issue 18): questions travel as events of the sync, both shapes; trainers of the
//! learner's organization read them in the inbox and answer through their own sync; the answer
//! comes home with the learner's next sync, only what is new; hiding, deletion, cohort threads,
//! limits, the organization a question goes to, who sees what, and the dashboard's counts.

use axum::http::{Method, StatusCode};
use dala_server::enrollment;
use dala_wire::limits::{MESSAGE_CHARS, QUESTIONS_PER_DAY};
use dala_wire::{
    CompactSyncRequest, CompactSyncResponse, EventKind, InboxPage, MessageAuthor, MessageKind, ProgressEvent,
    Role, Summary, SyncResponse, ThreadMessage, ThreadState,
};
use serde_json::{Value, json};

use crate::support::{Backend, TestApp};

on_both_databases!(
    a_question_reaches_the_trainers_and_the_answer_comes_home_with_the_next_sync,
    a_follow_up_reopens_the_question_and_the_thread_goes_on,
    the_same_question_sent_twice_is_stored_once_through_both_sync_shapes,
    nobody_outside_the_organization_sees_or_answers_a_question,
    a_learner_deletes_her_own_question_only_while_it_is_unanswered,
    a_cohort_thread_reaches_the_cohort_and_hiding_takes_it_from_their_view,
    questions_are_bounded_in_length_and_per_day_with_reasons_in_the_learner_s_language,
    a_question_goes_to_the_enrollment_s_organization_else_the_only_one,
    the_dashboard_counts_questions_without_names,
    a_sync_with_no_new_answers_costs_no_more_bytes_than_before,
);

/// Two organizations: `aral` (learner, classmate, trainer, admin) and `steppe` (other-trainer,
/// other-learner), everyone but the staff enrolled in the test course through their own; and the
/// superadmin.
struct World {
    app: TestApp,
    aral: String,
    steppe: String,
    version: String,
}

async fn world(backend: Backend) -> World {
    let app = TestApp::new(backend).await;
    let (aral, steppe) = app.two_organizations().await;
    for (login, organization, role) in [
        ("learner", &aral, Role::Learner),
        ("classmate", &aral, Role::Learner),
        ("trainer", &aral, Role::Trainer),
        ("admin", &aral, Role::Administrator),
        ("other-trainer", &steppe, Role::Trainer),
        ("other-learner", &steppe, Role::Learner),
    ] {
        let id = app.account(login, false, Some((organization, role))).await;
        if role == Role::Learner {
            enrollment::enroll(app.store.pool_for_tests(), &id, "http-course", Some(organization), 0)
                .await
                .unwrap();
        }
    }
    app.account("superadmin", true, None).await;
    let version = app.store.manifest("http-course").await.unwrap().unwrap().0;
    World { app, aral, steppe, version }
}

fn event(n: u64, device: &str, version: &str, item: &str, kind: EventKind) -> ProgressEvent {
    ProgressEvent {
        id: id(n),
        device_id: device.into(),
        course: "http-course".into(),
        course_version: version.into(),
        item: item.into(),
        kind,
        client_time: 1_700_000_000_000 + n as i64,
        counter: n,
    }
}

fn id(n: u64) -> String {
    format!("{n:032x}")
}

fn ask(w: &World, n: u64, thread: u64, text: &str) -> ProgressEvent {
    event(n, "phone", &w.version, "first", EventKind::Ask { thread: id(thread), text: text.into() })
}

fn answer(w: &World, n: u64, thread: u64, text: &str) -> ProgressEvent {
    event(n, "laptop", &w.version, "first", EventKind::Answer { thread: id(thread), text: text.into() })
}

/// A sync in the first shape, holding messages up to `after`.
async fn sync(app: &TestApp, token: &str, events: &[ProgressEvent], after: u64) -> SyncResponse {
    let body = json!({ "events": events, "messages_after": after });
    let reply = app.send_json(Method::POST, "/api/v1/progress/sync", Some(token), &body).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", String::from_utf8_lossy(&reply.body));
    serde_json::from_slice(&reply.body).unwrap()
}

/// A compact sync holding messages up to `after`.
async fn compact(app: &TestApp, token: &str, events: &[ProgressEvent], after: u64) -> CompactSyncResponse {
    let request = CompactSyncRequest { messages_after: after, ..CompactSyncRequest::of(events) };
    let reply = app
        .send_json(
            Method::POST,
            "/api/v1/progress/compact",
            Some(token),
            &serde_json::to_value(&request).unwrap(),
        )
        .await;
    assert_eq!(reply.status, StatusCode::OK, "{}", String::from_utf8_lossy(&reply.body));
    serde_json::from_slice(&reply.body).unwrap()
}

async fn inbox(app: &TestApp, token: &str, organization: &str) -> InboxPage {
    let reply = app.get_as(&format!("/api/v1/organizations/{organization}/questions"), token).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", String::from_utf8_lossy(&reply.body));
    serde_json::from_slice(&reply.body).unwrap()
}

fn highest(messages: &[ThreadMessage]) -> u64 {
    messages.iter().map(|m| m.number).max().unwrap_or(0)
}

async fn count(app: &TestApp, sql: &str) -> i64 {
    sqlx::query_scalar(sql).fetch_one(app.store.pool_for_tests()).await.unwrap()
}

async fn a_question_reaches_the_trainers_and_the_answer_comes_home_with_the_next_sync(backend: Backend) {
    let w = world(backend).await;
    let learner = w.app.sign_in("learner").await;
    let trainer = w.app.sign_in("trainer").await;
    // Written offline, sent with the next sync beside a lesson: both accepted.
    let lesson = event(1, "phone", &w.version, "first", EventKind::LessonOpened);
    let question = ask(&w, 2, 2, "How do I register *my* association?");
    let answer_first = sync(&w.app, &learner, &[lesson, question.clone()], 0).await;
    assert!(answer_first.rejected.is_empty(), "{:?}", answer_first.rejected);
    assert_eq!(answer_first.accepted, [id(1), id(2)]);
    // The question is not progress: only the lesson counts.
    assert_eq!(answer_first.progress[0].lessons.len(), 1);
    // Her own question comes back as hers, with its course and lesson.
    let mine = &answer_first.messages;
    assert_eq!(mine.len(), 1);
    assert_eq!(
        (mine[0].kind, &mine[0].author, mine[0].course.as_str(), mine[0].item.as_str()),
        (MessageKind::Question, &MessageAuthor::Me, "http-course", "first")
    );
    let cursor = highest(mine);

    // The trainer's inbox: the question, its course, the lesson at hand, the learner's name.
    let page = inbox(&w.app, &trainer, &w.aral).await;
    assert_eq!(page.questions.len(), 1);
    let thread = &page.questions[0];
    assert_eq!(
        (thread.thread.as_str(), thread.state, thread.learner.as_str()),
        (id(2).as_str(), ThreadState::Open, "learner")
    );
    assert_eq!(thread.course_title, "HTTP course");
    let lesson = thread.lesson.as_ref().expect("the lesson at hand");
    assert_eq!(lesson.title, "First");
    let html = w.app.get(&format!("/api/v1/blobs/{}", lesson.blob.sha256), &[]).await;
    assert_eq!(html.status, StatusCode::OK);
    assert_eq!(thread.messages[0].text, "How do I register *my* association?");

    // The trainer answers from the laptop's own sync (compact), stored under the trainer.
    let replied = compact(&w.app, &trainer, &[answer(&w, 3, 2, "At the Ministry of Justice.")], 0).await;
    assert!(replied.rejected.is_empty(), "{:?}", replied.rejected);
    let page = inbox(&w.app, &trainer, &w.aral).await;
    assert_eq!(page.questions[0].state, ThreadState::Answered);
    assert_eq!(page.questions[0].messages[1].author, "trainer");
    assert!(page.questions[0].messages[1].staff);

    // The learner's next sync carries only the answer.
    let home = sync(&w.app, &learner, &[], cursor).await;
    assert_eq!(home.messages.len(), 1, "{:?}", home.messages);
    let reply = &home.messages[0];
    assert_eq!(
        (reply.kind, &reply.author, reply.text.as_str(), reply.thread.as_str()),
        (
            MessageKind::Answer,
            &MessageAuthor::Staff("trainer".into()),
            "At the Ministry of Justice.",
            id(2).as_str()
        )
    );
    assert!(reply.course.is_empty(), "only a thread's first message names its course");
    // And nothing when there is nothing new, in either shape.
    let cursor = highest(&home.messages);
    assert!(sync(&w.app, &learner, &[], cursor).await.messages.is_empty());
    assert!(compact(&w.app, &learner, &[], cursor).await.messages.is_empty());
    // A device with nothing (a new phone) gets the whole thread.
    assert_eq!(compact(&w.app, &learner, &[], 0).await.messages.len(), 2);
}

async fn a_follow_up_reopens_the_question_and_the_thread_goes_on(backend: Backend) {
    let w = world(backend).await;
    let learner = w.app.sign_in("learner").await;
    let trainer = w.app.sign_in("trainer").await;
    sync(&w.app, &learner, &[ask(&w, 1, 1, "First question")], 0).await;
    sync(&w.app, &learner, &[ask(&w, 2, 2, "Second question")], 0).await;
    sync(&w.app, &trainer, &[answer(&w, 3, 1, "Answer one")], 0).await;
    // Unanswered first: the second question, then the answered first.
    let page = inbox(&w.app, &trainer, &w.aral).await;
    let order: Vec<(&str, ThreadState)> =
        page.questions.iter().map(|q| (q.thread.as_str(), q.state)).collect();
    assert_eq!(order, [(id(2).as_str(), ThreadState::Open), (id(1).as_str(), ThreadState::Answered)]);
    // A follow-up in the answered thread waits for a trainer again, newest first.
    w.app.state.clock.advance(60);
    let follow_up = sync(&w.app, &learner, &[ask(&w, 4, 1, "And the fee?")], 0).await;
    assert!(follow_up.rejected.is_empty(), "{:?}", follow_up.rejected);
    let page = inbox(&w.app, &trainer, &w.aral).await;
    assert_eq!(page.questions[0].thread, id(1));
    assert_eq!(page.questions[0].state, ThreadState::Open);
    let texts: Vec<&str> = page.questions[0].messages.iter().map(|m| m.text.as_str()).collect();
    assert_eq!(texts, ["First question", "Answer one", "And the fee?"]);
    // A trainer may also mark a question answered without writing.
    let marked = sync(
        &w.app,
        &trainer,
        &[event(5, "laptop", &w.version, "", EventKind::MarkAnswered { thread: id(2) })],
        0,
    )
    .await;
    assert!(marked.rejected.is_empty(), "{:?}", marked.rejected);
    let page = inbox(&w.app, &trainer, &w.aral).await;
    assert_eq!(page.questions.iter().find(|q| q.thread == id(2)).unwrap().state, ThreadState::Answered);
    // Her device sees the whole thread in order; the follow-up names no course again.
    let all = sync(&w.app, &learner, &[], 0).await.messages;
    let kinds: Vec<MessageKind> = all.iter().filter(|m| m.thread == id(1)).map(|m| m.kind).collect();
    assert_eq!(kinds, [MessageKind::Question, MessageKind::Answer, MessageKind::Question]);
    assert!(all.windows(2).all(|pair| pair[0].number < pair[1].number));
}

async fn the_same_question_sent_twice_is_stored_once_through_both_sync_shapes(backend: Backend) {
    let w = world(backend).await;
    let learner = w.app.sign_in("learner").await;
    let question = ask(&w, 1, 1, "Sent while the connection came and went");
    let first = sync(&w.app, &learner, std::slice::from_ref(&question), 0).await;
    // The answer was lost: the device sends it again, in both shapes.
    let again = sync(&w.app, &learner, std::slice::from_ref(&question), 0).await;
    let compacted = compact(&w.app, &learner, std::slice::from_ref(&question), 0).await;
    assert_eq!((first.accepted.clone(), again.accepted.clone()), (vec![id(1)], vec![id(1)]));
    assert!(again.rejected.is_empty() && compacted.rejected.is_empty());
    assert_eq!(count(&w.app, "SELECT COUNT(*) FROM mentoring_threads").await, 1);
    assert_eq!(count(&w.app, "SELECT COUNT(*) FROM mentoring_messages").await, 1);
    // First through the compact shape, then the full one: the same.
    let follow_up = ask(&w, 2, 1, "A follow-up");
    compact(&w.app, &learner, std::slice::from_ref(&follow_up), 0).await;
    sync(&w.app, &learner, std::slice::from_ref(&follow_up), 0).await;
    assert_eq!(count(&w.app, "SELECT COUNT(*) FROM mentoring_messages").await, 2);
    // Nor is a question stored as progress.
    assert_eq!(count(&w.app, "SELECT COUNT(*) FROM progress_events").await, 0);
    // Another account sending an event id already taken is refused, and nothing changes.
    let classmate = w.app.sign_in("classmate").await;
    let taken = sync(&w.app, &classmate, &[ask(&w, 1, 1, "Mine?")], 0).await;
    assert_eq!(taken.rejected.len(), 1);
    assert_eq!(count(&w.app, "SELECT COUNT(*) FROM mentoring_messages").await, 2);
}

async fn nobody_outside_the_organization_sees_or_answers_a_question(backend: Backend) {
    let w = world(backend).await;
    let learner = w.app.sign_in("learner").await;
    sync(&w.app, &learner, &[ask(&w, 1, 1, "A private matter")], 0).await;
    let path = format!("/api/v1/organizations/{}/questions", w.aral);
    // Anonymous: 401; a trainer of another organization, the superadmin, a learner: 403.
    assert_eq!(w.app.get(&path, &[]).await.status, StatusCode::UNAUTHORIZED);
    for login in ["other-trainer", "superadmin", "learner", "classmate"] {
        let token = w.app.sign_in(login).await;
        let reply = w.app.get_as(&path, &token).await;
        assert_eq!(reply.status, StatusCode::FORBIDDEN, "{login}");
        assert!(!String::from_utf8_lossy(&reply.body).contains("private"), "{login}");
    }
    // An unknown organization answers like a foreign one.
    let trainer = w.app.sign_in("trainer").await;
    assert_eq!(
        w.app.get_as("/api/v1/organizations/nope/questions", &trainer).await.status,
        StatusCode::FORBIDDEN
    );
    // The other organization's own inbox is empty of it.
    let other_trainer = w.app.sign_in("other-trainer").await;
    assert!(inbox(&w.app, &other_trainer, &w.steppe).await.questions.is_empty());
    // Nobody but her trainers answers, hides or marks it; nobody but her writes in it.
    let before = count(&w.app, "SELECT COUNT(*) FROM mentoring_messages").await;
    let superadmin = w.app.sign_in("superadmin").await;
    for (token, kind) in [
        (&other_trainer, EventKind::Answer { thread: id(1), text: "I know!".into() }),
        (&other_trainer, EventKind::Hide { thread: id(1) }),
        (&superadmin, EventKind::Answer { thread: id(1), text: "As the superadmin".into() }),
        (&learner, EventKind::Answer { thread: id(1), text: "Answering myself".into() }),
    ] {
        let refused = sync(&w.app, token, &[event(7, "x", &w.version, "", kind)], 0).await;
        assert_eq!(refused.rejected.len(), 1);
        assert!(refused.rejected[0].reason.contains("trainers and administrators"), "{:?}", refused.rejected);
    }
    for login in ["classmate", "other-learner"] {
        let token = w.app.sign_in(login).await;
        let refused = sync(&w.app, &token, &[ask(&w, 8, 1, "Me too")], 0).await;
        assert_eq!(refused.rejected.len(), 1, "{login}");
        // Nor does her thread reach their devices.
        assert!(sync(&w.app, &token, &[], 0).await.messages.is_empty(), "{login}");
    }
    assert_eq!(count(&w.app, "SELECT COUNT(*) FROM mentoring_messages").await, before);
    // Her trainers' administrator sees it too.
    let admin = w.app.sign_in("admin").await;
    assert_eq!(inbox(&w.app, &admin, &w.aral).await.questions.len(), 1);
}

async fn a_learner_deletes_her_own_question_only_while_it_is_unanswered(backend: Backend) {
    let w = world(backend).await;
    let learner = w.app.sign_in("learner").await;
    let trainer = w.app.sign_in("trainer").await;
    let classmate = w.app.sign_in("classmate").await;
    sync(&w.app, &learner, &[ask(&w, 1, 1, "Asked by mistake"), ask(&w, 2, 2, "A real question")], 0).await;
    let delete =
        |n: u64, thread: u64| event(n, "phone", &w.version, "", EventKind::Delete { thread: id(thread) });
    // Not a classmate's, nor a trainer's to delete.
    for token in [&classmate, &trainer] {
        assert_eq!(sync(&w.app, token, &[delete(3, 1)], 0).await.rejected.len(), 1);
    }
    let deleted = sync(&w.app, &learner, &[delete(4, 1)], 0).await;
    assert!(deleted.rejected.is_empty(), "{:?}", deleted.rejected);
    // Gone from the inbox and its words from the server; her other devices learn of it.
    let page = inbox(&w.app, &trainer, &w.aral).await;
    assert_eq!(page.questions.iter().map(|q| q.thread.as_str()).collect::<Vec<_>>(), [id(2).as_str()]);
    assert_eq!(count(&w.app, "SELECT COUNT(*) FROM mentoring_messages WHERE body LIKE '%mistake%'").await, 0);
    let other_device = sync(&w.app, &learner, &[], 0).await.messages;
    assert!(other_device.iter().any(|m| m.thread == id(1) && m.kind == MessageKind::Deleted));
    // The deleted question sent again is known, and not brought back; no more can be written in it.
    sync(&w.app, &learner, &[ask(&w, 1, 1, "Asked by mistake")], 0).await;
    assert_eq!(inbox(&w.app, &trainer, &w.aral).await.questions.len(), 1);
    assert_eq!(sync(&w.app, &learner, &[ask(&w, 5, 1, "More")], 0).await.rejected.len(), 1);
    // Once answered, her question stays.
    sync(&w.app, &trainer, &[answer(&w, 6, 2, "Here is how")], 0).await;
    let refused = sync(&w.app, &learner, &[delete(7, 2)], 0).await;
    assert_eq!(refused.rejected.len(), 1);
    assert!(refused.rejected[0].reason.contains("cannot be deleted"), "{:?}", refused.rejected);
}

async fn a_cohort_thread_reaches_the_cohort_and_hiding_takes_it_from_their_view(backend: Backend) {
    let w = world(backend).await;
    let trainer = w.app.sign_in("trainer").await;
    let learner = w.app.sign_in("learner").await;
    let classmate = w.app.sign_in("classmate").await;
    let other_learner = w.app.sign_in("other-learner").await;
    let open = event(
        1,
        "laptop",
        &w.version,
        "",
        EventKind::OpenCohortThread { organization: w.aral.clone(), text: "Introduce yourselves".into() },
    );
    // Only a trainer of that organization opens one.
    let refused = sync(&w.app, &learner, std::slice::from_ref(&open), 0).await;
    assert_eq!(refused.rejected.len(), 1);
    assert!(sync(&w.app, &trainer, &[open], 0).await.rejected.is_empty());
    // The cohort sees it; another organization's learner does not.
    let seen = sync(&w.app, &learner, &[], 0).await.messages;
    assert_eq!((seen.len(), seen[0].kind), (1, MessageKind::Cohort));
    assert_eq!(seen[0].author, MessageAuthor::Staff("trainer".into()));
    assert!(sync(&w.app, &other_learner, &[], 0).await.messages.is_empty());
    // A classmate replies; the learner sees the reply without a name.
    let reply =
        event(2, "phone2", &w.version, "", EventKind::Ask { thread: id(1), text: "I am Dilnoza".into() });
    assert!(sync(&w.app, &classmate, &[reply], 0).await.rejected.is_empty());
    let cursor = highest(&seen);
    let new = sync(&w.app, &learner, &[], cursor).await.messages;
    assert_eq!(new.len(), 1);
    assert_eq!((new[0].author.clone(), new[0].text.as_str()), (MessageAuthor::Learner, "I am Dilnoza"));
    let other_reply = event(3, "p", &w.version, "", EventKind::Ask { thread: id(1), text: "Hello".into() });
    assert_eq!(sync(&w.app, &other_learner, &[other_reply], 0).await.rejected.len(), 1);
    // Hidden: the learners' next sync carries only the hiding, and then nothing of it.
    let cursor = highest(&new);
    let hide = event(4, "laptop", &w.version, "", EventKind::Hide { thread: id(1) });
    assert!(sync(&w.app, &trainer, &[hide], 0).await.rejected.is_empty());
    let after_hide = sync(&w.app, &learner, &[], cursor).await.messages;
    assert_eq!(after_hide.iter().map(|m| m.kind).collect::<Vec<_>>(), [MessageKind::Hidden]);
    let fresh_device = sync(&w.app, &classmate, &[], 0).await.messages;
    assert!(fresh_device.iter().all(|m| m.kind == MessageKind::Hidden), "{fresh_device:?}");
    let late_reply =
        event(5, "phone2", &w.version, "", EventKind::Ask { thread: id(1), text: "Still here?".into() });
    assert_eq!(sync(&w.app, &classmate, &[late_reply], 0).await.rejected.len(), 1);
    // The trainers keep it, marked hidden.
    let page = inbox(&w.app, &trainer, &w.aral).await;
    assert!(page.questions[0].hidden && page.questions[0].cohort);
    assert_eq!(page.questions[0].messages.len(), 3);
}

async fn questions_are_bounded_in_length_and_per_day_with_reasons_in_the_learner_s_language(
    backend: Backend,
) {
    let w = world(backend).await;
    let learner = w.app.sign_in("learner").await;
    let long = "я".repeat(MESSAGE_CHARS + 1);
    let refused = sync(&w.app, &learner, &[ask(&w, 1, 1, &long), ask(&w, 2, 2, "  ")], 0).await;
    assert_eq!(refused.rejected.len(), 2);
    assert_eq!(
        refused.rejected[0].reason,
        format!("a question or answer is at most {MESSAGE_CHARS} characters")
    );
    // In Russian for a device that asks for it.
    let body = json!({ "events": [ask(&w, 1, 1, &long)] });
    let bearer = format!("Bearer {learner}");
    let headers =
        [("content-type", "application/json"), ("authorization", bearer.as_str()), ("accept-language", "ru")];
    let reply = w
        .app
        .send(Method::POST, "/api/v1/progress/sync", &headers, axum::body::Body::from(body.to_string()))
        .await;
    let answer: SyncResponse = serde_json::from_slice(&reply.body).unwrap();
    assert_eq!(answer.rejected[0].reason, "вопрос или ответ — не больше 4000 символов");
    // Exactly the limit fits.
    let fits = sync(&w.app, &learner, &[ask(&w, 3, 3, &"я".repeat(MESSAGE_CHARS))], 0).await;
    assert!(fits.rejected.is_empty());
    // The day's count: follow-ups count too; the next one the day after.
    let more: Vec<ProgressEvent> =
        (4..3 + QUESTIONS_PER_DAY as u64).map(|n| ask(&w, n, 3, "Again")).collect();
    assert!(sync(&w.app, &learner, &more, 0).await.rejected.is_empty());
    let one_too_many = ask(&w, 100, 100, "One too many");
    let refused = sync(&w.app, &learner, std::slice::from_ref(&one_too_many), 0).await;
    assert_eq!(refused.rejected.len(), 1);
    assert!(refused.rejected[0].reason.contains("at most 20 questions a day"), "{:?}", refused.rejected);
    w.app.state.clock.advance(24 * 60 * 60 + 1);
    assert!(sync(&w.app, &learner, &[one_too_many], 0).await.rejected.is_empty());
}

async fn a_question_goes_to_the_enrollment_s_organization_else_the_only_one(backend: Backend) {
    let w = world(backend).await;
    let app = &w.app;
    // Enrolled with no organization (an open course, say) and a learner of one: that one.
    let member = app.account("member", false, Some((&w.steppe, Role::Learner))).await;
    enrollment::enroll(app.store.pool_for_tests(), &member, "http-course", None, 0).await.unwrap();
    // A learner of both, enrolled through Aral: Aral.
    let both = app.account("both", false, Some((&w.steppe, Role::Learner))).await;
    dala_server::accounts::add_membership(&app.store, &both, &w.aral, Role::Learner).await.unwrap();
    enrollment::enroll(app.store.pool_for_tests(), &both, "http-course", Some(&w.aral), 0).await.unwrap();
    // Enrolled with no organization and a member of none: nobody to ask.
    let alone = app.account("alone", false, None).await;
    enrollment::enroll(app.store.pool_for_tests(), &alone, "http-course", None, 0).await.unwrap();
    // Not enrolled at all in the closed course: refused as progress would be.
    app.account("stranger", false, Some((&w.aral, Role::Learner))).await;

    for (login, n) in [("member", 1), ("both", 2)] {
        let token = app.sign_in(login).await;
        assert!(sync(app, &token, &[ask(&w, n, n, "Where does this go?")], 0).await.rejected.is_empty());
    }
    let organization = |thread: u64| {
        let pool = app.store.pool_for_tests().clone();
        async move {
            sqlx::query_scalar::<_, String>("SELECT organization_id FROM mentoring_threads WHERE id = $1")
                .bind(id(thread))
                .fetch_one(&pool)
                .await
                .unwrap()
        }
    };
    assert_eq!(organization(1).await, w.steppe);
    assert_eq!(organization(2).await, w.aral);
    let token = app.sign_in("alone").await;
    let refused = sync(app, &token, &[ask(&w, 3, 3, "Anyone?")], 0).await;
    assert!(refused.rejected[0].reason.contains("no organization to ask"), "{:?}", refused.rejected);
    let token = app.sign_in("stranger").await;
    let refused = sync(app, &token, &[ask(&w, 4, 4, "May I?")], 0).await;
    assert!(refused.rejected[0].reason.contains("for its learners"), "{:?}", refused.rejected);
    // A lesson the course does not have, or a version it never had.
    let token = app.sign_in("learner").await;
    let mut nowhere = ask(&w, 5, 5, "?");
    nowhere.item = "no-such-lesson".into();
    let mut unknown = ask(&w, 6, 6, "?");
    unknown.course_version = "0".repeat(64);
    assert_eq!(sync(app, &token, &[nowhere, unknown], 0).await.rejected.len(), 2);
    // The course page (no lesson) is a place to ask too.
    let mut course_page = ask(&w, 7, 7, "About the whole course");
    course_page.item = String::new();
    assert!(sync(app, &token, &[course_page], 0).await.rejected.is_empty());
}

async fn the_dashboard_counts_questions_without_names(backend: Backend) {
    let w = world(backend).await;
    let learner = w.app.sign_in("learner").await;
    let classmate = w.app.sign_in("classmate").await;
    let trainer = w.app.sign_in("trainer").await;
    sync(&w.app, &learner, &[ask(&w, 1, 1, "Question one, by Learner")], 0).await;
    sync(&w.app, &classmate, &[ask(&w, 2, 2, "Question two")], 0).await;
    sync(&w.app, &classmate, &[ask(&w, 3, 3, "Deleted")], 0).await;
    sync(&w.app, &classmate, &[event(4, "p", &w.version, "", EventKind::Delete { thread: id(3) })], 0).await;
    // Answered after 2 hours; the other waits.
    w.app.state.clock.advance(2 * 60 * 60);
    sync(&w.app, &trainer, &[answer(&w, 5, 1, "Answer")], 0).await;
    let admin = w.app.sign_in("admin").await;
    let reply = w.app.get_as(&format!("/api/v1/reports/summary?organization={}", w.aral), &admin).await;
    assert_eq!(reply.status, StatusCode::OK);
    let body = String::from_utf8_lossy(&reply.body).to_string();
    assert!(!body.contains("Learner") && !body.contains("classmate"), "no names in the report: {body}");
    let summary: Summary = serde_json::from_str(&body).unwrap();
    assert_eq!(summary.questions.len(), 1);
    let counts = &summary.questions[0];
    assert_eq!((counts.organization.as_str(), counts.course.as_str()), (w.aral.as_str(), "http-course"));
    assert_eq!((counts.asked, counts.answered, counts.median_minutes_to_answer), (2, 1, Some(120)));
    // Another organization's administrator reads none of them.
    w.app.account("other-admin", false, Some((&w.steppe, Role::Administrator))).await;
    let token = w.app.sign_in("other-admin").await;
    let theirs: Summary =
        serde_json::from_slice(&w.app.get_as("/api/v1/reports/summary", &token).await.body).unwrap();
    assert!(theirs.questions.is_empty());
}

async fn a_sync_with_no_new_answers_costs_no_more_bytes_than_before(backend: Backend) {
    let w = world(backend).await;
    let learner = w.app.sign_in("learner").await;
    let lesson = event(1, "phone", &w.version, "first", EventKind::LessonCompleted);
    // As a client from before questions sends it (no `ma`), and as one that holds messages.
    let old = serde_json::to_value(CompactSyncRequest::of(std::slice::from_ref(&lesson))).unwrap();
    let mut new = old.clone();
    new["ma"] = json!(41);
    let post = |body: Value| {
        let app = &w.app;
        let token = learner.clone();
        async move { app.send_json(Method::POST, "/api/v1/progress/compact", Some(&token), &body).await.body }
    };
    let before = post(old).await;
    let after = post(new).await;
    assert_eq!(after, before, "the same bytes with and without the messages cursor");
    let answer: Value = serde_json::from_slice(&after).unwrap();
    assert!(answer.get("m").is_none(), "{answer}");
    // And the first shape: the answer has no `messages` field at all.
    let full = w
        .app
        .send_json(
            Method::POST,
            "/api/v1/progress/sync",
            Some(&learner),
            &json!({ "events": [], "messages_after": 7 }),
        )
        .await;
    let full: Value = serde_json::from_slice(&full.body).unwrap();
    assert!(full.get("messages").is_none(), "{full}");
    // What the same answer weighed before the feature: the serialised answer without it.
    let decoded: CompactSyncResponse = serde_json::from_slice(&after).unwrap();
    assert_eq!(serde_json::to_vec(&decoded).unwrap().len(), after.len());
}
