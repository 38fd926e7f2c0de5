//! Reports: counts equal what a person computes by hand on a small fixture (learners without
//! progress, a revoked certificate, a course published twice, a self-enrolled learner); an
//! administrator sees their own organization only; exports are CSV and land in the audit log.

use axum::http::{Method, StatusCode, header};
use dala_server::{accounts, enrollment};
use dala_wire::{
    Answer, AuditEntry, Counts, CourseReport, EventKind, LearnerRow, Role, Summary, SyncResponse,
};
use serde_json::json;

use crate::support::{Backend, PASSWORD, TestApp, course_event, write_course};

on_both_databases!(
    counts_match_a_hand_computed_fixture,
    the_learner_table_is_for_the_organizations_own_staff_and_audited,
    administrators_see_only_their_organizations,
    exports_are_csv_and_audited,
    the_migration_summarises_progress_stored_before_it_as_the_sync_does,
    the_demo_seed_fills_an_empty_installation_and_no_other,
);

const DAY: i64 = 24 * 60 * 60;

/// A learner enrolled now in the test course (through `organization`, or self-enrolled).
async fn learner(app: &TestApp, login: &str, organization: Option<&str>) -> String {
    let now = app.state.clock.now();
    let id = accounts::create_user(&app.store, now, login, login, PASSWORD, false).await.unwrap();
    if let Some(organization) = organization {
        accounts::add_membership(&app.store, &id, organization, Role::Learner).await.unwrap();
    }
    enrollment::enroll(app.store.pool_for_tests(), &id, "http-course", organization, now).await.unwrap();
    app.sign_in(login).await
}

/// The right answers to the test course's quiz.
const RIGHT: (bool, &str) = (true, "press release");

/// Sends events of the current course version: the lessons named completed, then the quiz
/// attempts in order (the answers to its true/false and its short-text question).
async fn study(
    app: &TestApp,
    token: &str,
    device: &str,
    lessons: &[&str],
    attempts: &[(bool, &str)],
) -> SyncResponse {
    let version = app.store.manifest("http-course").await.unwrap().unwrap().0;
    let mut events = Vec::new();
    let mut event = |item: &str, kind| {
        let n = events.len() as u64 + 1;
        events.push(course_event(device, &version, n, item, kind));
    };
    for lesson in lessons {
        event(lesson, EventKind::LessonCompleted);
    }
    for (yes, text) in attempts {
        event(
            "check",
            EventKind::QuizAttempt { answers: vec![Answer::Bool(*yes), Answer::Text((*text).into())] },
        );
    }
    let reply =
        app.send_json(Method::POST, "/api/v1/progress/sync", Some(token), &json!({ "events": events })).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", String::from_utf8_lossy(&reply.body));
    serde_json::from_slice(&reply.body).unwrap()
}

async fn summary(app: &TestApp, token: &str, query: &str) -> Summary {
    let reply = app.get_as(&format!("/api/v1/reports/summary{query}"), token).await;
    assert_eq!(reply.status, StatusCode::OK, "{query}: {}", String::from_utf8_lossy(&reply.body));
    serde_json::from_slice(&reply.body).unwrap()
}

fn counts(enrollments: u64, active_learners: u64, completions: u64, certificates: u64) -> Counts {
    Counts { enrollments, active_learners, completions, certificates }
}

/// Aral: Aigul completes version 1; Bolat completes the first lesson and fails the quiz once
/// (both questions wrong) before passing it; Chinara enrolls and does nothing. Steppe: Dana completes version 2, and her certificate is revoked. Erlan enrolls in
/// the open course by himself and studies a lesson.
struct Fixture {
    aral: String,
    steppe: String,
}

