//! The access matrix: every API route, called by every kind of caller. Allowed calls succeed;
//! the others get 401 (not signed in) or 403 (signed in, not allowed) in the one JSON error
//! shape. A route added to the server but not to this table fails the test.

use std::collections::BTreeSet;

use axum::body::Body;
use axum::http::{Method, StatusCode};
use dala_server::{accounts, certificates, enrollment};
use dala_wire::{ErrorCode, Member, Role};
use serde_json::{Value, json};

use crate::support::{Backend, PASSWORD, TestApp};

on_both_databases!(every_route_answers_every_caller_as_the_matrix_says, no_organization_reads_another,);

/// The callers, in the order of each row's expectations.
const CALLERS: [&str; 6] = ["anonymous", "learner", "trainer", "other-admin", "admin", "superadmin"];

/// Two organizations: the callers' accounts, and a second learner of the first organization
/// whose sessions administrators may end.
struct World {
    app: TestApp,
    organization: String,
    other_organization: String,
    classmate: String,
    /// The learner's certificate: its uuid and the key of its QR code's address.
    certificate: (String, String),
    /// The test course's source, as a draft to save.
    draft: dala_wire::CourseDraft,
    /// A progress file of the learner, made on her registered device.
    progress_file: Vec<u8>,
}

async fn world(backend: Backend) -> World {
    let app = TestApp::new(backend).await;
    let (organization, other_organization) = app.two_organizations().await;
    let (mut classmate, mut learner) = (String::new(), String::new());
    for (login, membership) in [
        ("learner", Some((&organization, Role::Learner))),
        ("classmate", Some((&organization, Role::Learner))),
        ("trainer", Some((&organization, Role::Trainer))),
        ("admin", Some((&organization, Role::Administrator))),
        ("other-admin", Some((&other_organization, Role::Administrator))),
        ("other-learner", Some((&other_organization, Role::Learner))),
        ("superadmin", None),
    ] {
        let membership = membership.map(|(o, r)| (o.as_str(), r));
        let id = app.account(login, login == "superadmin", membership).await;
        if let Some((org, Role::Learner)) = membership {
            enrollment::enroll(
                app.store.pool_for_tests(),
                &id,
                "http-course",
                Some(org),
                app.state.clock.now(),
            )
            .await
            .unwrap();
        }
        if login == "classmate" {
            classmate = id.clone();
        }
        if login == "learner" {
            learner = id;
        }
    }
    let (version, json) = app.store.manifest("http-course").await.unwrap().unwrap();
    let manifest = serde_json::from_str(&json).unwrap();
    certificates::issue(&app.state, &learner, "http-course", &version, &manifest).await.unwrap();
    let issued = certificates::certificates_after(&app.state, &learner, 0).await.unwrap().remove(0);
    let (uuid, key) = issued.verify_url.split_once("?c=").unwrap().1.split_once("&k=").unwrap();
    let certificate = (uuid.to_owned(), key.to_owned());
    app.store.set_course_owner("http-course", &organization).await.unwrap();
    let draft = app.store.current_source("http-course").await.unwrap().unwrap().1;
    let progress_file = crate::files::progress_file_of(&app, "learner", &[], 77).await;
    World { app, organization, other_organization, classmate, certificate, draft, progress_file }
}

/// A fresh session for a caller (`None` for anonymous), made without a password check so the
/// matrix stays fast.
async fn session(app: &TestApp, caller: &str) -> Option<String> {
    if caller == "anonymous" {
        return None;
    }
    let id = accounts::user_id_by_login(&app.store, caller).await.unwrap().expect("a caller's account");
    Some(accounts::start_session(&app.state, &id).await.unwrap().token)
}

/// One route: how to call it, and the status each caller gets, in [`CALLERS`] order.
struct Row {
    method: Method,
    /// The route as the server declares it, to check that every route is here.
    route: &'static str,
    path: String,
    body: Option<Value>,
    expect: [u16; 6],
}

