//! Join codes: who may create them, and everything a learner redeeming one can meet.

use axum::http::{Method, StatusCode};
use dala_wire::{ErrorCode, JoinCodeCreated, Role, SignInResponse};
use serde_json::json;

use crate::support::{Backend, PASSWORD, Reply, TestApp};

on_both_databases!(
    a_learner_joins_with_a_code_and_is_enrolled_and_signed_in,
    only_trainers_administrators_and_the_superadmin_create_codes,
    expired_used_up_and_unknown_codes_say_so,
    a_taken_login_name_does_not_use_up_the_code,
    codes_name_existing_courses_within_limits,
    codes_never_enroll_in_another_organization_s_closed_course,
    concurrent_joins_with_one_login_make_one_account_and_conflicts,
    display_names_that_would_mislead_on_a_certificate_are_refused,
);

/// Issue 14: of 10 joins at once with one login name, 2 answered 500 (the unique constraint
/// beat the check); every one but the first must be a 409.
async fn concurrent_joins_with_one_login_make_one_account_and_conflicts(backend: Backend) {
    let c = cohort(backend).await;
    let code = new_code(&c, 30).await;
    let body = json!({ "code": code.code, "login": "twin", "display_name": "Twin", "password": PASSWORD });
    let requests = (0..10)
        .map(|_| {
            axum::http::Request::builder()
                .method(Method::POST)
                .uri("/api/v1/join")
                .header("content-type", "application/json")
                .body(axum::body::Body::from(body.to_string()))
                .unwrap()
        })
        .collect();
    let replies = c.app.send_all(requests).await;
    let statuses: Vec<StatusCode> = replies.iter().map(|r| r.status).collect();
    assert_eq!(statuses.iter().filter(|s| **s == StatusCode::CREATED).count(), 1, "{statuses:?}");
    assert_eq!(statuses.iter().filter(|s| **s == StatusCode::CONFLICT).count(), 9, "{statuses:?}");
    for reply in replies.iter().filter(|r| r.status == StatusCode::CONFLICT) {
        assert_eq!(reply.error().code, ErrorCode::Conflict);
    }
    let uses: i64 = sqlx::query_scalar("SELECT uses FROM join_codes")
        .fetch_one(c.app.store.pool_for_tests())
        .await
        .unwrap();
    assert_eq!(uses, 1, "the refused joins gave their use back");
}

/// Issue 14: names with U+202E, only zero-width characters or 99 combining marks were signed
/// into certificates as they were.
async fn display_names_that_would_mislead_on_a_certificate_are_refused(backend: Backend) {
    let c = cohort(backend).await;
    let code = new_code(&c, 30).await;
    let stacked = format!("Z{}", "\u{0301}".repeat(99));
    let long = "Я".repeat(dala_wire::limits::DISPLAY_NAME_CHARS + 1);
    for (n, name) in [
        "Aida \u{202E}avonaS",
        "\u{2067}Aida",
        "Ai\u{200F}da",
        "\u{200B}\u{200B}",
        "\u{200D}\u{FEFF}\u{2060}",
        "Ai\u{200B}da",
        "\u{0301}\u{0301}",
        stacked.as_str(),
        long.as_str(),
        "Aida\u{0007}",
    ]
    .iter()
    .enumerate()
    {
        let body = json!({ "code": code.code, "login": format!("name-{n}"), "display_name": name, "password": PASSWORD });
        let reply = c.app.send_json(Method::POST, "/api/v1/join", None, &body).await;
        assert_eq!(
            reply.status,
            StatusCode::BAD_REQUEST,
            "{name:?}: {}",
            String::from_utf8_lossy(&reply.body)
        );
        assert_eq!(reply.error().code, ErrorCode::BadRequest);
        assert!(reply.error().message.contains("display name"), "{}", reply.error().message);
    }
    // Real names in the scripts of the region, accents, joiners and a decomposed letter
    // (stored composed) pass.
    for (n, (name, stored)) in [
        ("Әсел Қасымова-Oʻrinboyeva", "Әсел Қасымова-Oʻrinboyeva"),
        ("Nguyễn Thị Ánh", "Nguyễn Thị Ánh"),
        ("می\u{200C}خواهم", "می\u{200C}خواهم"),
        ("Jose\u{0301}", "José"),
        ("  Гүлнара  ", "Гүлнара"),
    ]
    .iter()
    .enumerate()
    {
        let body = json!({ "code": code.code, "login": format!("fine-{n}"), "display_name": name, "password": PASSWORD });
        let reply = c.app.send_json(Method::POST, "/api/v1/join", None, &body).await;
        assert_eq!(reply.status, StatusCode::CREATED, "{name:?}: {}", String::from_utf8_lossy(&reply.body));
        let session: SignInResponse = serde_json::from_slice(&reply.body).unwrap();
        assert_eq!(session.user.display_name, *stored);
    }
}