async fn fixture(app: &mut TestApp) -> Fixture {
    let (aral, steppe) = app.two_organizations().await;
    app.account("root", true, None).await;
    app.account("aral-admin", false, Some((&aral, Role::Administrator))).await;
    app.account("aral-trainer", false, Some((&aral, Role::Trainer))).await;
    app.account("steppe-admin", false, Some((&steppe, Role::Administrator))).await;
    let aigul = learner(app, "aigul", Some(&aral)).await;
    let done = study(app, &aigul, "a1", &["first", "second"], &[RIGHT]).await;
    assert_eq!(done.certificates.len(), 1, "Aigul completed version 1");
    let bolat = learner(app, "bolat", Some(&aral)).await;
    study(app, &bolat, "b1", &["first"], &[(false, "letter"), (true, "letter")]).await;
    learner(app, "chinara", Some(&aral)).await;

    // Version 2 of the course.
    write_course(&app.dir().join("courses/http-course"), "Second lesson, rewritten for this year.");
    app.restart().await;
    let dana = learner(app, "dana", Some(&steppe)).await;
    let done = study(app, &dana, "d1", &["first", "second"], &[RIGHT]).await;
    assert_eq!(done.certificates.len(), 1, "Dana completed version 2");
    let uuid = done.certificates[0].id.strip_prefix("urn:uuid:").unwrap().to_owned();
    let admin = app.sign_in("steppe-admin").await;
    let reply = app
        .send_json(
            Method::POST,
            &format!("/api/v1/certificates/{uuid}/revocation"),
            Some(&admin),
            &json!({ "reason": "Issued by mistake." }),
        )
        .await;
    assert_eq!(reply.status, StatusCode::OK, "{}", String::from_utf8_lossy(&reply.body));
    let erlan = learner(app, "erlan", None).await;
    study(app, &erlan, "e1", &["first"], &[]).await;
    Fixture { aral, steppe }
}

async fn counts_match_a_hand_computed_fixture(backend: Backend) {
    let mut app = TestApp::new(backend).await;
    let f = fixture(&mut app).await;
    let root = app.sign_in("root").await;

    let all = summary(&app, &root, "").await;
    // Five enrollments, four learners with progress, two completions, one certificate standing.
    assert_eq!(all.totals, counts(5, 4, 2, 1));
    let by_name: Vec<(&str, &Counts)> =
        all.organizations.iter().map(|o| (o.name.as_str(), &o.counts)).collect();
    assert_eq!(
        by_name,
        vec![("Aral Youth Centre", &counts(3, 2, 1, 1)), ("Steppe Women's Network", &counts(1, 1, 1, 0))]
    );
    assert_eq!(all.courses.len(), 1);
    assert_eq!((all.courses[0].slug.as_str(), &all.courses[0].counts), ("http-course", &counts(5, 4, 2, 1)));
    let this_month = all.months.last().unwrap();
    assert_eq!(this_month.counts, counts(5, 4, 2, 1), "everything happened this month");

    // One organization, by filter.
    let aral = summary(&app, &root, &format!("?organization={}", f.aral)).await;
    assert_eq!(aral.totals, counts(3, 2, 1, 1));
    assert_eq!(aral.organizations.len(), 1);
    // A period that starts tomorrow holds nothing; an unknown course neither.
    let tomorrow = dala_server::reports::date_of(app.state.clock.now() + DAY);
    assert_eq!(summary(&app, &root, &format!("?from={tomorrow}")).await.totals, counts(0, 0, 0, 0));
    assert_eq!(summary(&app, &root, "?course=no-such-course").await.totals, counts(0, 0, 0, 0));
    // Thirty-one days later nobody is active any more; the rest stays.
    app.state.clock.advance(31 * DAY);
    let later = summary(&app, &root, "").await;
    assert_eq!(later.totals, counts(5, 0, 2, 1));
    assert_eq!(later.months.len(), 2, "{:?}", later.months);
    assert_eq!(later.months[1].counts, counts(0, 0, 0, 0), "the new month is empty");
    let _ = f.steppe;

    // The course: who reached each lesson, and each question's wrong first attempts (Bolat's).
    let report: CourseReport =
        serde_json::from_slice(&app.get_as("/api/v1/reports/courses/http-course", &root).await.body).unwrap();
    assert_eq!(report.enrolled, 5);
    let funnel: Vec<(&str, u64, u64)> =
        report.funnel.iter().map(|s| (s.lesson_id.as_str(), s.reached, s.completed)).collect();
    assert_eq!(funnel, vec![("first", 4, 4), ("second", 2, 2)]);
    let questions: Vec<(u32, &str, u64, u64)> =
        report.questions.iter().map(|q| (q.number, q.prompt.as_str(), q.first_attempts, q.wrong)).collect();
    assert_eq!(questions, vec![(1, "Sky is blue?", 3, 1), (2, "Name it", 3, 1)]);
    let aral_admin = app.sign_in("aral-admin").await;
    let report: CourseReport =
        serde_json::from_slice(&app.get_as("/api/v1/reports/courses/http-course", &aral_admin).await.body)
            .unwrap();
    assert_eq!(report.enrolled, 3);
    assert_eq!(report.funnel.iter().map(|s| s.reached).collect::<Vec<_>>(), vec![2, 1]);
    assert_eq!(report.questions[0].first_attempts, 2);
    assert_eq!(report.questions[0].wrong, 1);
    let missing = app.get_as("/api/v1/reports/courses/no-such-course", &root).await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);

    // Malformed filters are refused with a reason.
    for bad in ["?from=2026-02-30", "?from=yesterday", "?from=2026-05-01&to=2026-04-01"] {
        let reply = app.get_as(&format!("/api/v1/reports/summary{bad}"), &root).await;
        assert_eq!(reply.status, StatusCode::BAD_REQUEST, "{bad}");
    }
}

