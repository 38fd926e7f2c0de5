//! Files that travel when the network is cut (issue 19): course files packed by the server and
//! opened with the published keys; device keys; progress files imported once, by the learner's
//! trainers only, answered by a return file only her device opens; and every refusal, with
//! nothing stored.

use axum::body::Body;
use axum::http::{Method, StatusCode};
use base64::Engine;
use dala_parcel::{DeviceSecret, InstallationSecret, ProgressContents};
use dala_server::certificates::keys;
use dala_server::{accounts, enrollment, parcels};
use dala_wire::{EventKind, ImportedProgress, Jwks, ProgressEvent, Role, Trust};
use serde_json::{Value, json};

use crate::support::{Backend, TestApp, course_event};

on_both_databases!(
    a_progress_file_is_stored_once_and_its_return_file_opens_on_her_device_only,
    every_refused_progress_file_stores_nothing,
    a_course_file_opens_with_the_published_keys_before_and_after_a_rotation,
    device_keys_belong_to_one_account_and_end_with_its_sessions,
);

/// The keys of the device made from seed `n`, as `POST /devices` takes them.
pub fn device_keys(n: usize) -> Value {
    let device = DeviceSecret::from_seed(&[n as u8; 32]);
    json!({
        "signing_key": hex::encode(device.signing_public()),
        "encryption_key": hex::encode(device.encryption_public()),
    })
}

async fn trust(app: &TestApp) -> Trust {
    serde_json::from_slice(&app.get("/api/v1/trust", &[]).await.body).unwrap()
}

/// Signs `login` in on the device of `seed`, registers its keys and seals `events` (by default
/// a lesson opened) into a progress file for the installation.
pub async fn progress_file_of(app: &TestApp, login: &str, events: &[ProgressEvent], seed: u8) -> Vec<u8> {
    let token = app.sign_in(login).await;
    let reply = app.send_json(Method::POST, "/api/v1/devices", Some(&token), &device_keys(seed.into())).await;
    assert_eq!(reply.status, StatusCode::NO_CONTENT, "{}", String::from_utf8_lossy(&reply.body));
    let account = accounts::user_id_by_login(&app.store, login).await.unwrap().unwrap();
    let events = if events.is_empty() {
        let version = app.store.manifest("http-course").await.unwrap().unwrap().0;
        vec![course_event("ff", &version, u64::from(seed), "first", EventKind::LessonOpened)]
    } else {
        events.to_vec()
    };
    seal(app, &account, &events, &DeviceSecret::from_seed(&[seed; 32])).await
}

async fn seal(app: &TestApp, account: &str, events: &[ProgressEvent], device: &DeviceSecret) -> Vec<u8> {
    let mut installation = [0u8; 32];
    hex::decode_to_slice(trust(app).await.encryption_key, &mut installation).unwrap();
    let contents = contents(account, events);
    dala_parcel::seal_progress(&contents, device, &installation, [9; 32]).unwrap()
}

fn contents(account: &str, events: &[ProgressEvent]) -> ProgressContents {
    ProgressContents {
        account: account.into(),
        file_id: "5".repeat(32),
        made_at: 1_790_000_000_000,
        events: events.to_vec(),
        certificates_after: 0,
        messages_after: 0,
        trust_etag: None,
    }
}

/// An organization with a learner ("Aigerim Nurlanovna", enrolled) and its trainer, and a
/// trainer of another organization. Returns the learner's id.
async fn people(app: &TestApp) -> String {
    let (first, second) = app.two_organizations().await;
    let id = accounts::create_user(
        &app.store,
        0,
        "aigerim",
        "Aigerim Nurlanovna",
        crate::support::PASSWORD,
        false,
    )
    .await
    .unwrap();
    accounts::add_membership(&app.store, &id, &first, Role::Learner).await.unwrap();
    enrollment::enroll(app.store.pool_for_tests(), &id, "http-course", Some(&first), 0).await.unwrap();
    app.account("marat", false, Some((&first, Role::Trainer))).await;
    app.account("stranger", false, Some((&second, Role::Trainer))).await;
    id
}