struct Cohort {
    app: TestApp,
    organization: String,
    other_organization: String,
}

/// Two organizations, and an account for each role: (login, organization, role).
async fn cohort(backend: Backend) -> Cohort {
    let app = TestApp::new(backend).await;
    let (organization, other_organization) = app.two_organizations().await;
    for (login, membership) in [
        ("trainer", Some((&organization, Role::Trainer))),
        ("admin", Some((&organization, Role::Administrator))),
        ("learner", Some((&organization, Role::Learner))),
        ("other-trainer", Some((&other_organization, Role::Trainer))),
        ("root", None),
    ] {
        app.account(login, login == "root", membership.map(|(o, r)| (o.as_str(), r))).await;
    }
    Cohort { app, organization, other_organization }
}

async fn token(app: &TestApp, login: &str) -> String {
    let reply = app
        .send_json(Method::POST, "/api/v1/sessions", None, &json!({ "login": login, "password": PASSWORD }))
        .await;
    serde_json::from_slice::<SignInResponse>(&reply.body).unwrap().token
}

async fn create_code(
    app: &TestApp,
    as_login: Option<&str>,
    organization: &str,
    body: serde_json::Value,
) -> Reply {
    let token = match as_login {
        Some(login) => Some(token(app, login).await),
        None => None,
    };
    app.send_json(
        Method::POST,
        &format!("/api/v1/organizations/{organization}/join-codes"),
        token.as_deref(),
        &body,
    )
    .await
}

/// Issue 14: a trainer of organization B made a join code that enrolled learners in
/// organization A's closed course.
async fn codes_never_enroll_in_another_organization_s_closed_course(backend: Backend) {
    let c = cohort(backend).await;
    c.app.store.set_course_owner("http-course", &c.organization).await.unwrap();
    let reply = create_code(&c.app, Some("other-trainer"), &c.other_organization, code_body(5)).await;
    assert_eq!(reply.status, StatusCode::FORBIDDEN, "{}", String::from_utf8_lossy(&reply.body));
    assert_eq!(reply.error().code, ErrorCode::Forbidden);
    let stored: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM join_codes")
        .fetch_one(c.app.store.pool_for_tests())
        .await
        .unwrap();
    assert_eq!(stored, 0, "no code was made");
    // The owner's own trainers still may, and so may anyone for a course of the installation.
    let own = create_code(&c.app, Some("trainer"), &c.organization, code_body(5)).await;
    assert_eq!(own.status, StatusCode::CREATED, "{}", String::from_utf8_lossy(&own.body));
    sqlx::query("DELETE FROM course_owners").execute(c.app.store.pool_for_tests()).await.unwrap();
    let installation = create_code(&c.app, Some("other-trainer"), &c.other_organization, code_body(5)).await;
    assert_eq!(installation.status, StatusCode::CREATED, "{}", String::from_utf8_lossy(&installation.body));
}

fn code_body(max_uses: u32) -> serde_json::Value {
    json!({ "courses": ["http-course"], "expires_in_days": 14, "max_uses": max_uses })
}

async fn new_code(c: &Cohort, max_uses: u32) -> JoinCodeCreated {
    let reply = create_code(&c.app, Some("trainer"), &c.organization, code_body(max_uses)).await;
    assert_eq!(reply.status, StatusCode::CREATED, "{}", String::from_utf8_lossy(&reply.body));
    serde_json::from_slice(&reply.body).unwrap()
}

async fn join(app: &TestApp, code: &str, login: &str) -> Reply {
    let body = json!({ "code": code, "login": login, "display_name": "Гүлнара", "password": PASSWORD });
    app.send_json(Method::POST, "/api/v1/join", None, &body).await
}