async fn administrators_see_only_their_organizations(backend: Backend) {
    let mut app = TestApp::new(backend).await;
    let f = fixture(&mut app).await;
    let aral_admin = app.sign_in("aral-admin").await;
    let mine = summary(&app, &aral_admin, "").await;
    assert_eq!(mine.totals, counts(3, 2, 1, 1), "Aral's numbers only, without Steppe's or Erlan's");
    assert_eq!(mine.organizations.iter().map(|o| o.id.as_str()).collect::<Vec<_>>(), vec![f.aral.as_str()]);
    assert_eq!(mine.courses[0].counts, counts(3, 2, 1, 1));
    let steppe_admin = app.sign_in("steppe-admin").await;
    assert_eq!(summary(&app, &steppe_admin, "").await.totals, counts(1, 1, 1, 0));

    // Another organization, by filter or export: 403. Trainers and learners: 403.
    for (login, query) in [
        ("aral-admin", format!("/api/v1/reports/summary?organization={}", f.steppe)),
        ("aral-admin", format!("/api/v1/reports/export?table=organizations&organization={}", f.steppe)),
        ("aral-trainer", "/api/v1/reports/summary".to_owned()),
        ("aigul", "/api/v1/reports/summary".to_owned()),
        ("aigul", "/api/v1/reports/export?table=courses".to_owned()),
        ("aral-admin", "/api/v1/audit".to_owned()),
    ] {
        let token = app.sign_in(login).await;
        assert_eq!(app.get_as(&query, &token).await.status, StatusCode::FORBIDDEN, "{login} {query}");
    }
    let export = app.get_as("/api/v1/reports/export?table=organizations", &aral_admin).await;
    let text = String::from_utf8(export.body).unwrap();
    assert!(text.contains("Aral Youth Centre") && !text.contains("Steppe"), "{text}");
}

async fn exports_are_csv_and_audited(backend: Backend) {
    let mut app = TestApp::new(backend).await;
    let f = fixture(&mut app).await;
    let aral_admin = app.sign_in("aral-admin").await;
    let reply = app
        .get_as(
            &format!("/api/v1/reports/export?table=courses&organization={}&from=2020-01-01", f.aral),
            &aral_admin,
        )
        .await;
    assert_eq!(reply.status, StatusCode::OK);
    assert_eq!(reply.header(header::CONTENT_TYPE), "text/csv; charset=utf-8");
    assert!(reply.header(header::CONTENT_DISPOSITION).contains("dala-courses.csv"));
    let text = String::from_utf8(reply.body).unwrap();
    assert_eq!(
        text,
        "\u{feff}course,title,enrollments,active_learners,completions,certificates\r\nhttp-course,HTTP course,3,2,1,1\r\n"
    );
    let unknown = app.get_as("/api/v1/reports/export?table=learners-everywhere", &aral_admin).await;
    assert_eq!(unknown.status, StatusCode::BAD_REQUEST);

    let root = app.sign_in("root").await;
    let log: Vec<AuditEntry> =
        serde_json::from_slice(&app.get_as("/api/v1/audit", &root).await.body).unwrap();
    assert_eq!(log.len(), 1, "one export, nothing for the refused one: {log:?}");
    assert_eq!(
        (
            log[0].actor_name.as_str(),
            log[0].action.as_str(),
            log[0].organization_id.as_deref(),
            log[0].detail.as_str()
        ),
        ("aral-admin", "export", Some(f.aral.as_str()), "table=courses from=2020-01-01")
    );
}