async fn import_as(app: &TestApp, login: &str, file: &[u8]) -> crate::support::Reply {
    let token = app.sign_in(login).await;
    let bearer = format!("Bearer {token}");
    app.send(
        Method::POST,
        "/api/v1/progress/files",
        &[("authorization", &bearer), ("content-type", "application/octet-stream")],
        Body::from(file.to_vec()),
    )
    .await
}

async fn stored_events(app: &TestApp) -> i64 {
    sqlx::query_scalar("SELECT COUNT(*) FROM progress_events")
        .fetch_one(app.store.pool_for_tests())
        .await
        .unwrap()
}

async fn certificate_count(app: &TestApp) -> i64 {
    sqlx::query_scalar("SELECT COUNT(*) FROM certificates")
        .fetch_one(app.store.pool_for_tests())
        .await
        .unwrap()
}

fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle.as_bytes())
}

async fn a_progress_file_is_stored_once_and_its_return_file_opens_on_her_device_only(backend: Backend) {
    let app = TestApp::new(backend).await;
    let learner = people(&app).await;
    let events = crate::certificates::completion(&app, "d1").await;
    let file = progress_file_of(&app, "aigerim", &events, 1).await;
    let held = trust(&app).await;

    let reply = import_as(&app, "marat", &file).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", String::from_utf8_lossy(&reply.body));
    let imported: ImportedProgress = serde_json::from_slice(&reply.body).unwrap();
    assert_eq!((imported.accepted, imported.rejected), (3, 0));
    assert_eq!(stored_events(&app).await, 3);
    assert_eq!(certificate_count(&app).await, 1, "the completed course earned its certificate");

    // The return file opens on her device, with the keys it held before, and carries what a
    // sync would have: every event confirmed, the course complete, the certificate.
    let returned = base64::engine::general_purpose::STANDARD.decode(&imported.return_file).unwrap();
    let device = DeviceSecret::from_seed(&[1; 32]);
    let opened = dala_parcel::open_return(&returned, &device, &held.jwks).unwrap();
    assert_eq!(opened.account, learner);
    assert_eq!(opened.file_id, "5".repeat(32));
    let mut accepted = opened.answer.accepted.clone();
    accepted.sort();
    assert_eq!(accepted, events.iter().map(|e| e.id.clone()).collect::<Vec<_>>());
    assert_eq!(opened.answer.completed_courses, vec!["http-course".to_owned()]);
    assert_eq!(opened.answer.certificates.len(), 1);
    assert_eq!(opened.answer.certificates[0].course, "http-course");
    // Another device, or keys of another installation, open nothing.
    let other = DeviceSecret::from_seed(&[2; 32]);
    assert_eq!(
        dala_parcel::open_return(&returned, &other, &held.jwks),
        Err(dala_parcel::ParcelError::NotSealedForUs)
    );
    let foreign = Jwks {
        keys: vec![dala_credential::jwk(&ed25519_dalek::SigningKey::from_bytes(&[3; 32]).verifying_key())],
    };
    assert_eq!(
        dala_parcel::open_return(&returned, &device, &foreign),
        Err(dala_parcel::ParcelError::UnknownKey)
    );

    // Nothing readable on a lost stick: neither file names her, her login, the course or its title.
    for (kind, bytes) in [("progress", &file), ("return", &returned)] {
        for name in
            ["aigerim", "Aigerim Nurlanovna", &learner, "http-course", "HTTP course", "first", "check"]
        {
            assert!(!contains(bytes, name), "the {kind} file shows {name:?}");
        }
    }
    let name = dala_wire::neutral_name("return", "dalr", &returned);
    assert!(name.starts_with("return-") && name.ends_with(".dalr") && name.len() == 20, "{name}");

    // Imported again, or synced afterwards: nothing changes.
    let again = import_as(&app, "marat", &file).await;
    assert_eq!(again.status, StatusCode::OK);
    let again: ImportedProgress = serde_json::from_slice(&again.body).unwrap();
    assert_eq!((again.accepted, again.rejected), (3, 0));
    let token = app.sign_in("aigerim").await;
    let synced = app
        .send_json(Method::POST, "/api/v1/progress/sync", Some(&token), &json!({ "events": events }))
        .await;
    assert_eq!(synced.status, StatusCode::OK);
    assert_eq!(stored_events(&app).await, 3, "each event is stored once, whichever way it came");
    assert_eq!(certificate_count(&app).await, 1);

    // The command line imports alike: the same file changes nothing.
    let asked = dala_server::languages::Asked::new(app.state.languages.clone(), &Default::default());
    let by_cli = parcels::import(&app.state, &asked, &file, async |_: &str| Ok(true)).await.unwrap();
    assert_eq!(by_cli.answer.accepted.len(), 3);
    assert_eq!(stored_events(&app).await, 3);
}

