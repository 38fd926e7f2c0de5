//! Running an organization from the app (issue 15): join codes listed and ended, invitations
//! for staff, courses given to members, password resets and who may make them, the list of
//! organizations, and archived courses.

use axum::http::{Method, StatusCode};
use dala_server::enrollment;
use dala_wire::{
    AuthoringCourse, CourseSummary, EnrollmentsMade, ErrorCode, JoinCodeCreated, JoinCodeInfo, Me,
    OrganizationCourse, OrganizationListing, PasswordResetIssued, Role, SignInResponse, SyncResponse,
};
use serde_json::{Value, json};

use crate::support::{Backend, PASSWORD, Reply, TestApp, request_from};

on_both_databases!(
    join_codes_are_listed_newest_first_and_can_be_ended,
    an_invitation_makes_one_trainer_and_only_administrators_make_it,
    a_trainer_resets_a_learner_s_password_once,
    reset_codes_expire_and_a_new_one_replaces_the_old,
    trainers_never_reset_staff_or_strangers,
    reset_code_guesses_are_limited_per_client,
    the_superadmin_lists_every_organization,
    trainers_give_courses_to_members_only,
    an_archived_course_leaves_the_catalog_and_keeps_working,
    join_codes_made_before_get_an_id_each,
);

/// Codes made before migration 10 get a public id each (unique, not from their hash) and the
/// defaults of the new columns.
async fn join_codes_made_before_get_an_id_each(backend: Backend) {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    std::fs::create_dir_all(&data).unwrap();
    let url = match backend.database_url().await {
        Some(url) => url,
        None => format!("sqlite://{}?mode=rwc", data.join("dala.sqlite3").display()),
    };
    sqlx::any::install_default_drivers();
    let pool = sqlx::AnyPool::connect(&url).await.unwrap();
    let all = sqlx::migrate!("./migrations");
    let before = sqlx::migrate::Migrator {
        migrations: std::borrow::Cow::Owned(
            all.migrations.iter().filter(|m| m.version < 10).cloned().collect(),
        ),
        ..all
    };
    before.run(&pool).await.unwrap();
    for statement in [
        "INSERT INTO organizations (id, name, created_at) VALUES ('o', 'Old', 1)",
        "INSERT INTO users (id, login, display_name, password_hash, created_at) VALUES ('u', 'old', 'Old', 'x', 1)",
        "INSERT INTO join_codes (code_sha256, organization_id, created_by, courses, created_at, expires_at, max_uses) \
         VALUES ('bbbb', 'o', 'u', '[]', 5, 9, 1), ('aaaa', 'o', 'u', '[]', 5, 9, 1), ('cccc', 'o', 'u', '[]', 2, 9, 1)",
    ] {
        sqlx::query(statement).execute(&pool).await.unwrap();
    }
    pool.close().await;
    let store = dala_server::store::Store::open(&data, (!url.starts_with("sqlite:")).then_some(url.as_str()))
        .await
        .unwrap();
    let rows: Vec<(String, String, String, String, Option<i64>)> =
        sqlx::query_as("SELECT code_sha256, id, role, label, ended_at FROM join_codes ORDER BY code_sha256")
            .fetch_all(store.pool_for_tests())
            .await
            .unwrap();
    let expected =
        |sha: &str, id: &str| (sha.to_owned(), id.to_owned(), "learner".to_owned(), String::new(), None);
    assert_eq!(rows, [expected("aaaa", "old-2"), expected("bbbb", "old-3"), expected("cccc", "old-1")]);
}

/// Two organizations with a trainer, an administrator and two learners in the first, a trainer
/// and a learner in the second, and the superadmin. The test course belongs to the first.
struct Org {
    app: TestApp,
    organization: String,
    other_organization: String,
}

async fn org(backend: Backend) -> Org {
    let app = TestApp::new(backend).await;
    let (organization, other_organization) = app.two_organizations().await;
    for (login, membership) in [
        ("trainer", Some((&organization, Role::Trainer))),
        ("trainer-two", Some((&organization, Role::Trainer))),
        ("admin", Some((&organization, Role::Administrator))),
        ("learner", Some((&organization, Role::Learner))),
        ("newcomer", Some((&organization, Role::Learner))),
        ("other-trainer", Some((&other_organization, Role::Trainer))),
        ("other-learner", Some((&other_organization, Role::Learner))),
        ("root", None),
    ] {
        let membership = membership.map(|(o, r)| (o.as_str(), r));
        let id = app.account(login, login == "root", membership).await;
        if login == "learner" {
            let now = app.state.clock.now();
            enrollment::enroll(app.store.pool_for_tests(), &id, "http-course", Some(&organization), now)
                .await
                .unwrap();
        }
    }
    app.store.set_course_owner("http-course", &organization).await.unwrap();
    Org { app, organization, other_organization }
}