fn rows(w: &World, manifest: &dala_wire::Manifest, version: &str, n: usize) -> Vec<Row> {
    let org = &w.organization;
    let draft = &w.draft;
    let (uuid, key) = &w.certificate;
    let event = json!({
        "id": format!("{n:032x}"), "device_id": "phone", "course": "http-course", "course_version": version,
        "item": "first", "kind": "lesson_opened", "client_time": 0, "counter": n,
    });
    let row = |method: Method, route: &'static str, path: String, body: Option<Value>, expect| Row {
        method,
        route,
        path,
        body,
        expect,
    };
    //  callers:                                      anon learner trainer other-admin admin super
    vec![
        row(Method::GET, "/courses", "/api/v1/courses".into(), None, [200, 200, 200, 200, 200, 200]),
        row(
            Method::GET,
            "/courses/{slug}/manifest",
            "/api/v1/courses/http-course/manifest".into(),
            None,
            [200, 200, 200, 200, 200, 200],
        ),
        row(
            Method::GET,
            "/blobs/{sha256}",
            format!("/api/v1/blobs/{}", manifest.lessons[0].blob.sha256),
            None,
            [200, 200, 200, 200, 200, 200],
        ),
        // Signing in takes a login and a password, whoever asks.
        row(
            Method::POST,
            "/sessions",
            "/api/v1/sessions".into(),
            Some(json!({ "login": "classmate", "password": PASSWORD })),
            [201, 201, 201, 201, 201, 201],
        ),
        row(
            Method::DELETE,
            "/sessions/current",
            "/api/v1/sessions/current".into(),
            None,
            [401, 204, 204, 204, 204, 204],
        ),
        row(Method::GET, "/me", "/api/v1/me".into(), None, [401, 200, 200, 200, 200, 200]),
        row(
            Method::POST,
            "/organizations",
            "/api/v1/organizations".into(),
            Some(json!({ "name": format!("New organization {n}") })),
            [401, 403, 403, 403, 403, 201],
        ),
        row(
            Method::GET,
            "/organizations/{organization_id}/members",
            format!("/api/v1/organizations/{org}/members"),
            None,
            [401, 403, 200, 403, 200, 200],
        ),
        row(
            Method::POST,
            "/organizations/{organization_id}/join-codes",
            format!("/api/v1/organizations/{org}/join-codes"),
            Some(json!({ "courses": ["http-course"], "expires_in_days": 7, "max_uses": 5 })),
            [401, 403, 201, 403, 201, 201],
        ),
        // The organization's trainers may end a learner's sessions too (`may_manage`).
        row(
            Method::DELETE,
            "/users/{user_id}/sessions",
            format!("/api/v1/users/{}/sessions", w.classmate),
            None,
            [401, 403, 200, 403, 200, 200],
        ),
        row(
            Method::GET,
            "/organizations",
            "/api/v1/organizations".into(),
            None,
            [401, 403, 403, 403, 403, 200],
        ),
        row(
            Method::GET,
            "/organizations/{organization_id}/join-codes",
            format!("/api/v1/organizations/{org}/join-codes"),
            None,
            [401, 403, 200, 403, 200, 200],
        ),
        // A fresh code of the organization is ended at each call (`{code_id}` filled in then).
        row(
            Method::DELETE,
            "/organizations/{organization_id}/join-codes/{code_id}",
            format!("/api/v1/organizations/{org}/join-codes/{{code_id}}"),
            None,
            [401, 403, 204, 403, 204, 204],
        ),
        row(
            Method::GET,
            "/organizations/{organization_id}/courses",
            format!("/api/v1/organizations/{org}/courses"),
            None,
            [401, 403, 200, 403, 200, 200],
        ),
        row(
            Method::POST,
            "/organizations/{organization_id}/enrollments",
            format!("/api/v1/organizations/{org}/enrollments"),
            Some(json!({ "course": "http-course", "user_ids": [w.classmate] })),
            [401, 403, 200, 403, 200, 200],
        ),
        row(
            Method::POST,
            "/users/{user_id}/password-reset",
            format!("/api/v1/users/{}/password-reset", w.classmate),
            Some(json!({})),
            [401, 403, 201, 403, 201, 201],
        ),
        // The reset code is the permission (a fresh one for the classmate at each call, who
        // keeps the tests' password).
        row(
            Method::POST,
            "/password-reset",
            "/api/v1/password-reset".into(),
            Some(json!({ "login": "classmate", "code": "placeholder", "password": PASSWORD })),
            [201; 6],
        ),
        // Redeeming a join code creates an account: the code is the permission.
        row(
            Method::POST,
            "/join",
            "/api/v1/join".into(),
            Some(
                json!({ "code": "placeholder", "login": format!("joiner-{n}"), "display_name": "J", "password": PASSWORD }),
            ),
            [201, 201, 201, 201, 201, 201],
        ),
        // The course is closed: enrolled learners only (others are told to get a join code).
        row(
            Method::POST,
            "/courses/{slug}/enrollment",
            "/api/v1/courses/http-course/enrollment".into(),
            Some(json!({})),
            [401, 200, 403, 403, 403, 403],
        ),
        row(
            Method::POST,
            "/progress/sync",
            "/api/v1/progress/sync".into(),
            Some(json!({ "events": [event] })),
            [401, 200, 200, 200, 200, 200],
        ),
        // The same sync in the compact shape (issue 16): the same rule.
        row(
            Method::POST,
            "/progress/compact",
            "/api/v1/progress/compact".into(),
            Some(json!({ "d": "phone", "g": [{ "c": "http-course", "v": version, "e": [{
                "i": format!("{:032x}", n + 1), "t": "first", "k": "o", "n": n + 1, "ms": 0,
            }] }] })),
            [401, 200, 200, 200, 200, 200],
        ),
        // The first page, with the catalog in it, is for anyone.
        row(Method::GET, "/", "/".into(), None, [200; 6]),
        // So are the interface's messages.
        row(Method::GET, "/locales/{file}", "/locales/kk.ftl".into(), None, [200; 6]),
        // Verifying needs no account: keys, lists and the verdict are for anyone.
        row(Method::GET, "/.well-known/jwks.json", "/.well-known/jwks.json".into(), None, [200; 6]),
        row(Method::GET, "/.well-known/did.json", "/.well-known/did.json".into(), None, [200; 6]),
        row(Method::GET, "/did.json", "/did.json".into(), None, [200; 6]),
        row(Method::GET, "/credentials/status/{list}", "/credentials/status/1".into(), None, [200; 6]),
        row(Method::GET, "/trust", "/api/v1/trust".into(), None, [200; 6]),
        // A device registers its keys for whoever is signed in on it.
        row(
            Method::POST,
            "/devices",
            "/api/v1/devices".into(),
            Some(crate::files::device_keys(n)),
            [401, 204, 204, 204, 204, 204],
        ),
        // A learner's progress file: the trainers and administrators of her organization, and
        // the superadmin, import it (she syncs instead).
        row(
            Method::POST,
            "/progress/files",
            "/api/v1/progress/files".into(),
            None,
            [401, 403, 200, 403, 200, 200],
        ),
        row(
            Method::POST,
            "/verify",
            "/api/v1/verify".into(),
            Some(json!({ "credential": "x.y.z" })),
            [200; 6],
        ),
        // The QR code's address: the key is the permission.
        row(
            Method::GET,
            "/certificates/{id}",
            format!("/api/v1/certificates/{uuid}?key={key}"),
            None,
            [200; 6],
        ),
        row(
            Method::GET,
            "/certificates/{id}/wallet",
            format!("/api/v1/certificates/{uuid}/wallet?key={key}"),
            None,
            [200; 6],
        ),
        row(
            Method::GET,
            "/certificates",
            "/api/v1/certificates".into(),
            None,
            [401, 200, 200, 200, 200, 200],
        ),
        // The PDF is its learner's alone; to anyone else it does not exist.
        row(
            Method::GET,
            "/certificates/{id}/pdf",
            format!("/api/v1/certificates/{uuid}/pdf"),
            None,
            [401, 200, 404, 404, 404, 404],
        ),
        row(
            Method::POST,
            "/certificates/{id}/revocation",
            format!("/api/v1/certificates/{uuid}/revocation"),
            Some(json!({ "reason": "a test" })),
            [401, 403, 403, 403, 200, 200],
        ),
        row(
            Method::GET,
            "/organizations/{organization_id}/certificates",
            format!("/api/v1/organizations/{org}/certificates"),
            None,
            [401, 403, 403, 403, 200, 200],
        ),
        // Reports: the organization's administrators; the audit log: the superadmin.
        row(
            Method::GET,
            "/reports/summary",
            format!("/api/v1/reports/summary?organization={org}"),
            None,
            [401, 403, 403, 403, 200, 200],
        ),
        row(
            Method::GET,
            "/reports/export",
            format!("/api/v1/reports/export?table=months&organization={org}"),
            None,
            [401, 403, 403, 403, 200, 200],
        ),
        row(
            Method::GET,
            "/reports/courses/{slug}",
            format!("/api/v1/reports/courses/http-course?organization={org}"),
            None,
            [401, 403, 403, 403, 200, 200],
        ),
        // Individual learners: the organization's trainers and administrators, not the superadmin.
        row(
            Method::GET,
            "/organizations/{organization_id}/learners",
            format!("/api/v1/organizations/{org}/learners"),
            None,
            [401, 403, 200, 403, 200, 403],
        ),
        // Questions to trainers: the organization's trainers and administrators, not the superadmin.
        row(
            Method::GET,
            "/organizations/{organization_id}/questions",
            format!("/api/v1/organizations/{org}/questions"),
            None,
            [401, 403, 200, 403, 200, 403],
        ),
        row(Method::GET, "/audit", "/api/v1/audit".into(), None, [401, 403, 403, 403, 403, 200]),
        // Authoring: the trainers and administrators of the course's organization.
        row(
            Method::GET,
            "/authoring/courses",
            "/api/v1/authoring/courses".into(),
            None,
            [401, 200, 200, 200, 200, 200],
        ),
        row(
            Method::POST,
            "/organizations/{organization_id}/courses",
            format!("/api/v1/organizations/{org}/courses"),
            Some(json!({ "draft": {
                "slug": format!("course-{n}"), "items": [{ "lesson": { "id": "a", "markdown": "# A\n" } }], "images": [],
                "metadata": { "title": "T", "summary": "S", "language": "en", "version": "1", "authors": ["A"], "licence": "CC BY 4.0" },
            } })),
            [401, 403, 201, 403, 201, 201],
        ),
        row(
            Method::GET,
            "/courses/{slug}/draft",
            "/api/v1/courses/http-course/draft".into(),
            None,
            [401, 403, 200, 403, 200, 200],
        ),
        // The revision is filled in at the call: each allowed caller saves on top of the last.
        row(
            Method::PUT,
            "/courses/{slug}/draft",
            "/api/v1/courses/http-course/draft".into(),
            Some(json!({ "base_revision": 0, "draft": draft })),
            [401, 403, 200, 403, 200, 200],
        ),
        row(
            Method::POST,
            "/courses/{slug}/publish",
            "/api/v1/courses/http-course/publish".into(),
            Some(json!({ "revision": 0 })),
            [401, 403, 200, 403, 200, 200],
        ),
        // Showing the course again (archiving it would take it from the other rows).
        row(
            Method::POST,
            "/courses/{slug}/archive",
            "/api/v1/courses/http-course/archive".into(),
            Some(json!({ "archived": false })),
            [401, 403, 204, 403, 204, 204],
        ),
        row(
            Method::POST,
            "/courses/{slug}/preview",
            "/api/v1/courses/http-course/preview".into(),
            Some(json!({ "markdown": "# Title\n\nText." })),
            [401, 403, 200, 403, 200, 200],
        ),
        // The body is a PNG, sent as is.
        row(
            Method::POST,
            "/courses/{slug}/images",
            "/api/v1/courses/http-course/images?name=dot.png&alt=A%20dot".into(),
            None,
            [401, 403, 201, 403, 201, 201],
        ),
    ]
}