async fn every_refused_progress_file_stores_nothing(backend: Backend) {
    let app = TestApp::new(backend).await;
    let learner = people(&app).await;
    let version = app.store.manifest("http-course").await.unwrap().unwrap().0;
    let events = vec![course_event("d1", &version, 1, "first", EventKind::LessonOpened)];
    let file = progress_file_of(&app, "aigerim", &events, 1).await;
    let refused = async |file: &[u8], status: StatusCode, words: &str| {
        let reply = import_as(&app, "marat", file).await;
        assert_eq!(reply.status, status, "{}", String::from_utf8_lossy(&reply.body));
        if !words.is_empty() {
            let message = reply.error().message;
            assert!(message.contains(words), "{message:?} should say {words:?}");
        }
        assert_eq!(stored_events(&app).await, 0);
    };

    // A trainer of another organization is told nothing of whose file it is.
    let reply = import_as(&app, "stranger", &file).await;
    assert_eq!(reply.status, StatusCode::FORBIDDEN);
    assert_eq!(stored_events(&app).await, 0);

    // Sealed for another installation.
    let device = DeviceSecret::from_seed(&[1; 32]);
    let elsewhere = InstallationSecret::from_seed(&[42; 32]);
    let foreign =
        dala_parcel::seal_progress(&contents(&learner, &events), &device, &elsewhere.public(), [1; 32])
            .unwrap();
    refused(&foreign, StatusCode::BAD_REQUEST, "another installation").await;
    // Changed on the way, or cut off.
    let mut changed = file.clone();
    let middle = changed.len() / 2;
    changed[middle] ^= 1;
    refused(&changed, StatusCode::BAD_REQUEST, "changed after it was made").await;
    refused(&file[..file.len() - 10], StatusCode::BAD_REQUEST, "changed after it was made").await;
    refused(&file[..20], StatusCode::BAD_REQUEST, "cut off").await;
    // Not a progress file at all: a course file.
    let course = parcels::pack(&app.store, &app.state.issuer.keys, "http-course", true).await.unwrap();
    refused(&course, StatusCode::BAD_REQUEST, "not a Dala progress file").await;
    // Too large for any progress file.
    let huge = vec![0u8; dala_parcel::sealed::MAX_PROGRESS_BYTES + 1];
    refused(&huge, StatusCode::PAYLOAD_TOO_LARGE, "").await;
    // A device nobody registered.
    let unknown = seal(&app, &learner, &events, &DeviceSecret::from_seed(&[5; 32])).await;
    refused(&unknown, StatusCode::BAD_REQUEST, "not registered here").await;
    // Her events, signed with another learner's device: refused, nothing stored for either.
    let first: String = sqlx::query_scalar("SELECT organization_id FROM memberships WHERE user_id = $1")
        .bind(&learner)
        .fetch_one(app.store.pool_for_tests())
        .await
        .unwrap();
    app.account("dana", false, Some((&first, Role::Learner))).await;
    progress_file_of(&app, "dana", &[], 6).await;
    let impostor = seal(&app, &learner, &events, &DeviceSecret::from_seed(&[6; 32])).await;
    refused(&impostor, StatusCode::BAD_REQUEST, "another account").await;
    // The device was ended with her sessions (a lost phone): its files are refused from then on.
    accounts::revoke_sessions(&app.store, app.state.clock.now(), &learner).await.unwrap();
    refused(&file, StatusCode::BAD_REQUEST, "was ended").await;
}