impl Org {
    async fn token(&self, login: &str) -> String {
        self.app.sign_in(login).await
    }

    async fn id(&self, login: &str) -> String {
        dala_server::accounts::user_id_by_login(&self.app.store, login).await.unwrap().unwrap()
    }

    async fn call(&self, method: Method, path: &str, as_login: Option<&str>, body: Value) -> Reply {
        let token = match as_login {
            Some(login) => Some(self.token(login).await),
            None => None,
        };
        self.app.send_json(method, &format!("/api/v1{path}"), token.as_deref(), &body).await
    }

    async fn get(&self, path: &str, as_login: &str) -> Reply {
        self.app.get_as(&format!("/api/v1{path}"), &self.token(as_login).await).await
    }

    async fn create_code(&self, as_login: &str, body: Value) -> Reply {
        self.call(
            Method::POST,
            &format!("/organizations/{}/join-codes", self.organization),
            Some(as_login),
            body,
        )
        .await
    }

    async fn audit(&self, action: &str) -> Vec<(String, Option<String>, String)> {
        let rows: Vec<(String, Option<String>, String)> = sqlx::query_as(
            "SELECT actor_id, organization_id, detail FROM audit_log WHERE action = $1 ORDER BY at",
        )
        .bind(action)
        .fetch_all(self.app.store.pool_for_tests())
        .await
        .unwrap();
        rows
    }
}

fn ok(reply: &Reply, status: StatusCode) {
    assert_eq!(reply.status, status, "{}", String::from_utf8_lossy(&reply.body));
}

fn error(reply: &Reply, status: StatusCode, code: ErrorCode) {
    ok(reply, status);
    assert_eq!(reply.error().code, code, "{}", String::from_utf8_lossy(&reply.body));
}

async fn join(app: &TestApp, code: &str, login: &str) -> Reply {
    let body = json!({ "code": code, "login": login, "display_name": "Гүлнара", "password": PASSWORD });
    app.send_json(Method::POST, "/api/v1/join", None, &body).await
}