/// A one-pixel PNG.
fn png() -> Vec<u8> {
    let mut bytes = std::io::Cursor::new(Vec::new());
    image::RgbaImage::from_pixel(1, 1, image::Rgba([0, 80, 60, 255]))
        .write_to(&mut bytes, image::ImageFormat::Png)
        .unwrap();
    bytes.into_inner()
}

/// The current draft revision of the test course (0 while there is no draft).
async fn draft_revision(w: &World) -> u64 {
    let revision: Option<i64> = sqlx::query_scalar("SELECT revision FROM drafts WHERE slug = 'http-course'")
        .fetch_optional(w.app.store.pool_for_tests())
        .await
        .unwrap();
    revision.unwrap_or(0) as u64
}

async fn every_route_answers_every_caller_as_the_matrix_says(backend: Backend) {
    let w = world(backend).await;
    let manifest = w.app.manifest().await;
    let version = w.app.store.manifest("http-course").await.unwrap().unwrap().0;
    let listed: BTreeSet<&str> = rows(&w, &manifest, &version, 0).iter().map(|r| r.route).collect();
    assert_eq!(
        declared_routes(),
        listed.iter().map(|r| r.to_string()).collect(),
        "every route is in the matrix"
    );
    for (c, caller) in CALLERS.iter().enumerate() {
        for (r, row) in rows(&w, &manifest, &version, c * 100 + 1).into_iter().enumerate() {
            let token = session(&w.app, caller).await;
            let mut body = row.body.clone();
            if row.route == "/join" {
                body.as_mut().unwrap()["code"] = json!(join_code(&w).await);
            }
            if row.route == "/password-reset" {
                body.as_mut().unwrap()["code"] = json!(reset_code(&w).await);
            }
            let mut path = row.path.clone();
            if row.route == "/organizations/{organization_id}/join-codes/{code_id}" {
                path = path.replace("{code_id}", &join_code_id(&w).await);
            }
            if row.route == "/courses/{slug}/draft" && row.method == Method::PUT {
                body.as_mut().unwrap()["base_revision"] = json!(draft_revision(&w).await);
            }
            if row.route == "/courses/{slug}/publish" {
                body.as_mut().unwrap()["revision"] = json!(draft_revision(&w).await);
            }
            let mut headers = vec![("content-type", "application/json")];
            let bearer = token.as_ref().map(|t| format!("Bearer {t}"));
            if let Some(bearer) = &bearer {
                headers.push(("authorization", bearer));
            }
            let body = match body {
                _ if row.route == "/courses/{slug}/images" => Body::from(png()),
                _ if row.route == "/progress/files" => Body::from(w.progress_file.clone()),
                Some(json) => Body::from(json.to_string()),
                None => Body::empty(),
            };
            let reply = w.app.send(row.method.clone(), &path, &headers, body).await;
            let expected = row.expect[c];
            assert_eq!(
                reply.status.as_u16(),
                expected,
                "{} {} as {caller} (row {r}): {}",
                row.method,
                row.path,
                String::from_utf8_lossy(&reply.body)
            );
            let error_code = match reply.status {
                StatusCode::UNAUTHORIZED => Some(ErrorCode::Unauthorized),
                StatusCode::FORBIDDEN if row.route == "/courses/{slug}/enrollment" => {
                    Some(ErrorCode::EnrollmentClosed)
                }
                StatusCode::FORBIDDEN => Some(ErrorCode::Forbidden),
                _ => None,
            };
            if let Some(code) = error_code {
                assert_eq!(reply.error().code, code, "{} {} as {caller}", row.method, row.path);
            }
        }
    }
}