async fn the_learner_table_is_for_the_organizations_own_staff_and_audited(backend: Backend) {
    let mut app = TestApp::new(backend).await;
    let f = fixture(&mut app).await;
    let path = format!("/api/v1/organizations/{}/learners", f.aral);
    // Not the superadmin as such, not another organization's administrator, not a learner.
    for login in ["root", "steppe-admin", "aigul"] {
        let token = app.sign_in(login).await;
        assert_eq!(app.get_as(&path, &token).await.status, StatusCode::FORBIDDEN, "{login}");
    }
    let trainer = app.sign_in("aral-trainer").await;
    let reply = app.get_as(&path, &trainer).await;
    assert_eq!(reply.status, StatusCode::OK);
    let rows: Vec<LearnerRow> = serde_json::from_slice(&reply.body).unwrap();
    // (name, [(lessons completed, lessons, completed)], synced ever)
    type Line<'a> = (&'a str, Vec<(u32, u32, bool)>, bool);
    let table: Vec<Line> = rows
        .iter()
        .map(|r| {
            let courses =
                r.courses.iter().map(|c| (c.lessons_completed, c.lessons_total, c.completed)).collect();
            (r.display_name.as_str(), courses, r.last_sync.is_some())
        })
        .collect();
    assert_eq!(
        table,
        vec![
            ("aigul", vec![(2, 2, true)], true),
            ("bolat", vec![(1, 2, false)], true),
            ("chinara", vec![(0, 2, false)], false),
        ],
        "Aral's learners only: not Dana (Steppe) nor Erlan (no organization)"
    );
    let admin = app.sign_in("aral-admin").await;
    let csv =
        app.get_as(&format!("/api/v1/reports/export?table=learners&organization={}", f.aral), &admin).await;
    assert_eq!(csv.status, StatusCode::OK);
    let text = String::from_utf8(csv.body).unwrap();
    let lines: Vec<&str> = text.trim_start_matches('\u{feff}').lines().collect();
    assert_eq!(lines[0], "learner,course,lessons_completed,lessons_total,completed,last_sync");
    assert!(lines[3].starts_with("chinara,http-course,0,2,no,"), "{text}");
    let without = app.get_as("/api/v1/reports/export?table=learners", &admin).await;
    assert_eq!(without.status, StatusCode::BAD_REQUEST);

    let root = app.sign_in("root").await;
    let log: Vec<AuditEntry> =
        serde_json::from_slice(&app.get_as("/api/v1/audit", &root).await.body).unwrap();
    let mut actions: Vec<(&str, &str)> =
        log.iter().map(|e| (e.actor_name.as_str(), e.action.as_str())).collect();
    // Both in the same second of the test's clock: their order is not the point.
    actions.sort();
    assert_eq!(
        actions,
        vec![("aral-admin", "export"), ("aral-trainer", "view_learners")],
        "refusals leave no entry"
    );
}

/// Every row of the three summary tables, as text, in order.
async fn summary_rows(app: &TestApp) -> Vec<String> {
    let mut rows = Vec::new();
    for sql in [
        "SELECT 'day|' || user_id || '|' || course || '|' || CAST(day AS TEXT) || '|' || CAST(last_at AS TEXT) \
         || '|' || COALESCE(organization_id, '-') AS r FROM activity_days",
        "SELECT 'lesson|' || user_id || '|' || course || '|' || lesson || '|' || CAST(completed AS TEXT) \
         || '|' || COALESCE(organization_id, '-') || '|' || CAST(enrolled_at AS TEXT) AS r FROM lesson_reach",
        "SELECT 'quiz|' || user_id || '|' || course || '|' || quiz || '|' || course_version || '|' || payload \
         || '|' || CAST(client_time AS TEXT) || '|' || CAST(counter AS TEXT) || '|' || event_id \
         || '|' || COALESCE(organization_id, '-') || '|' || CAST(enrolled_at AS TEXT) AS r FROM first_attempts",
    ] {
        let mut table: Vec<String> =
            sqlx::query_scalar(sql).fetch_all(app.store.pool_for_tests()).await.unwrap();
        table.sort();
        rows.extend(table);
    }
    rows
}