async fn join_codes_are_listed_newest_first_and_can_be_ended(backend: Backend) {
    let o = org(backend).await;
    let first = o
        .create_code(
            "trainer",
            json!({ "courses": ["http-course"], "expires_in_days": 14, "max_uses": 30,
            "label": "  Osh, March cohort " }),
        )
        .await;
    ok(&first, StatusCode::CREATED);
    let first: JoinCodeCreated = serde_json::from_slice(&first.body).unwrap();
    assert_eq!((first.label.as_str(), first.role), ("Osh, March cohort", Role::Learner));
    assert_eq!(first.id.len(), 32);
    o.app.state.clock.advance(5);
    let second = o
        .create_code("admin", json!({ "courses": ["http-course"], "expires_in_days": 7, "max_uses": 5 }))
        .await;
    ok(&second, StatusCode::CREATED);
    let second: JoinCodeCreated = serde_json::from_slice(&second.body).unwrap();
    ok(&join(&o.app, &first.code, "gulnara").await, StatusCode::CREATED);

    let path = format!("/organizations/{}/join-codes", o.organization);
    let listed = o.get(&path, "trainer").await;
    ok(&listed, StatusCode::OK);
    let listed: Vec<JoinCodeInfo> = serde_json::from_slice(&listed.body).unwrap();
    let summary: Vec<(&str, &str, &str, u32, u32)> = listed
        .iter()
        .map(|c| (c.id.as_str(), c.label.as_str(), c.created_by.as_str(), c.uses, c.max_uses))
        .collect();
    assert_eq!(
        summary,
        [(second.id.as_str(), "", "admin", 0, 5), (first.id.as_str(), "Osh, March cohort", "trainer", 1, 30)]
    );
    assert!(listed.iter().all(|c| c.ended_at.is_none() && c.courses == ["http-course"]));
    assert!(!String::from_utf8_lossy(&o.get(&path, "trainer").await.body).contains(&first.code));

    // Learners and other organizations neither list nor end.
    error(&o.get(&path, "learner").await, StatusCode::FORBIDDEN, ErrorCode::Forbidden);
    error(&o.get(&path, "other-trainer").await, StatusCode::FORBIDDEN, ErrorCode::Forbidden);
    let end = format!("{path}/{}", first.id);
    error(
        &o.call(Method::DELETE, &end, Some("other-trainer"), json!({})).await,
        StatusCode::FORBIDDEN,
        ErrorCode::Forbidden,
    );
    error(
        &o.call(Method::DELETE, &end, Some("learner"), json!({})).await,
        StatusCode::FORBIDDEN,
        ErrorCode::Forbidden,
    );
    error(
        &o.call(Method::DELETE, &end, None, json!({})).await,
        StatusCode::UNAUTHORIZED,
        ErrorCode::Unauthorized,
    );
    let unknown = format!("{path}/no-such-code");
    error(
        &o.call(Method::DELETE, &unknown, Some("trainer"), json!({})).await,
        StatusCode::NOT_FOUND,
        ErrorCode::NotFound,
    );
    // Another organization's code is not found through this one, nor ended through its own.
    let theirs = o
        .call(
            Method::POST,
            &format!("/organizations/{}/join-codes", o.other_organization),
            Some("other-trainer"),
            json!({ "courses": ["http-course"], "expires_in_days": 7, "max_uses": 5 }),
        )
        .await;
    error(&theirs, StatusCode::FORBIDDEN, ErrorCode::Forbidden);
    sqlx::query("DELETE FROM course_owners").execute(o.app.store.pool_for_tests()).await.unwrap();
    let theirs = o
        .call(
            Method::POST,
            &format!("/organizations/{}/join-codes", o.other_organization),
            Some("other-trainer"),
            json!({ "courses": ["http-course"], "expires_in_days": 7, "max_uses": 5 }),
        )
        .await;
    ok(&theirs, StatusCode::CREATED);
    let theirs: JoinCodeCreated = serde_json::from_slice(&theirs.body).unwrap();
    let through_mine = format!("{path}/{}", theirs.id);
    error(
        &o.call(Method::DELETE, &through_mine, Some("trainer"), json!({})).await,
        StatusCode::NOT_FOUND,
        ErrorCode::NotFound,
    );
    let through_theirs = format!("/organizations/{}/join-codes/{}", o.other_organization, theirs.id);
    error(
        &o.call(Method::DELETE, &through_theirs, Some("trainer"), json!({})).await,
        StatusCode::FORBIDDEN,
        ErrorCode::Forbidden,
    );
    ok(&join(&o.app, &theirs.code, "steppe-learner").await, StatusCode::CREATED);

    o.app.state.clock.advance(5);
    let before = o.app.state.clock.now();
    ok(&o.call(Method::DELETE, &end, Some("trainer"), json!({})).await, StatusCode::NO_CONTENT);
    let after = o.app.state.clock.now();
    o.app.state.clock.advance(5);
    // Ending again keeps the first time (the clock may tick over a second during the first).
    ok(&o.call(Method::DELETE, &end, Some("admin"), json!({})).await, StatusCode::NO_CONTENT);
    let listed: Vec<JoinCodeInfo> = serde_json::from_slice(&o.get(&path, "admin").await.body).unwrap();
    let ended_at = listed[1].ended_at.expect("ended");
    assert!((before..=after).contains(&ended_at), "ended at {ended_at}, not between {before} and {after}");
    assert_eq!(listed[0].ended_at, None);
    error(&join(&o.app, &first.code, "late").await, StatusCode::GONE, ErrorCode::JoinCodeEnded);
    ok(&join(&o.app, &second.code, "on-time").await, StatusCode::CREATED);

    // Labels are names: bounded, no direction controls; empty is fine.
    let long = "я".repeat(dala_wire::limits::JOIN_CODE_LABEL_CHARS + 1);
    for label in [long.as_str(), "Osh \u{202E}tsrif"] {
        let reply = o
            .create_code(
                "trainer",
                json!({ "courses": ["http-course"], "expires_in_days": 7, "max_uses": 5, "label": label }),
            )
            .await;
        error(&reply, StatusCode::BAD_REQUEST, ErrorCode::BadRequest);
        assert!(reply.error().message.contains("label"), "{}", reply.error().message);
    }
}

