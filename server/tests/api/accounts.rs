//! Accounts and sessions: signing in and out, the errors a learner can meet, sliding expiry,
//! revocation and the sign-in rate limit.

use axum::body::Body;
use axum::http::{Method, StatusCode, header};
use dala_server::accounts;
use dala_wire::{ErrorCode, Me, Role, SignInResponse};
use serde_json::json;
use sqlx::Row;

use crate::support::{Backend, PASSWORD, TestApp};

on_both_databases!(
    signing_in_gives_a_token_that_names_the_account,
    wrong_password_and_unknown_login_look_the_same,
    requests_without_a_valid_session_get_their_reason,
    signing_out_ends_the_session_everywhere,
    sessions_slide_with_use_and_expire_when_idle,
    an_administrator_can_end_every_session_of_an_account,
    failed_sign_ins_are_rate_limited_per_login,
    passwords_are_stored_only_as_argon2id_hashes,
    malformed_sign_in_requests_are_clear_errors,
    login_names_are_unique,
);

async fn with_learner(backend: Backend) -> (TestApp, String) {
    let app = TestApp::new(backend).await;
    let now = app.state.clock.now();
    let org = accounts::create_organization(&app.store, now, "Aral Youth Centre").await.unwrap();
    let id = accounts::create_user(&app.store, now, "aida", "Айдана Н.", PASSWORD, false).await.unwrap();
    accounts::add_membership(&app.store, &id, &org, Role::Learner).await.unwrap();
    (app, id)
}

async fn sign_in(app: &TestApp, login: &str, password: &str) -> crate::support::Reply {
    app.send_json(Method::POST, "/api/v1/sessions", None, &json!({ "login": login, "password": password }))
        .await
}

async fn token(app: &TestApp) -> String {
    let reply = sign_in(app, "aida", PASSWORD).await;
    assert_eq!(reply.status, StatusCode::CREATED);
    serde_json::from_slice::<SignInResponse>(&reply.body).unwrap().token
}

async fn signing_in_gives_a_token_that_names_the_account(backend: Backend) {
    let (app, id) = with_learner(backend).await;
    let reply = sign_in(&app, "aida", PASSWORD).await;
    assert_eq!(reply.status, StatusCode::CREATED);
    let session: SignInResponse = serde_json::from_slice(&reply.body).unwrap();
    assert_eq!(session.token.len(), 64);
    assert_eq!(session.user.id, id);
    assert_eq!(session.user.display_name, "Айдана Н.");
    assert_eq!(session.user.memberships.len(), 1);
    assert_eq!(session.user.memberships[0].organization_name, "Aral Youth Centre");
    assert_eq!(session.user.memberships[0].role, Role::Learner);
    assert_eq!(session.expires_at, app.state.clock.now() + app.state.session_idle);

    let me = app.get_as("/api/v1/me", &session.token).await;
    assert_eq!(me.status, StatusCode::OK);
    assert_eq!(serde_json::from_slice::<Me>(&me.body).unwrap(), session.user);

    // Login names are matched without regard to case or surrounding spaces.
    assert_eq!(sign_in(&app, " AIDA ", PASSWORD).await.status, StatusCode::CREATED);
}

async fn wrong_password_and_unknown_login_look_the_same(backend: Backend) {
    let (app, _) = with_learner(backend).await;
    let wrong = sign_in(&app, "aida", "correct horse batterz").await;
    let unknown = sign_in(&app, "nobody", PASSWORD).await;
    for reply in [&wrong, &unknown] {
        assert_eq!(reply.status, StatusCode::UNAUTHORIZED);
        assert_eq!(reply.error().code, ErrorCode::WrongCredentials);
        assert_eq!(reply.error().message, "wrong login name or password");
    }
}