/// An installation upgraded with progress already stored gets the same summaries from the
/// migration's backfill as the sync makes event by event.
async fn the_migration_summarises_progress_stored_before_it_as_the_sync_does(backend: Backend) {
    let mut app = TestApp::new(backend).await;
    fixture(&mut app).await;
    let kept = summary_rows(&app).await;
    assert!(kept.iter().any(|r| r.starts_with("quiz|")) && kept.len() > 10, "{kept:#?}");
    sqlx::raw_sql("DELETE FROM activity_days; DELETE FROM lesson_reach; DELETE FROM first_attempts")
        .execute(app.store.pool_for_tests())
        .await
        .unwrap();
    let migration = include_str!("../../migrations/0007_reports.sql");
    let (_, backfill) = migration.split_once("-- The summaries of the progress already stored.").unwrap();
    sqlx::raw_sql(backfill).execute(app.store.pool_for_tests()).await.unwrap();
    assert_eq!(summary_rows(&app).await, kept);
}

/// `dala demo seed` at a small scale: what it says it made is what the reports count, each
/// learner has a plausible amount of progress, and an installation with accounts is refused.
async fn the_demo_seed_fills_an_empty_installation_and_no_other(backend: Backend) {
    let app = TestApp::new(backend).await;
    let options = dala_server::demo::SeedOptions {
        organizations: 2,
        courses: 3,
        learners: 30,
        password: PASSWORD.into(),
    };
    let mut steps = Vec::new();
    let seeded = dala_server::demo::seed(&app.state, &options, &mut |what, done, total| {
        steps.push((what.to_owned(), done, total));
    })
    .await
    .unwrap();
    assert_eq!((seeded.organizations, seeded.courses, seeded.learners, seeded.enrollments), (2, 3, 30, 90));
    assert!((15..=45).contains(&(seeded.events / seeded.enrollments)), "{} events", seeded.events);
    assert!(steps.contains(&("learners".to_owned(), 30, 30)), "{steps:?}");
    // Each event's receipt is its invented second of arrival.
    let unnumbered: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM progress_events WHERE received_order <> received_at")
            .fetch_one(app.store.pool_for_tests())
            .await
            .unwrap();
    assert_eq!(unnumbered, 0);

    app.account("root", true, None).await;
    let root = app.sign_in("root").await;
    let all = summary(&app, &root, "").await;
    assert_eq!(all.totals.enrollments, 90);
    assert_eq!(all.totals.completions as usize, seeded.certificates);
    assert_eq!(all.organizations.len(), 2);
    assert_eq!(all.organizations.iter().map(|o| o.counts.enrollments).sum::<u64>(), 90);
    let demo: Vec<&str> =
        all.courses.iter().filter(|c| c.slug.starts_with("demo-course-")).map(|c| c.slug.as_str()).collect();
    assert_eq!(demo, vec!["demo-course-01", "demo-course-02", "demo-course-03"]);
    let report: CourseReport =
        serde_json::from_slice(&app.get_as("/api/v1/reports/courses/demo-course-01", &root).await.body)
            .unwrap();
    assert_eq!(report.funnel.len(), 12);
    assert!(report.funnel[0].reached >= report.funnel[11].reached, "{:?}", report.funnel);
    assert!(report.questions.iter().all(|q| q.first_attempts > 0), "{:?}", report.questions);
    // The administrators sign in with the password given.
    let admin = app.sign_in("admin-01").await;
    assert_eq!(summary(&app, &admin, "").await.organizations.len(), 1);

    let again = dala_server::demo::seed(&app.state, &options, &mut |_, _, _| {}).await;
    assert!(again.unwrap_err().to_string().contains("already has"));
}