async fn an_invitation_makes_one_trainer_and_only_administrators_make_it(backend: Backend) {
    let o = org(backend).await;
    let invitation =
        json!({ "courses": [], "expires_in_days": 7, "max_uses": 1, "role": "trainer", "label": "Dana" });
    error(&o.create_code("trainer", invitation.clone()).await, StatusCode::FORBIDDEN, ErrorCode::Forbidden);
    let admin_invite = json!({ "courses": [], "expires_in_days": 7, "max_uses": 1, "role": "administrator" });
    error(&o.create_code("trainer", admin_invite).await, StatusCode::FORBIDDEN, ErrorCode::Forbidden);
    let twice = json!({ "courses": [], "expires_in_days": 7, "max_uses": 2, "role": "trainer" });
    error(&o.create_code("admin", twice).await, StatusCode::BAD_REQUEST, ErrorCode::BadRequest);
    // A learner's code still needs a course.
    let empty = json!({ "courses": [], "expires_in_days": 7, "max_uses": 5 });
    error(&o.create_code("admin", empty).await, StatusCode::BAD_REQUEST, ErrorCode::BadRequest);

    let created = o.create_code("admin", invitation).await;
    ok(&created, StatusCode::CREATED);
    let created: JoinCodeCreated = serde_json::from_slice(&created.body).unwrap();
    assert_eq!((created.role, created.max_uses), (Role::Trainer, 1));
    let joined = join(&o.app, &created.code, "dana").await;
    ok(&joined, StatusCode::CREATED);
    let session: SignInResponse = serde_json::from_slice(&joined.body).unwrap();
    let roles: Vec<(String, Role)> =
        session.user.memberships.iter().map(|m| (m.organization_id.clone(), m.role)).collect();
    assert_eq!(roles, [(o.organization.clone(), Role::Trainer)]);
    // The new trainer works as one: lists the organization's codes.
    let listed = o.get(&format!("/organizations/{}/join-codes", o.organization), "dana").await;
    ok(&listed, StatusCode::OK);
    let listed: Vec<JoinCodeInfo> = serde_json::from_slice(&listed.body).unwrap();
    assert_eq!((listed[0].role, listed[0].uses, listed[0].label.as_str()), (Role::Trainer, 1, "Dana"));
    // One use only.
    error(&join(&o.app, &created.code, "dana-two").await, StatusCode::GONE, ErrorCode::JoinCodeUsedUp);
    // Trainers cannot end an invitation; administrators can.
    let admin_invite =
        json!({ "courses": ["http-course"], "expires_in_days": 7, "max_uses": 1, "role": "administrator" });
    let created = o.create_code("admin", admin_invite).await;
    ok(&created, StatusCode::CREATED);
    let created: JoinCodeCreated = serde_json::from_slice(&created.body).unwrap();
    let end = format!("/organizations/{}/join-codes/{}", o.organization, created.id);
    error(
        &o.call(Method::DELETE, &end, Some("trainer"), json!({})).await,
        StatusCode::FORBIDDEN,
        ErrorCode::Forbidden,
    );
    let joined = join(&o.app, &created.code, "boss").await;
    ok(&joined, StatusCode::CREATED);
    let me: Me = serde_json::from_slice::<SignInResponse>(&joined.body).unwrap().user;
    assert_eq!(me.memberships[0].role, Role::Administrator);
    assert_eq!(me.enrollments, ["http-course"], "an invitation's courses are given too");
}

async fn reset(app: &TestApp, login: &str, code: &str, password: &str) -> Reply {
    let body = json!({ "login": login, "code": code, "password": password });
    app.send_json(Method::POST, "/api/v1/password-reset", None, &body).await
}

async fn sign_in(app: &TestApp, login: &str, password: &str) -> Reply {
    app.send_json(Method::POST, "/api/v1/sessions", None, &json!({ "login": login, "password": password }))
        .await
}

async fn issue(o: &Org, as_login: &str, target: &str) -> Reply {
    let id = o.id(target).await;
    o.call(Method::POST, &format!("/users/{id}/password-reset"), Some(as_login), json!({})).await
}

async fn a_trainer_resets_a_learner_s_password_once(backend: Backend) {
    let o = org(backend).await;
    let old_session = o.token("learner").await;
    let before = o.app.state.clock.now();
    let issued = issue(&o, "trainer", "learner").await;
    ok(&issued, StatusCode::CREATED);
    let issued: PasswordResetIssued = serde_json::from_slice(&issued.body).unwrap();
    assert_eq!(issued.login, "learner");
    assert_eq!(issued.code.len(), 14);
    // 72 hours from when it was issued (the clock may tick over a second meanwhile).
    let issued_at = issued.expires_at - 72 * 60 * 60;
    assert!(
        (before..=o.app.state.clock.now()).contains(&issued_at),
        "issued at {issued_at}, not between {before} and now"
    );
    let stored: String = sqlx::query_scalar("SELECT code_sha256 FROM password_resets")
        .fetch_one(o.app.store.pool_for_tests())
        .await
        .unwrap();
    assert!(!stored.contains(&issued.code.replace('-', "")), "only the hash is kept");

    let new_password = "a brand new passphrase";
    error(
        &reset(&o.app, "learner", "WRNG-CODE-HERE", new_password).await,
        StatusCode::BAD_REQUEST,
        ErrorCode::ResetCodeInvalid,
    );
    error(
        &reset(&o.app, "trainer", &issued.code, new_password).await,
        StatusCode::BAD_REQUEST,
        ErrorCode::ResetCodeInvalid,
    );
    error(
        &reset(&o.app, "nobody-here", &issued.code, new_password).await,
        StatusCode::BAD_REQUEST,
        ErrorCode::ResetCodeInvalid,
    );
    // The password rules of joining.
    error(
        &reset(&o.app, "learner", &issued.code, "short").await,
        StatusCode::BAD_REQUEST,
        ErrorCode::BadRequest,
    );

    // Typed on a phone: lowercase and spaces.
    let typed = issued.code.to_lowercase().replace('-', " ");
    let done = reset(&o.app, "learner", &typed, new_password).await;
    ok(&done, StatusCode::CREATED);
    let session: SignInResponse = serde_json::from_slice(&done.body).unwrap();
    assert_eq!(session.user.login, "learner");
    ok(&o.app.get_as("/api/v1/me", &session.token).await, StatusCode::OK);
    error(
        &o.app.get_as("/api/v1/me", &old_session).await,
        StatusCode::UNAUTHORIZED,
        ErrorCode::SessionRevoked,
    );
    error(&sign_in(&o.app, "learner", PASSWORD).await, StatusCode::UNAUTHORIZED, ErrorCode::WrongCredentials);
    ok(&sign_in(&o.app, "learner", new_password).await, StatusCode::CREATED);
    // Once only.
    error(
        &reset(&o.app, "learner", &issued.code, "yet another passphrase").await,
        StatusCode::BAD_REQUEST,
        ErrorCode::ResetCodeInvalid,
    );
    ok(&sign_in(&o.app, "learner", new_password).await, StatusCode::CREATED);

    let (trainer, learner) = (o.id("trainer").await, o.id("learner").await);
    let detail = format!("user={learner}");
    assert_eq!(o.audit("password_reset").await, [(trainer, Some(o.organization.clone()), detail.clone())]);
    assert_eq!(o.audit("password_reset_used").await, [(learner, Some(o.organization.clone()), detail)]);
}