async fn a_course_file_opens_with_the_published_keys_before_and_after_a_rotation(backend: Backend) {
    let mut app = TestApp::new(backend).await;
    let (version, _) = app.store.manifest("http-course").await.unwrap().unwrap();
    keys::generate(&app.store).await.unwrap();
    let ring = dala_server::certificates::Keyring::load(&app.store).await.unwrap();
    app.set_issuer(dala_server::certificates::Issuer {
        name: "Dala".into(),
        url: "http://dala.test".into(),
        keys: ring.clone(),
    });
    let whole = parcels::pack(&app.store, &ring, "http-course", true).await.unwrap();
    let without_images = parcels::pack(&app.store, &ring, "http-course", false).await.unwrap();
    assert!(without_images.len() < whole.len());

    keys::rotate(&app.store).await.unwrap();
    let published: Jwks = serde_json::from_slice(&app.get("/.well-known/jwks.json", &[]).await.body).unwrap();
    assert_eq!(published.keys.len(), 2);
    for file in [&whole, &without_images] {
        let opened = dala_parcel::open_course(file, &published).unwrap();
        assert_eq!(opened.manifest_sha256, version);
        assert_eq!(opened.seal.kid, ring.active_kid());
    }
    let opened = dala_parcel::open_course(&whole, &published).unwrap();
    assert_eq!(opened.blobs.len(), opened.manifest.blobs().len(), "every blob, the picture too");
    let opened = dala_parcel::open_course(&without_images, &published).unwrap();
    assert_eq!(opened.blobs.len(), opened.manifest.blobs().len() - 1, "the picture left out");
    // Another installation's keys do not open it.
    let foreign = Jwks {
        keys: vec![dala_credential::jwk(&ed25519_dalek::SigningKey::from_bytes(&[3; 32]).verifying_key())],
    };
    assert_eq!(dala_parcel::open_course(&whole, &foreign), Err(dala_parcel::ParcelError::UnknownKey));
    // An unknown course is a clear 404-like error.
    assert!(parcels::pack(&app.store, &ring, "no-such-course", true).await.is_err());
}

async fn device_keys_belong_to_one_account_and_end_with_its_sessions(backend: Backend) {
    let app = TestApp::new(backend).await;
    let learner = people(&app).await;
    let token = app.sign_in("aigerim").await;
    let register = async |token: &str, body: &Value| {
        app.send_json(Method::POST, "/api/v1/devices", Some(token), body).await.status
    };
    assert_eq!(register(&token, &device_keys(1)).await, StatusCode::NO_CONTENT);
    assert_eq!(register(&token, &device_keys(1)).await, StatusCode::NO_CONTENT, "again: harmless");
    let other = app.sign_in("marat").await;
    assert_eq!(register(&other, &device_keys(1)).await, StatusCode::CONFLICT, "another account's key");
    let bad = json!({ "signing_key": "zz", "encryption_key": "00" });
    assert_eq!(register(&token, &bad).await, StatusCode::BAD_REQUEST);
    let not_a_point = json!({ "signing_key": "ff".repeat(32), "encryption_key": "11".repeat(32) });
    let status = register(&token, &not_a_point).await;
    assert!(status == StatusCode::BAD_REQUEST || status == StatusCode::NO_CONTENT, "{status}");

    // Ending her sessions ends her device keys; the same key cannot be registered again.
    let found =
        parcels::devices::find(&app.store, &DeviceSecret::from_seed(&[1; 32]).id()).await.unwrap().unwrap();
    assert_eq!(found.user_id, learner);
    assert!(found.revoked_at.is_none());
    accounts::revoke_sessions(&app.store, app.state.clock.now(), &learner).await.unwrap();
    let found =
        parcels::devices::find(&app.store, &DeviceSecret::from_seed(&[1; 32]).id()).await.unwrap().unwrap();
    assert!(found.revoked_at.is_some());
    let token = app.sign_in("aigerim").await;
    assert_eq!(register(&token, &device_keys(1)).await, StatusCode::CONFLICT);
    assert_eq!(
        register(&token, &device_keys(2)).await,
        StatusCode::NO_CONTENT,
        "a new key after signing in again"
    );

    // Only the newest keys of an account stay.
    for n in 10..(10 + parcels::devices::KEPT_PER_ACCOUNT as usize + 3) {
        assert_eq!(register(&token, &device_keys(n)).await, StatusCode::NO_CONTENT);
        app.state.clock.advance(1);
    }
    let active: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM device_keys WHERE user_id = $1 AND revoked_at IS NULL")
            .bind(&learner)
            .fetch_one(app.store.pool_for_tests())
            .await
            .unwrap();
    assert_eq!(active, parcels::devices::KEPT_PER_ACCOUNT);
}

