//! Accounts and sessions: signing in and out, the errors a learner can meet, sliding expiry,
//! revocation and the sign-in rate limit.

use axum::body::Body;
use axum::http::{Method, StatusCode, header};
use dala_server::accounts;
use dala_wire::{ErrorCode, Me, Role, SignInResponse};
use serde_json::json;
use sqlx::Row;

use crate::support::{Backend, PASSWORD, TestApp, request_from};

on_both_databases!(
    signing_in_gives_a_token_that_names_the_account,
    wrong_password_and_unknown_login_look_the_same,
    requests_without_a_valid_session_get_their_reason,
    signing_out_ends_the_session_everywhere,
    sessions_slide_with_use_and_expire_when_idle,
    an_administrator_can_end_every_session_of_an_account,
    wrong_passwords_slow_an_account_down_but_never_lock_it,
    failed_sign_ins_through_a_trusted_proxy_do_not_lock_out_other_learners,
    forwarding_headers_from_an_untrusted_peer_are_ignored,
    concurrent_guesses_check_at_most_the_allowed_passwords,
    overlong_login_names_never_reach_the_limiter,
    join_code_guesses_are_limited_per_client_even_at_once,
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
    // Idle time from the sign-in (the clock may have ticked over a second since).
    let signed_in_at = session.expires_at - app.state.session_idle;
    let now = app.state.clock.now();
    assert!((now - 5..=now).contains(&signed_in_at), "signed in at {signed_in_at}, now {now}");

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

/// Five wrong passwords from anyone used to lock an account for everyone for 15 minutes. Now
/// each further attempt waits 1 s, 2 s, 4 s …, asking during a wait does not make it longer, and
/// the right password after the wait signs in. (The test clock follows the real one, so the
/// waits are read from `Retry-After` rather than assumed to the second.)
async fn wrong_passwords_slow_an_account_down_but_never_lock_it(backend: Backend) {
    let (app, _) = with_learner(backend).await;
    accounts::create_user(&app.store, 0, "bolat", "Bolat", PASSWORD, false).await.unwrap();
    for _ in 0..5 {
        assert_eq!(
            sign_in(&app, "aida", "guess guess guess").await.error().code,
            ErrorCode::WrongCredentials
        );
    }
    // Guess, wait as told, guess again, until the wait is long enough to look at.
    let (mut waits, mut checked) = (Vec::new(), 5);
    loop {
        let reply = sign_in(&app, "aida", "guess guess guess").await;
        if reply.status == StatusCode::UNAUTHORIZED {
            checked += 1;
            continue;
        }
        assert_eq!(reply.status, StatusCode::TOO_MANY_REQUESTS);
        assert_eq!(reply.error().code, ErrorCode::TooManyAttempts);
        let wait: i64 = reply.header(header::RETRY_AFTER).parse().unwrap();
        waits.push(wait);
        if wait >= 16 {
            break;
        }
        app.state.clock.advance(wait);
    }
    assert!(waits[0] <= 2, "the first wait is short, not a lock: {waits:?}");
    assert!(checked >= 9, "{checked} passwords checked before a 16 s wait: {waits:?}");
    let longest = *waits.last().unwrap();
    // Even the right password waits now: the delay protects the account, not the guess. And
    // asking during the wait does not extend it.
    for password in [PASSWORD, "guess guess guess"].repeat(10) {
        let again = sign_in(&app, "aida", password).await;
        assert_eq!(again.status, StatusCode::TOO_MANY_REQUESTS);
        assert!(again.header(header::RETRY_AFTER).parse::<i64>().unwrap() <= longest);
    }
    assert_eq!(sign_in(&app, "bolat", PASSWORD).await.status, StatusCode::CREATED, "others are not slowed");
    app.state.clock.advance(longest);
    assert_eq!(sign_in(&app, "aida", PASSWORD).await.status, StatusCode::CREATED, "right after the wait");
    // Signed in, the account starts afresh.
    for _ in 0..5 {
        assert_eq!(sign_in(&app, "aida", "guess guess guess").await.status, StatusCode::UNAUTHORIZED);
    }
}

async fn sign_in_from(
    app: &TestApp,
    peer: &str,
    forwarded_for: &str,
    login: &str,
    password: &str,
) -> StatusCode {
    let body = json!({ "login": login, "password": password });
    let headers: &[(&str, &str)] =
        if forwarded_for.is_empty() { &[] } else { &[("x-forwarded-for", forwarded_for)] };
    app.send_request(request_from(peer, Method::POST, "/api/v1/sessions", headers, &body)).await.status
}

/// Behind a reverse proxy every request comes from the proxy's address. Named with
/// `--trusted-proxy`, the proxy's `X-Forwarded-For` tells the learners apart, so one stranger's
/// failures (here 60, for 60 login names) slow that stranger only.
async fn failed_sign_ins_through_a_trusted_proxy_do_not_lock_out_other_learners(backend: Backend) {
    let (mut app, _) = with_learner(backend).await;
    app.set_trusted_proxies(&["10.0.0.0/8", "fd00::/8"]);
    let mut answers = Vec::new();
    for n in 0..60 {
        answers.push(
            sign_in_from(&app, "10.0.0.2:40000", "203.0.113.7", &format!("guess-{n}"), "guess guess guess")
                .await,
        );
    }
    // 50 at once, then one per 18 s (the test clock follows the real one).
    assert!(answers[..50].iter().all(|s| *s == StatusCode::UNAUTHORIZED), "{answers:?}");
    assert!(
        answers[50..].iter().filter(|s| **s == StatusCode::TOO_MANY_REQUESTS).count() >= 9,
        "{answers:?}"
    );
    assert_eq!(
        sign_in_from(&app, "10.0.0.2:40001", "198.51.100.4", "aida", PASSWORD).await,
        StatusCode::CREATED,
        "another learner behind the same proxy signs in"
    );
    // The stranger is recognised through the other (IPv6) proxy too.
    let via_v6 = sign_in_from(&app, "[fd00::2]:40000", "203.0.113.7", "aida", PASSWORD).await;
    assert_eq!(via_v6, StatusCode::TOO_MANY_REQUESTS);
}

/// A client that talks to the server directly cannot choose its address with a header.
async fn forwarding_headers_from_an_untrusted_peer_are_ignored(backend: Backend) {
    let (mut app, _) = with_learner(backend).await;
    app.set_trusted_proxies(&["10.0.0.0/8"]);
    for n in 0..50 {
        let spoofed = format!("198.51.100.{n}");
        let status =
            sign_in_from(&app, "192.0.2.9:5000", &spoofed, &format!("guess-{n}"), "guess guess guess").await;
        assert_eq!(status, StatusCode::UNAUTHORIZED);
    }
    for forwarded in ["198.51.100.200", "10.0.0.1", ""] {
        let status = sign_in_from(&app, "192.0.2.9:5001", forwarded, "aida", PASSWORD).await;
        assert_eq!(status, StatusCode::TOO_MANY_REQUESTS, "{forwarded}");
    }
    let body = json!({ "login": "aida", "password": PASSWORD });
    let forwarded = [("forwarded", "for=198.51.100.201")];
    let reply = app
        .send_request(request_from("192.0.2.9:5002", Method::POST, "/api/v1/sessions", &forwarded, &body))
        .await;
    assert_eq!(reply.status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(sign_in_from(&app, "192.0.2.10:5000", "", "aida", PASSWORD).await, StatusCode::CREATED);
}

/// The check and the reservation are one step: 40 guesses at once used to get 32 passwords
/// checked with a limit of 5.
async fn concurrent_guesses_check_at_most_the_allowed_passwords(backend: Backend) {
    let (app, _) = with_learner(backend).await;
    let body = json!({ "login": "aida", "password": "guess guess guess" });
    let requests = (0..40)
        .map(|n| request_from(&format!("198.51.100.{n}:5000"), Method::POST, "/api/v1/sessions", &[], &body))
        .collect();
    let replies = app.send_all(requests).await;
    let checked = replies.iter().filter(|r| r.status == StatusCode::UNAUTHORIZED).count();
    let refused = replies.iter().filter(|r| r.status == StatusCode::TOO_MANY_REQUESTS).count();
    assert_eq!(checked + refused, 40);
    // Five free failures; a sixth only if the clock's second turned during the burst.
    assert!((5..=6).contains(&checked), "{checked} passwords checked");
}

/// Login names are checked before anything else: a stranger sending long or impossible names
/// gets the usual answer and leaves nothing behind in the limiter.
async fn overlong_login_names_never_reach_the_limiter(backend: Backend) {
    let (app, _) = with_learner(backend).await;
    for login in ["a".repeat(1_900_000), "a".repeat(65), "no spaces".into(), "ай".into()] {
        let reply = sign_in(&app, &login, "guess guess guess").await;
        assert_eq!(reply.status, StatusCode::UNAUTHORIZED);
        assert_eq!(reply.error().code, ErrorCode::WrongCredentials);
    }
    assert_eq!(app.state.sign_in_limiter.entries(), (0, 0));
    assert_eq!(sign_in(&app, &"a".repeat(64), "guess guess guess").await.status, StatusCode::UNAUTHORIZED);
    assert_eq!(app.state.sign_in_limiter.entries(), (1, 0), "a possible name is counted");
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

/// Join codes have no account to count by: each client has its budget, reserved before the code
/// is looked up, so guesses sent at once cannot all pass one check.
async fn join_code_guesses_are_limited_per_client_even_at_once(backend: Backend) {
    let (mut app, _) = with_learner(backend).await;
    app.set_trusted_proxies(&["10.0.0.0/8"]);
    let guess = |n: u32, client: &str| {
        let body = json!({ "code": format!("GUESS-{n:04}-XXXX"), "login": format!("guess-{n}"),
            "display_name": "Guess", "password": PASSWORD });
        request_from("10.0.0.2:40000", Method::POST, "/api/v1/join", &[("x-forwarded-for", client)], &body)
    };
    let replies = app.send_all((0..60).map(|n| guess(n, "203.0.113.7")).collect()).await;
    let checked = replies.iter().filter(|r| r.status == StatusCode::NOT_FOUND).count();
    let refused = replies.iter().filter(|r| r.status == StatusCode::TOO_MANY_REQUESTS).count();
    assert_eq!((checked, refused), (50, 10));
    let other = app.send_request(guess(99, "198.51.100.4")).await;
    assert_eq!(
        other.error().code,
        ErrorCode::JoinCodeInvalid,
        "another learner behind the proxy is not refused"
    );
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