async fn reset_codes_expire_and_a_new_one_replaces_the_old(backend: Backend) {
    let o = org(backend).await;
    let first: PasswordResetIssued =
        serde_json::from_slice(&issue(&o, "trainer", "learner").await.body).unwrap();
    let second: PasswordResetIssued =
        serde_json::from_slice(&issue(&o, "admin", "learner").await.body).unwrap();
    assert_ne!(first.code, second.code);
    let new_password = "a brand new passphrase";
    error(
        &reset(&o.app, "learner", &first.code, new_password).await,
        StatusCode::BAD_REQUEST,
        ErrorCode::ResetCodeInvalid,
    );
    o.app.state.clock.advance(72 * 60 * 60 + 1);
    error(
        &reset(&o.app, "learner", &second.code, new_password).await,
        StatusCode::BAD_REQUEST,
        ErrorCode::ResetCodeInvalid,
    );
    ok(&sign_in(&o.app, "learner", PASSWORD).await, StatusCode::CREATED);
    // A fresh code after the expiry works.
    let third: PasswordResetIssued =
        serde_json::from_slice(&issue(&o, "trainer", "learner").await.body).unwrap();
    o.app.state.clock.advance(72 * 60 * 60 - 10);
    ok(&reset(&o.app, "learner", &third.code, new_password).await, StatusCode::CREATED);
}

async fn trainers_never_reset_staff_or_strangers(backend: Backend) {
    let o = org(backend).await;
    // A learner here who is a trainer in the other organization: only an administrator of
    // every organization where they are staff may reset them.
    let newcomer = o.id("newcomer").await;
    dala_server::accounts::add_membership(&o.app.store, &newcomer, &o.other_organization, Role::Trainer)
        .await
        .unwrap();
    for (caller, target) in [
        ("trainer", "admin"),
        ("trainer", "trainer-two"),
        ("trainer", "other-learner"),
        ("trainer", "root"),
        ("trainer", "newcomer"),
        ("admin", "newcomer"),
        ("admin", "other-learner"),
        ("admin", "root"),
        ("learner", "newcomer"),
        ("other-trainer", "learner"),
        ("trainer", "trainer"),
    ] {
        let reply = issue(&o, caller, target).await;
        assert_eq!(reply.status, StatusCode::FORBIDDEN, "{caller} resets {target}");
        assert_eq!(reply.error().code, ErrorCode::Forbidden);
    }
    // An unknown account answers like a foreign one.
    let unknown =
        o.call(Method::POST, "/users/no-such-account/password-reset", Some("admin"), json!({})).await;
    error(&unknown, StatusCode::FORBIDDEN, ErrorCode::Forbidden);
    let unknown =
        o.call(Method::POST, "/users/no-such-account/password-reset", Some("root"), json!({})).await;
    error(&unknown, StatusCode::FORBIDDEN, ErrorCode::Forbidden);
    let learner = o.id("learner").await;
    let anonymous = o.call(Method::POST, &format!("/users/{learner}/password-reset"), None, json!({})).await;
    error(&anonymous, StatusCode::UNAUTHORIZED, ErrorCode::Unauthorized);
    assert!(o.audit("password_reset").await.is_empty(), "nothing refused is audited");

    for (caller, target) in [
        ("admin", "trainer"),
        ("admin", "admin"),
        ("admin", "learner"),
        ("root", "admin"),
        ("root", "newcomer"),
        ("other-trainer", "other-learner"),
    ] {
        ok(&issue(&o, caller, target).await, StatusCode::CREATED);
    }

    // Ending sessions follows the same rule, beside the old one (administrators of one of the
    // account's organizations, and the account itself).
    let sessions = |target: String| format!("/users/{target}/sessions");
    let learner = o.id("learner").await;
    ok(&o.call(Method::DELETE, &sessions(learner.clone()), Some("trainer"), json!({})).await, StatusCode::OK);
    let admin = o.id("admin").await;
    error(
        &o.call(Method::DELETE, &sessions(admin.clone()), Some("trainer"), json!({})).await,
        StatusCode::FORBIDDEN,
        ErrorCode::Forbidden,
    );
    ok(&o.call(Method::DELETE, &sessions(admin), Some("admin"), json!({})).await, StatusCode::OK);
    ok(&o.call(Method::DELETE, &sessions(newcomer), Some("admin"), json!({})).await, StatusCode::OK);
    error(
        &o.call(Method::DELETE, &sessions(learner), Some("other-trainer"), json!({})).await,
        StatusCode::FORBIDDEN,
        ErrorCode::Forbidden,
    );
}