/// `dala course pack`, `dala progress import` and `dala progress return` on the installation's
/// data folder, with a clear error for each kind of wrong file.
#[tokio::test]
async fn the_command_line_packs_imports_and_returns() {
    let app = TestApp::new(Backend::Sqlite).await;
    let learner = people(&app).await;
    keys::generate(&app.store).await.unwrap();
    let data = app.dir().join("data");
    let dala = |args: &[&std::ffi::OsStr]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_dala"))
            .args(args)
            .arg("--data-dir")
            .arg(&data)
            .env("DALA_LOG", "warn")
            .output()
            .unwrap()
    };
    let os = |s: &str| std::ffi::OsString::from(s);
    let out = app.dir().join("carried");
    std::fs::create_dir_all(&out).unwrap();

    let course = out.join("http-course.dala");
    let packed = dala(&[&os("course"), &os("pack"), &os("http-course"), course.as_os_str()]);
    assert!(packed.status.success(), "{packed:?}");
    let published: Jwks = serde_json::from_slice(&app.get("/.well-known/jwks.json", &[]).await.body).unwrap();
    let ring = dala_server::certificates::Keyring::load(&app.store).await.unwrap();
    let file = std::fs::read(&course).unwrap();
    let keys_now = Jwks { keys: vec![ring.jwks().keys[0].clone()] };
    assert!(published.keys.iter().any(|k| k.kid == ring.active_kid()) || !published.keys.is_empty());
    dala_parcel::open_course(&file, &keys_now).unwrap();
    let again = dala(&[&os("course"), &os("pack"), &os("http-course"), course.as_os_str()]);
    assert!(!again.status.success());
    assert!(String::from_utf8_lossy(&again.stderr).contains("exists already"), "{again:?}");
    let unknown = dala(&[&os("course"), &os("pack"), &os("no-such-course"), out.join("x.dala").as_os_str()]);
    assert!(!unknown.status.success());
    assert!(String::from_utf8_lossy(&unknown.stderr).contains("course not found"), "{unknown:?}");

    let good = out.join("progress-1.dalp");
    std::fs::write(
        &good,
        progress_file_of(&app, "aigerim", &crate::certificates::completion(&app, "d1").await, 1).await,
    )
    .unwrap();
    let bad = out.join("progress-2.dalp");
    let mut changed = std::fs::read(&good).unwrap();
    let middle = changed.len() / 2;
    changed[middle] ^= 1;
    std::fs::write(&bad, changed).unwrap();
    let stranger = out.join("progress-3.dalp");
    std::fs::write(
        &stranger,
        seal(
            &app,
            &learner,
            &crate::certificates::completion(&app, "d1").await,
            &DeviceSecret::from_seed(&[8; 32]),
        )
        .await,
    )
    .unwrap();
    let huge = out.join("progress-4.dalp");
    std::fs::write(&huge, vec![0u8; dala_parcel::sealed::MAX_PROGRESS_BYTES + 1]).unwrap();
    let course_as_progress = course.clone();

    let imported = dala(&[
        &os("progress"),
        &os("import"),
        good.as_os_str(),
        bad.as_os_str(),
        stranger.as_os_str(),
        huge.as_os_str(),
        course_as_progress.as_os_str(),
    ]);
    assert!(!imported.status.success(), "a refused file fails the command");
    let stdout = String::from_utf8_lossy(&imported.stdout);
    let stderr = String::from_utf8_lossy(&imported.stderr);
    assert!(stdout.contains("progress-1.dalp: 3 event(s) held, 0 refused"), "{stdout}");
    assert!(stderr.contains("progress-2.dalp: refused: the file was made for another installation, or changed after it was made"), "{stderr}");
    assert!(
        stderr.contains("progress-3.dalp: refused: the device that made this file is not registered here"),
        "{stderr}"
    );
    assert!(
        stderr.contains("progress-4.dalp: refused: the file is larger than such a file may be"),
        "{stderr}"
    );
    assert!(stderr.contains("http-course.dala: refused: this is not a Dala progress file"), "{stderr}");
    assert_eq!(stored_events(&app).await, 3);

    let returned = dala(&[&os("progress"), &os("return"), good.as_os_str()]);
    assert!(returned.status.success(), "{returned:?}");
    assert_eq!(stored_events(&app).await, 3, "writing the return file stored nothing new");
    let written: Vec<_> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "dalr"))
        .collect();
    assert_eq!(written.len(), 1, "{written:?}");
    let name = written[0].file_name().unwrap().to_string_lossy().into_owned();
    assert!(name.starts_with("return-"), "{name}");
    let opened = dala_parcel::open_return(
        &std::fs::read(&written[0]).unwrap(),
        &DeviceSecret::from_seed(&[1; 32]),
        &keys_now,
    )
    .unwrap();
    assert_eq!(opened.answer.certificates.len(), 1);
    let refused = dala(&[&os("progress"), &os("return"), bad.as_os_str()]);
    assert!(!refused.status.success());
    assert!(String::from_utf8_lossy(&refused.stderr).contains("changed after it was made"), "{refused:?}");
}