async fn a_learner_joins_with_a_code_and_is_enrolled_and_signed_in(backend: Backend) {
    let c = cohort(backend).await;
    let created = new_code(&c, 30).await;
    assert_eq!(created.code.len(), 14);
    // Typed on a phone: lowercase, spaces instead of hyphens.
    let typed = created.code.to_lowercase().replace('-', " ");
    let reply = join(&c.app, &typed, "gulnara").await;
    assert_eq!(reply.status, StatusCode::CREATED, "{}", String::from_utf8_lossy(&reply.body));
    let session: SignInResponse = serde_json::from_slice(&reply.body).unwrap();
    assert_eq!(session.user.display_name, "Гүлнара");
    assert_eq!(session.user.memberships.len(), 1);
    assert_eq!(session.user.memberships[0].organization_id, c.organization);
    assert_eq!(session.user.memberships[0].role, Role::Learner);
    assert_eq!(c.app.get_as("/api/v1/me", &session.token).await.status, StatusCode::OK);
    let enrolled: Vec<String> = sqlx::query_scalar("SELECT course FROM enrollments WHERE user_id = $1")
        .bind(&session.user.id)
        .fetch_all(c.app.store.pool_for_tests())
        .await
        .unwrap();
    assert_eq!(enrolled, ["http-course"]);
    let stored: Vec<String> = sqlx::query_scalar("SELECT code_sha256 FROM join_codes")
        .fetch_all(c.app.store.pool_for_tests())
        .await
        .unwrap();
    assert!(!stored.iter().any(|s| s.contains(&created.code)), "the code itself is not stored");
}

async fn only_trainers_administrators_and_the_superadmin_create_codes(backend: Backend) {
    let c = cohort(backend).await;
    for (login, expected) in [
        (Some("trainer"), StatusCode::CREATED),
        (Some("admin"), StatusCode::CREATED),
        (Some("root"), StatusCode::CREATED),
        (Some("learner"), StatusCode::FORBIDDEN),
        (Some("other-trainer"), StatusCode::FORBIDDEN),
        (None, StatusCode::UNAUTHORIZED),
    ] {
        let reply = create_code(&c.app, login, &c.organization, code_body(5)).await;
        assert_eq!(reply.status, expected, "{login:?}");
        if expected == StatusCode::FORBIDDEN {
            assert_eq!(reply.error().code, ErrorCode::Forbidden);
        }
    }
    // The other organization's trainer manages only their own.
    let own = create_code(&c.app, Some("other-trainer"), &c.other_organization, code_body(5)).await;
    assert_eq!(own.status, StatusCode::CREATED);
}

async fn expired_used_up_and_unknown_codes_say_so(backend: Backend) {
    let c = cohort(backend).await;
    let once = new_code(&c, 1).await;
    assert_eq!(join(&c.app, &once.code, "first").await.status, StatusCode::CREATED);
    let used_up = join(&c.app, &once.code, "second").await;
    assert_eq!(used_up.status, StatusCode::GONE);
    assert_eq!(used_up.error().code, ErrorCode::JoinCodeUsedUp);

    let later = new_code(&c, 10).await;
    c.app.state.clock.advance(15 * 24 * 60 * 60);
    let expired = join(&c.app, &later.code, "third").await;
    assert_eq!(expired.status, StatusCode::GONE);
    assert_eq!(expired.error().code, ErrorCode::JoinCodeExpired);

    let unknown = join(&c.app, "AAAA-BBBB-CCCC", "fourth").await;
    assert_eq!(unknown.status, StatusCode::NOT_FOUND);
    assert_eq!(unknown.error().code, ErrorCode::JoinCodeInvalid);
}

async fn a_taken_login_name_does_not_use_up_the_code(backend: Backend) {
    let c = cohort(backend).await;
    let once = new_code(&c, 1).await;
    let taken = join(&c.app, &once.code, "learner").await;
    assert_eq!(taken.status, StatusCode::CONFLICT);
    assert_eq!(taken.error().code, ErrorCode::Conflict);
    let weak = json!({ "code": once.code, "login": "newbie", "display_name": "N", "password": "short" });
    let weak = c.app.send_json(Method::POST, "/api/v1/join", None, &weak).await;
    assert_eq!(weak.status, StatusCode::BAD_REQUEST);
    assert_eq!(
        join(&c.app, &once.code, "newbie").await.status,
        StatusCode::CREATED,
        "the one use is still there"
    );
}

async fn codes_name_existing_courses_within_limits(backend: Backend) {
    let c = cohort(backend).await;
    for (body, message) in [
        (json!({ "courses": ["nope"], "expires_in_days": 14, "max_uses": 5 }), "there is no course `nope`"),
        (
            json!({ "courses": [], "expires_in_days": 14, "max_uses": 5 }),
            "a join code enrolls in at least one course",
        ),
        (
            json!({ "courses": ["http-course"], "expires_in_days": 0, "max_uses": 5 }),
            "`expires_in_days` is 1 to 365",
        ),
        (
            json!({ "courses": ["http-course"], "expires_in_days": 14, "max_uses": 0 }),
            "`max_uses` is 1 to 10000",
        ),
    ] {
        let reply = create_code(&c.app, Some("trainer"), &c.organization, body).await;
        assert_eq!(reply.status, StatusCode::BAD_REQUEST);
        assert_eq!(reply.error().message, message);
    }
}