async fn requests_without_a_valid_session_get_their_reason(backend: Backend) {
    let (app, _) = with_learner(backend).await;
    let none = app.get("/api/v1/me", &[]).await;
    assert_eq!(none.status, StatusCode::UNAUTHORIZED);
    assert_eq!(none.error().code, ErrorCode::Unauthorized);
    assert_eq!(none.header(header::WWW_AUTHENTICATE), "Bearer");
    let basic = app.get("/api/v1/me", &[("authorization", "Basic YWlkYTp4")]).await;
    assert_eq!(basic.error().code, ErrorCode::Unauthorized);
    let unknown = app.get_as("/api/v1/me", &"0".repeat(64)).await;
    assert_eq!(unknown.status, StatusCode::UNAUTHORIZED);
    assert_eq!(unknown.error().code, ErrorCode::SessionInvalid);
}

async fn signing_out_ends_the_session_everywhere(backend: Backend) {
    let (app, _) = with_learner(backend).await;
    let (phone, laptop) = (token(&app).await, token(&app).await);
    let out = app
        .send(
            Method::DELETE,
            "/api/v1/sessions/current",
            &[("authorization", &format!("Bearer {phone}"))],
            Body::empty(),
        )
        .await;
    assert_eq!(out.status, StatusCode::NO_CONTENT);
    let after = app.get_as("/api/v1/me", &phone).await;
    assert_eq!(after.status, StatusCode::UNAUTHORIZED);
    assert_eq!(after.error().code, ErrorCode::SessionRevoked);
    assert_eq!(app.get_as("/api/v1/me", &laptop).await.status, StatusCode::OK, "other sessions go on");
}

async fn sessions_slide_with_use_and_expire_when_idle(backend: Backend) {
    let (app, _) = with_learner(backend).await;
    let token = token(&app).await;
    let day = 24 * 60 * 60;
    let idle_days = app.state.session_idle / day;
    // Used every (limit − 1) days, the session never ends.
    for _ in 0..3 {
        app.state.clock.advance((idle_days - 1) * day);
        assert_eq!(app.get_as("/api/v1/me", &token).await.status, StatusCode::OK);
    }
    // Left unused past the limit, it does.
    app.state.clock.advance(idle_days * day + 1);
    let expired = app.get_as("/api/v1/me", &token).await;
    assert_eq!(expired.status, StatusCode::UNAUTHORIZED);
    assert_eq!(expired.error().code, ErrorCode::SessionExpired);
}

async fn an_administrator_can_end_every_session_of_an_account(backend: Backend) {
    let (app, id) = with_learner(backend).await;
    let (a, b) = (token(&app).await, token(&app).await);
    let ended = accounts::revoke_sessions(&app.store, app.state.clock.now(), &id).await.unwrap();
    assert_eq!(ended, 2);
    for t in [a, b] {
        assert_eq!(app.get_as("/api/v1/me", &t).await.error().code, ErrorCode::SessionRevoked);
    }
    assert_eq!(sign_in(&app, "aida", PASSWORD).await.status, StatusCode::CREATED, "signing in again works");
}