/// Every manifest answer carries the installation's signature of the version it gives, so a
/// device can share the course later with no network.
#[tokio::test]
async fn manifest_answers_carry_the_signature_a_device_shares_a_course_with() {
    let app = TestApp::new(Backend::Sqlite).await;
    let (_, json) = app.store.manifest("http-course").await.unwrap().unwrap();
    let published: Jwks = serde_json::from_slice(&app.get("/.well-known/jwks.json", &[]).await.body).unwrap();
    let whole = app.get("/api/v1/courses/http-course/manifest", &[]).await;
    let etag = whole.header(axum::http::header::ETAG).to_owned();
    let unchanged = app.get("/api/v1/courses/http-course/manifest", &[("if-none-match", &etag)]).await;
    assert_eq!(unchanged.status, StatusCode::NOT_MODIFIED);
    for reply in [&whole, &unchanged] {
        let header = reply.header(axum::http::HeaderName::from_static(dala_wire::MANIFEST_SIGNATURE_HEADER));
        let seal = dala_parcel::ManifestSeal::from_header(header).unwrap();
        seal.check(json.as_bytes(), &published).unwrap();
        // The version's publication time is signed: the server's own course file carries the
        // same seal (Ed25519 signatures are deterministic).
        let current = app.store.current_version("http-course").await.unwrap().unwrap();
        assert_eq!(seal.published_at, current.published_at);
        let packed = parcels::pack(&app.store, &app.state.issuer.keys, "http-course", false).await.unwrap();
        assert_eq!(dala_parcel::open_course(&packed, &published).unwrap().seal, seal);
        let blobs: Vec<(String, Vec<u8>)> = Vec::new();
        let file = dala_parcel::course::pack_signed(json.as_bytes(), &seal, &blobs);
        // Without its lessons the file is refused; the signature itself held.
        assert!(matches!(
            dala_parcel::open_course(&file, &published),
            Err(dala_parcel::ParcelError::Malformed(_))
        ));
    }
    assert_eq!(whole.body, json.as_bytes());
}