/// Reset codes, like join codes, have a budget per client address: guesses from one client
/// stop after the budget, another client behind the same proxy goes on.
async fn reset_code_guesses_are_limited_per_client(backend: Backend) {
    let mut o = org(backend).await;
    o.app.set_trusted_proxies(&["10.0.0.0/8"]);
    let guess = |n: u32, client: &str| {
        let body = json!({ "login": format!("guess-{n}"), "code": "GUES-SGUE-SSXX", "password": PASSWORD });
        request_from(
            "10.0.0.2:40000",
            Method::POST,
            "/api/v1/password-reset",
            &[("x-forwarded-for", client)],
            &body,
        )
    };
    let replies = o.app.send_all((0..60).map(|n| guess(n, "203.0.113.7")).collect()).await;
    let checked = replies.iter().filter(|r| r.status == StatusCode::BAD_REQUEST).count();
    let refused = replies.iter().filter(|r| r.status == StatusCode::TOO_MANY_REQUESTS).count();
    assert_eq!((checked, refused), (50, 10));
    let other = o.app.send_request(guess(99, "198.51.100.4")).await;
    assert_eq!(other.error().code, ErrorCode::ResetCodeInvalid, "another client is not refused");
    // One account's code is guessed a few times, then slowly.
    let at_learner = |n: u32| {
        let body = json!({ "login": "learner", "code": format!("GUES-{n:04}-XXXX"), "password": PASSWORD });
        request_from(
            "10.0.0.2:40000",
            Method::POST,
            "/api/v1/password-reset",
            &[("x-forwarded-for", "192.0.2.50")],
            &body,
        )
    };
    let mut statuses = Vec::new();
    for n in 0..8 {
        statuses.push(o.app.send_request(at_learner(n)).await.status.as_u16());
    }
    assert_eq!(statuses, [400, 400, 400, 400, 400, 429, 429, 429], "the account's delays apply");
}

async fn the_superadmin_lists_every_organization(backend: Backend) {
    let o = org(backend).await;
    let listed = o.get("/organizations", "root").await;
    ok(&listed, StatusCode::OK);
    let listed: Vec<OrganizationListing> = serde_json::from_slice(&listed.body).unwrap();
    let summary: Vec<(&str, &str, u32)> =
        listed.iter().map(|l| (l.id.as_str(), l.name.as_str(), l.members)).collect();
    assert_eq!(
        summary,
        [
            (o.organization.as_str(), "Aral Youth Centre", 5),
            (o.other_organization.as_str(), "Steppe Women's Network", 2)
        ]
    );
    assert!(listed.iter().all(|l| l.created_at > 0));
    for caller in ["admin", "trainer", "learner"] {
        error(&o.get("/organizations", caller).await, StatusCode::FORBIDDEN, ErrorCode::Forbidden);
    }
    error(&o.app.get("/api/v1/organizations", &[]).await, StatusCode::UNAUTHORIZED, ErrorCode::Unauthorized);
}