/// A fresh join code of the first organization, made by its trainer.
async fn join_code(w: &World) -> String {
    let token = session(&w.app, "trainer").await.unwrap();
    let reply = w
        .app
        .send_json(
            Method::POST,
            &format!("/api/v1/organizations/{}/join-codes", w.organization),
            Some(&token),
            &json!({ "courses": ["http-course"], "expires_in_days": 1, "max_uses": 1 }),
        )
        .await;
    serde_json::from_slice::<dala_wire::JoinCodeCreated>(&reply.body).unwrap().code
}

/// The id of a fresh join code of the first organization.
async fn join_code_id(w: &World) -> String {
    let token = session(&w.app, "trainer").await.unwrap();
    let reply = w
        .app
        .send_json(
            Method::POST,
            &format!("/api/v1/organizations/{}/join-codes", w.organization),
            Some(&token),
            &json!({ "courses": ["http-course"], "expires_in_days": 1, "max_uses": 1 }),
        )
        .await;
    serde_json::from_slice::<dala_wire::JoinCodeCreated>(&reply.body).unwrap().id
}

/// A fresh password-reset code for the classmate, made by the organization's administrator.
async fn reset_code(w: &World) -> String {
    let token = session(&w.app, "admin").await.unwrap();
    let reply = w
        .app
        .send_json(
            Method::POST,
            &format!("/api/v1/users/{}/password-reset", w.classmate),
            Some(&token),
            &json!({}),
        )
        .await;
    serde_json::from_slice::<dala_wire::PasswordResetIssued>(&reply.body).unwrap().code
}