async fn failed_sign_ins_are_rate_limited_per_login(backend: Backend) {
    let (app, _) = with_learner(backend).await;
    accounts::create_user(&app.store, 0, "bolat", "Bolat", PASSWORD, false).await.unwrap();
    for _ in 0..5 {
        assert_eq!(
            sign_in(&app, "aida", "guess guess guess").await.error().code,
            ErrorCode::WrongCredentials
        );
    }
    // Even the right password waits now: the limit protects the account, not the guess.
    let limited = sign_in(&app, "aida", PASSWORD).await;
    assert_eq!(limited.status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(limited.error().code, ErrorCode::TooManyAttempts);
    let retry_after: i64 = limited.header(header::RETRY_AFTER).parse().unwrap();
    assert!((1..=15 * 60).contains(&retry_after), "{retry_after}");
    assert_eq!(
        sign_in(&app, "bolat", PASSWORD).await.status,
        StatusCode::CREATED,
        "others are not locked out"
    );
    app.state.clock.advance(retry_after);
    assert_eq!(sign_in(&app, "aida", PASSWORD).await.status, StatusCode::CREATED);
}

async fn passwords_are_stored_only_as_argon2id_hashes(backend: Backend) {
    let (app, id) = with_learner(backend).await;
    let token = token(&app).await;
    let row = sqlx::query("SELECT password_hash FROM users WHERE id = $1")
        .bind(&id)
        .fetch_one(app.store.pool_for_tests())
        .await
        .unwrap();
    let hash: String = row.get("password_hash");
    assert!(hash.starts_with("$argon2id$") && !hash.contains(PASSWORD), "{hash}");
    let tokens: Vec<String> = sqlx::query_scalar("SELECT token_sha256 FROM sessions")
        .fetch_all(app.store.pool_for_tests())
        .await
        .unwrap();
    assert!(!tokens.contains(&token), "the token itself is never stored");
}

async fn malformed_sign_in_requests_are_clear_errors(backend: Backend) {
    let (app, _) = with_learner(backend).await;
    let not_json = app
        .send(Method::POST, "/api/v1/sessions", &[("content-type", "application/json")], Body::from("{oops"))
        .await;
    assert_eq!(not_json.status, StatusCode::BAD_REQUEST);
    assert_eq!(not_json.error().code, ErrorCode::BadRequest);
    let missing = app.send_json(Method::POST, "/api/v1/sessions", None, &json!({ "login": "aida" })).await;
    assert_eq!(missing.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(missing.error().code, ErrorCode::BadRequest);
    let huge = app
        .send_json(
            Method::POST,
            "/api/v1/sessions",
            None,
            &json!({ "login": "aida", "password": "x".repeat(100_000) }),
        )
        .await;
    assert_eq!(huge.error().code, ErrorCode::WrongCredentials, "long passwords are cut, not hashed whole");
}

async fn login_names_are_unique(backend: Backend) {
    let (app, _) = with_learner(backend).await;
    let again = accounts::create_user(&app.store, 0, "aida", "Another", PASSWORD, false).await;
    assert!(matches!(again, Err(dala_server::error::AppError::Conflict(_))), "{again:?}");
}

/// The installation's first account comes from the command line, with the password on
/// standard input (never in the process list).
#[tokio::test]
async fn the_superadmin_is_created_from_the_command_line() {
    use std::io::Write;
    let dir = tempfile::tempdir().unwrap();
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_dala"))
        .args([
            "user",
            "add",
            "--login",
            "root-admin",
            "--display-name",
            "Installation admin",
            "--superadmin",
        ])
        .args(["--organization", "Dala network", "--role", "administrator"])
        .arg("--data-dir")
        .arg(dir.path())
        .env_remove("DALA_PASSWORD")
        .env("DALA_LOG", "warn")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(format!("{PASSWORD}\n").as_bytes()).unwrap();
    let output = child.wait_with_output().unwrap();
    assert!(output.status.success(), "{output:?}");
    assert_eq!(String::from_utf8_lossy(&output.stdout).trim(), "created account `root-admin`");

    let store = dala_server::store::Store::open(dir.path(), None).await.unwrap();
    let id = accounts::user_id_by_login(&store, "root-admin").await.unwrap().unwrap();
    let me = accounts::me(&store, &id).await.unwrap();
    assert!(me.superadmin);
    assert_eq!(me.memberships[0].organization_name, "Dala network");
    assert_eq!(me.memberships[0].role, Role::Administrator);
    drop(store);

    // A second account with the same login is refused with a clear message.
    let again = std::process::Command::new(env!("CARGO_BIN_EXE_dala"))
        .args(["user", "add", "--login", "root-admin", "--display-name", "Again"])
        .arg("--data-dir")
        .arg(dir.path())
        .env("DALA_PASSWORD", PASSWORD)
        .env("DALA_LOG", "warn")
        .output()
        .unwrap();
    assert!(!again.status.success());
    assert!(
        String::from_utf8_lossy(&again.stderr).contains("the login name `root-admin` is taken"),
        "{again:?}"
    );
}