async fn trainers_give_courses_to_members_only(backend: Backend) {
    let o = org(backend).await;
    let courses_path = format!("/organizations/{}/courses", o.organization);
    let listed = o.get(&courses_path, "trainer").await;
    ok(&listed, StatusCode::OK);
    let listed: Vec<OrganizationCourse> = serde_json::from_slice(&listed.body).unwrap();
    assert_eq!(
        listed,
        [OrganizationCourse {
            slug: "http-course".into(),
            title: "HTTP course".into(),
            language: "en".into(),
            owned: true,
            open: false,
            archived: false,
            learners: 1,
        }]
    );
    // The other organization may not offer this organization's closed course.
    let theirs = format!("/organizations/{}/courses", o.other_organization);
    let other: Vec<OrganizationCourse> =
        serde_json::from_slice(&o.get(&theirs, "other-trainer").await.body).unwrap();
    assert!(other.is_empty(), "{other:?}");
    error(&o.get(&courses_path, "learner").await, StatusCode::FORBIDDEN, ErrorCode::Forbidden);
    error(&o.get(&courses_path, "other-trainer").await, StatusCode::FORBIDDEN, ErrorCode::Forbidden);

    let path = format!("/organizations/{}/enrollments", o.organization);
    let (learner, newcomer, stranger) =
        (o.id("learner").await, o.id("newcomer").await, o.id("other-learner").await);
    // A stranger among the ids: refused, and nobody is enrolled.
    let body = json!({ "course": "http-course", "user_ids": [newcomer, stranger] });
    error(
        &o.call(Method::POST, &path, Some("trainer"), body).await,
        StatusCode::BAD_REQUEST,
        ErrorCode::BadRequest,
    );
    let body = json!({ "course": "http-course", "user_ids": [newcomer, "no-such-account"] });
    error(
        &o.call(Method::POST, &path, Some("trainer"), body).await,
        StatusCode::BAD_REQUEST,
        ErrorCode::BadRequest,
    );
    let enrolled: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM enrollments")
        .fetch_one(o.app.store.pool_for_tests())
        .await
        .unwrap();
    assert_eq!(enrolled, 1);
    let body = json!({ "course": "http-course", "user_ids": [learner, newcomer, newcomer] });
    let made = o.call(Method::POST, &path, Some("trainer"), body.clone()).await;
    ok(&made, StatusCode::OK);
    assert_eq!(serde_json::from_slice::<EnrollmentsMade>(&made.body).unwrap().enrolled, 1);
    let again = o.call(Method::POST, &path, Some("admin"), body.clone()).await;
    assert_eq!(serde_json::from_slice::<EnrollmentsMade>(&again.body).unwrap().enrolled, 0);
    let organization: Option<String> =
        sqlx::query_scalar("SELECT organization_id FROM enrollments WHERE user_id = $1")
            .bind(&newcomer)
            .fetch_one(o.app.store.pool_for_tests())
            .await
            .unwrap();
    assert_eq!(organization.as_deref(), Some(o.organization.as_str()));
    let listed: Vec<OrganizationCourse> =
        serde_json::from_slice(&o.get(&courses_path, "admin").await.body).unwrap();
    assert_eq!(listed[0].learners, 2);
    error(
        &o.call(Method::POST, &path, Some("learner"), body.clone()).await,
        StatusCode::FORBIDDEN,
        ErrorCode::Forbidden,
    );
    let other_path = format!("/organizations/{}/enrollments", o.other_organization);
    let body = json!({ "course": "http-course", "user_ids": [stranger] });
    error(
        &o.call(Method::POST, &other_path, Some("other-trainer"), body).await,
        StatusCode::FORBIDDEN,
        ErrorCode::Forbidden,
    );
    let body = json!({ "course": "no-such-course", "user_ids": [newcomer] });
    error(
        &o.call(Method::POST, &path, Some("trainer"), body).await,
        StatusCode::BAD_REQUEST,
        ErrorCode::BadRequest,
    );
}