async fn no_organization_reads_another(backend: Backend) {
    let w = world(backend).await;
    let members = |caller: &'static str, org: String| {
        let app = &w.app;
        async move {
            let token = session(app, caller).await.unwrap();
            app.get_as(&format!("/api/v1/organizations/{org}/members"), &token).await
        }
    };
    let own: Vec<Member> =
        serde_json::from_slice(&members("other-admin", w.other_organization.clone()).await.body).unwrap();
    let logins: BTreeSet<&str> = own.iter().map(|m| m.login.as_str()).collect();
    assert_eq!(logins, BTreeSet::from(["other-admin", "other-learner"]));
    let theirs = members("other-admin", w.organization.clone()).await;
    assert_eq!(theirs.status, StatusCode::FORBIDDEN);
    assert!(!String::from_utf8_lossy(&theirs.body).contains("classmate"));
    // An unknown organization answers like a foreign one: ids cannot be probed.
    assert_eq!(members("admin", "no-such-organization".into()).await.status, StatusCode::FORBIDDEN);

    let mine: Vec<Member> =
        serde_json::from_slice(&members("trainer", w.organization.clone()).await.body).unwrap();
    let learner = mine.iter().find(|m| m.login == "learner").unwrap();
    assert_eq!(
        (learner.roles.as_slice(), learner.courses.as_slice()),
        (&[Role::Learner][..], &["http-course".to_owned()][..])
    );
    assert!(mine.iter().all(|m| !m.login.starts_with("other-")), "{mine:?}");
    // The superadmin sees every organization.
    assert_eq!(members("superadmin", w.other_organization.clone()).await.status, StatusCode::OK);

    // An administrator of another organization cannot end this organization's sessions.
    let other_admin = session(&w.app, "other-admin").await.unwrap();
    let path = format!("/api/v1/users/{}/sessions", w.classmate);
    let reply = w
        .app
        .send(Method::DELETE, &path, &[("authorization", &format!("Bearer {other_admin}"))], Body::empty())
        .await;
    assert_eq!(reply.status, StatusCode::FORBIDDEN);
}

/// Every `.route("…")` the server's sources declare, but `/healthz` (outside the API, about
/// nobody's data).
fn declared_routes() -> BTreeSet<String> {
    let mut declared = BTreeSet::new();
    let mut folders = vec![std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src")];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                folders.push(path);
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap_or_default();
            // Unit tests' own routers are not the server's.
            let text = text.split("#[cfg(test)]").next().unwrap_or_default();
            // `.route("/path", …)`, on one line or with the path on the next.
            for piece in text.split(".route(").skip(1) {
                if let Some(path) = piece.trim_start().strip_prefix('"') {
                    declared.insert(path.split('"').next().unwrap().to_owned());
                }
            }
        }
    }
    declared.remove("/healthz");
    declared
}