async fn an_archived_course_leaves_the_catalog_and_keeps_working(backend: Backend) {
    let o = org(backend).await;
    let learner = o.token("learner").await;
    let version = o.app.store.manifest("http-course").await.unwrap().unwrap().0;
    let archive = |archived: bool| json!({ "archived": archived });
    error(
        &o.call(Method::POST, "/courses/http-course/archive", Some("learner"), archive(true)).await,
        StatusCode::FORBIDDEN,
        ErrorCode::Forbidden,
    );
    error(
        &o.call(Method::POST, "/courses/http-course/archive", Some("other-trainer"), archive(true)).await,
        StatusCode::FORBIDDEN,
        ErrorCode::Forbidden,
    );
    error(
        &o.call(Method::POST, "/courses/no-such/archive", Some("root"), archive(true)).await,
        StatusCode::NOT_FOUND,
        ErrorCode::NotFound,
    );
    ok(
        &o.call(Method::POST, "/courses/http-course/archive", Some("trainer"), archive(true)).await,
        StatusCode::NO_CONTENT,
    );
    ok(
        &o.call(Method::POST, "/courses/http-course/archive", Some("admin"), archive(true)).await,
        StatusCode::NO_CONTENT,
    );

    let catalog: Vec<CourseSummary> =
        serde_json::from_slice(&o.app.get("/api/v1/courses", &[]).await.body).unwrap();
    assert!(catalog.is_empty(), "{catalog:?}");
    // Those who hold it keep studying it.
    let manifest = o.app.get("/api/v1/courses/http-course/manifest", &[]).await;
    ok(&manifest, StatusCode::OK);
    let manifest: dala_wire::Manifest = serde_json::from_slice(&manifest.body).unwrap();
    ok(&o.app.get(&format!("/api/v1/blobs/{}", manifest.lessons[0].blob.sha256), &[]).await, StatusCode::OK);
    let event = crate::support::course_event("ab", &version, 1, "first", dala_wire::EventKind::LessonOpened);
    let synced = o
        .app
        .send_json(Method::POST, "/api/v1/progress/sync", Some(&learner), &json!({ "events": [event] }))
        .await;
    ok(&synced, StatusCode::OK);
    let synced: SyncResponse = serde_json::from_slice(&synced.body).unwrap();
    assert_eq!((synced.accepted.len(), synced.rejected.len()), (1, 0), "{synced:?}");

    // The editor and the organization page see it archived.
    let authoring: Vec<AuthoringCourse> =
        serde_json::from_slice(&o.get("/authoring/courses", "trainer").await.body).unwrap();
    assert!(authoring[0].archived);
    let courses_path = format!("/organizations/{}/courses", o.organization);
    let listed: Vec<OrganizationCourse> =
        serde_json::from_slice(&o.get(&courses_path, "trainer").await.body).unwrap();
    assert!(listed[0].archived);
    // It is offered no more.
    let code = o
        .create_code("trainer", json!({ "courses": ["http-course"], "expires_in_days": 7, "max_uses": 5 }))
        .await;
    error(&code, StatusCode::CONFLICT, ErrorCode::CourseArchived);
    let newcomer = o.id("newcomer").await;
    let body = json!({ "course": "http-course", "user_ids": [newcomer] });
    let path = format!("/organizations/{}/enrollments", o.organization);
    error(
        &o.call(Method::POST, &path, Some("trainer"), body).await,
        StatusCode::CONFLICT,
        ErrorCode::CourseArchived,
    );

    // Shown again.
    ok(
        &o.call(Method::POST, "/courses/http-course/archive", Some("trainer"), archive(false)).await,
        StatusCode::NO_CONTENT,
    );
    let catalog: Vec<CourseSummary> =
        serde_json::from_slice(&o.app.get("/api/v1/courses", &[]).await.body).unwrap();
    assert_eq!(catalog.len(), 1);
    let authoring: Vec<AuthoringCourse> =
        serde_json::from_slice(&o.get("/authoring/courses", "trainer").await.body).unwrap();
    assert!(!authoring[0].archived);
}

/// Nobody in the app may reset the superadmin's password: the command line prints a code.
#[tokio::test]
async fn the_command_line_prints_a_reset_code() {
    use http_body_util::BodyExt;
    use tower::ServiceExt;
    let dir = tempfile::tempdir().unwrap();
    let store = dala_server::store::Store::open(dir.path(), None).await.unwrap();
    dala_server::accounts::create_user(&store, 0, "root", "Root", PASSWORD, true).await.unwrap();
    drop(store);
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_dala"))
        .args(["user", "reset-password", "--login", "root", "--data-dir"])
        .arg(dir.path())
        .env("DALA_LOG", "warn")
        .output()
        .unwrap();
    assert!(output.status.success(), "{output:?}");
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    let code = stdout.split(": ").nth(1).unwrap().split(' ').next().unwrap().to_owned();
    assert_eq!(code.len(), 14, "{stdout}");
    assert!(stdout.contains("UTC"), "{stdout}");

    let store = dala_server::store::Store::open(dir.path(), None).await.unwrap();
    let router = dala_server::app(dala_server::AppState::new(store.clone(), dir.path().join("web")));
    let body = json!({ "login": "root", "code": code, "password": "a brand new passphrase" });
    let request = axum::http::Request::post("/api/v1/password-reset")
        .header("content-type", "application/json")
        .body(axum::body::Body::from(body.to_string()))
        .unwrap();
    let response = router.oneshot(request).await.unwrap();
    let status = response.status();
    let bytes = response.into_body().collect().await.unwrap().to_bytes();
    assert_eq!(status, StatusCode::CREATED, "{}", String::from_utf8_lossy(&bytes));
    assert!(serde_json::from_slice::<SignInResponse>(&bytes).unwrap().user.superadmin);
    let audited: Vec<String> = sqlx::query_scalar("SELECT action FROM audit_log ORDER BY action")
        .fetch_all(store.pool_for_tests())
        .await
        .unwrap();
    assert_eq!(audited, ["password_reset", "password_reset_used"]);
}
