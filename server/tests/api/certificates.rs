//! Certificates: issued once when sync records a completed course, delivered with sync,
//! verified online and offline with their own verdict for every kind of forgery, revocable by
//! the learner's organization only, still valid after the signing key is rotated, and printable.

use axum::body::Body;
use axum::http::{Method, StatusCode, header};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use dala_credential::StatusList;
use dala_server::certificates::{Issuer, Keyring, keys};
use dala_server::{accounts, enrollment};
use dala_wire::{
    Answer, CertificateRecord, EventKind, IssuedCertificate, Jwks, ProgressEvent, Role, SharedCertificate,
    SyncResponse, Trust, Verification, VerificationReason as Reason, VerificationStatus as Status,
};
use serde_json::{Value, json};

use crate::support::{Backend, PASSWORD, TestApp, course_event};

on_both_databases!(
    completing_a_course_issues_one_certificate_that_sync_delivers_and_anyone_can_verify,
    each_kind_of_bad_certificate_gets_its_own_verdict_from_the_api,
    only_the_learners_organization_revokes_and_the_revocation_reaches_devices,
    certificates_signed_before_a_key_rotation_stay_valid,
    servers_starting_at_once_on_an_empty_database_share_one_signing_key,
    a_server_started_before_a_rotation_verifies_and_publishes_the_new_key,
    revocations_hold_and_old_certificates_stay_revocable_after_the_public_url_changes,
    a_genuine_certificate_with_no_list_to_check_is_never_valid,
    the_pdf_is_the_learners_alone_and_names_them,
    a_dari_certificate_gives_back_the_name_and_title_right_to_left,
    a_kazakh_certificate_gives_back_the_name_and_title,
    the_wallet_form_gets_the_verdict_of_the_jwt_online_and_offline,
    a_certificate_from_before_the_wallet_form_gets_one_once,
);

/// A learner with this display name, enrolled in the test course through `organization`, signed
/// in; returns the session token.
async fn learner(app: &TestApp, login: &str, display_name: &str, organization: Option<&str>) -> String {
    let id = accounts::create_user(&app.store, 0, login, display_name, PASSWORD, false).await.unwrap();
    if let Some(organization) = organization {
        accounts::add_membership(&app.store, &id, organization, Role::Learner).await.unwrap();
    }
    enrollment::enroll(app.store.pool_for_tests(), &id, "http-course", organization, 0).await.unwrap();
    app.sign_in(login).await
}

async fn sync(
    app: &TestApp,
    token: &str,
    events: &[ProgressEvent],
    after: u64,
    etag: Option<&str>,
) -> SyncResponse {
    let body = json!({ "events": events, "certificates_after": after, "trust_etag": etag });
    let reply = app.send_json(Method::POST, "/api/v1/progress/sync", Some(token), &body).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", String::from_utf8_lossy(&reply.body));
    serde_json::from_slice(&reply.body).unwrap()
}

/// Every lesson completed and the quiz passed, as a device would send it.
pub(crate) async fn completion(app: &TestApp, device: &str) -> Vec<ProgressEvent> {
    let version = app.store.manifest("http-course").await.unwrap().unwrap().0;
    let event = |n: u64, item: &str, kind| course_event(device, &version, n, item, kind);
    vec![
        event(1, "first", EventKind::LessonCompleted),
        event(2, "second", EventKind::LessonCompleted),
        event(
            3,
            "check",
            EventKind::QuizAttempt {
                answers: vec![Answer::Bool(true), Answer::Text("press release".into())],
            },
        ),
    ]
}

pub(crate) async fn verify_online(app: &TestApp, credential: &str) -> Verification {
    let reply =
        app.send_json(Method::POST, "/api/v1/verify", None, &json!({ "credential": credential })).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", String::from_utf8_lossy(&reply.body));
    serde_json::from_slice(&reply.body).unwrap()
}

/// The device's offline check: the same code as the web client's, with the trust it keeps.
fn verify_offline(trust: &Trust, credential: &str) -> Verification {
    let lists: Vec<StatusList> =
        trust.status_lists.iter().map(|jwt| StatusList::from_jwt(jwt, &trust.jwks).unwrap()).collect();
    dala_badge::verify_offline(credential, &trust.jwks, &lists)
}

/// Completes the course for a new learner and returns their token and certificate.
pub(crate) async fn certified(
    app: &TestApp,
    login: &str,
    name: &str,
    organization: Option<&str>,
) -> (String, IssuedCertificate) {
    let token = learner(app, login, name, organization).await;
    let answer = sync(app, &token, &completion(app, "aa").await, 0, None).await;
    assert_eq!(answer.certificates.len(), 1, "{answer:?}");
    (token, answer.certificates[0].clone())
}

async fn completing_a_course_issues_one_certificate_that_sync_delivers_and_anyone_can_verify(
    backend: Backend,
) {
    let app = TestApp::new(backend).await;
    let token = learner(&app, "asel", "Әсел Қасымова", None).await;
    let events = completion(&app, "aa").await;

    // Lessons alone earn nothing.
    let partial = sync(&app, &token, &events[..2], 0, None).await;
    assert!(partial.certificates.is_empty());
    let trust = partial.trust.expect("a device without trust data gets it");
    assert_eq!(trust.jwks.keys[0].kid, app.state.issuer.keys.active_kid());
    assert_eq!(trust.status_lists.len(), 1);

    let done = sync(&app, &token, &events[2..], 0, Some(&trust.etag)).await;
    assert_eq!(done.completed_courses, ["http-course"]);
    assert_eq!(done.certificates.len(), 1);
    assert!(done.trust.is_none(), "issuing revokes nothing: the device's trust data is current");
    let certificate = &done.certificates[0];
    assert_eq!((certificate.number, certificate.course.as_str()), (1, "http-course"));
    assert!(certificate.id.starts_with("urn:uuid:"));

    // Idempotent: the same completion again, from another device, issues nothing new.
    let again = sync(&app, &token, &completion(&app, "bb").await, 1, Some(&trust.etag)).await;
    assert!(again.certificates.is_empty() && again.trust.is_none());
    let fresh_device = sync(&app, &token, &[], 0, None).await;
    assert_eq!(fresh_device.certificates, done.certificates);
    let stored: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM certificates")
        .fetch_one(app.store.pool_for_tests())
        .await
        .unwrap();
    assert_eq!(stored, 1);
    let listed: Vec<IssuedCertificate> =
        serde_json::from_slice(&app.get_as("/api/v1/certificates", &token).await.body).unwrap();
    assert_eq!(listed, done.certificates);

    // Valid online and offline, and it says what it certifies.
    for verification in
        [verify_online(&app, &certificate.jwt).await, verify_offline(&trust, &certificate.jwt)]
    {
        assert_eq!((verification.status, verification.reason), (Status::Valid, Reason::Genuine));
        let summary = verification.credential.unwrap();
        assert_eq!(summary.learner, "Әсел Қасымова");
        assert_eq!(summary.course_title, "HTTP course");
        assert_eq!(summary.id, certificate.id);
        assert_eq!(summary.issuer_url, app.state.issuer.url);
    }

    // The credential is an Open Badges 3.0 credential with the JWT claims the spec names.
    let payload: Value =
        serde_json::from_slice(&URL_SAFE_NO_PAD.decode(certificate.jwt.split('.').nth(1).unwrap()).unwrap())
            .unwrap();
    assert_eq!(payload["type"], json!(["VerifiableCredential", "OpenBadgeCredential"]));
    assert_eq!(payload["jti"], json!(certificate.id));
    assert_eq!(payload["iss"], json!(app.state.issuer.url));
    assert_eq!(payload["credentialStatus"]["type"], "BitstringStatusListEntry");
    assert!(payload.get("sub").is_none(), "no learner identifier beyond the display name");
    let header: Value =
        serde_json::from_slice(&URL_SAFE_NO_PAD.decode(certificate.jwt.split('.').next().unwrap()).unwrap())
            .unwrap();
    assert_eq!((header["alg"].as_str(), header["typ"].as_str()), (Some("EdDSA"), Some("vc+jwt")));

    // The published keys and list, at the addresses certificates name.
    let jwks: Jwks = serde_json::from_slice(&app.get("/.well-known/jwks.json", &[]).await.body).unwrap();
    assert_eq!(jwks, trust.jwks);
    let list_path = payload["credentialStatus"]["statusListCredential"]
        .as_str()
        .unwrap()
        .replace(&app.state.issuer.url, "");
    let list = app.get(&list_path, &[]).await;
    assert_eq!(list.header(header::CONTENT_TYPE), "application/vc+jwt");
    StatusList::from_jwt(std::str::from_utf8(&list.body).unwrap(), &jwks).unwrap();
    assert_eq!(app.get("/credentials/status/99", &[]).await.status, StatusCode::NOT_FOUND);
    let public: Trust = serde_json::from_slice(&app.get("/api/v1/trust", &[]).await.body).unwrap();
    assert_eq!(public, trust);

    // The QR code's address shows the certificate; the id alone, or a wrong key, shows nothing.
    let prefix = format!("{}/verify?c=", app.state.issuer.url);
    let query = certificate.verify_url.strip_prefix(&prefix).expect("a verify URL at the issuer");
    let (uuid, key) = query.split_once("&k=").unwrap();
    assert_eq!(format!("urn:uuid:{uuid}"), certificate.id);
    let shared = app.get(&format!("/api/v1/certificates/{uuid}?key={key}"), &[]).await;
    assert_eq!(serde_json::from_slice::<SharedCertificate>(&shared.body).unwrap().jwt, certificate.jwt);
    let unknown = app.get("/api/v1/certificates/00000000-0000-4000-8000-000000000000?key=x", &[]).await;
    for path in [format!("/api/v1/certificates/{uuid}"), format!("/api/v1/certificates/{uuid}?key=AAAA{key}")]
    {
        let reply = app.get(&path, &[]).await;
        assert_eq!(reply.status, StatusCode::NOT_FOUND);
        assert_eq!(reply.body, unknown.body, "a wrong key answers like an unknown id");
    }
    assert_eq!(app.get("/api/v1/certificates", &[]).await.status, StatusCode::UNAUTHORIZED);

    // Answers go compressed to a browser that accepts it: sync answers and trust data are sent
    // to phones over paid mobile data.
    let bearer = format!("Bearer {token}");
    let headers =
        [("accept-encoding", "br"), ("content-type", "application/json"), ("authorization", &bearer)];
    let answer =
        app.send(Method::POST, "/api/v1/progress/sync", &headers, Body::from(r#"{"events":[]}"#)).await;
    assert_eq!((answer.status, answer.header(header::CONTENT_ENCODING)), (StatusCode::OK, "br"));
    let plain: SyncResponse = serde_json::from_slice(&crate::support::brotli_decode(&answer.body)).unwrap();
    assert_eq!(plain.certificates, done.certificates);
    let trust_br = app.get("/api/v1/trust", &[("accept-encoding", "br")]).await;
    assert_eq!(trust_br.header(header::CONTENT_ENCODING), "br");
    assert!(trust_br.body.len() < serde_json::to_vec(&trust).unwrap().len());
}

/// Replaces part `n` of a compact JWS.
fn with_part(jwt: &str, n: usize, part: &str) -> String {
    let mut parts: Vec<&str> = jwt.split('.').collect();
    parts[n] = part;
    parts.join(".")
}

fn encoded(value: &Value) -> String {
    URL_SAFE_NO_PAD.encode(value.to_string())
}

async fn each_kind_of_bad_certificate_gets_its_own_verdict_from_the_api(backend: Backend) {
    let app = TestApp::new(backend).await;
    let (_, certificate) = certified(&app, "bolat", "Bolat", None).await;
    let good = certificate.jwt.clone();
    let parts: Vec<&str> = good.split('.').collect();
    let mut payload: Value = serde_json::from_slice(&URL_SAFE_NO_PAD.decode(parts[1]).unwrap()).unwrap();
    let header: Value = serde_json::from_slice(&URL_SAFE_NO_PAD.decode(parts[0]).unwrap()).unwrap();
    let kid = header["kid"].as_str().unwrap();

    payload["credentialSubject"]["identifier"][0]["identityHash"] = json!("Someone Else");
    let tampered = with_part(&good, 1, &encoded(&payload));
    let forger = Keyring::ephemeral();
    let forged = dala_credential::sign(forger.signing_key(), kid, "vc+jwt", &payload);
    let unknown_key = forger.sign("vc+jwt", &payload);
    let alg = |alg: &str| with_part(&good, 0, &encoded(&json!({ "alg": alg, "kid": kid, "typ": "vc+jwt" })));
    let alg_none_unsigned = with_part(&alg("none"), 2, "");
    let not_a_credential = app.state.issuer.keys.sign("vc+jwt", &json!({ "iss": "someone" }));
    let envelope = dala_credential::envelope(&good).to_string();

    let cases: Vec<(&str, String, Status, Reason)> = vec![
        ("genuine", good.clone(), Status::Valid, Reason::Genuine),
        ("genuine, as the JSON download", envelope, Status::Valid, Reason::Genuine),
        ("payload changed", tampered, Status::Altered, Reason::SignatureMismatch),
        ("signed by another key under our key id", forged, Status::Altered, Reason::SignatureMismatch),
        (
            "signature replaced",
            with_part(&good, 2, &URL_SAFE_NO_PAD.encode([7u8; 64])),
            Status::Altered,
            Reason::SignatureMismatch,
        ),
        ("an unpublished key", unknown_key, Status::UnknownKey, Reason::UnknownKey),
        ("alg none, signature kept", alg("none"), Status::Malformed, Reason::UnsupportedAlgorithm),
        ("alg none, unsigned", alg_none_unsigned, Status::Malformed, Reason::UnsupportedAlgorithm),
        ("alg HS256", alg("HS256"), Status::Malformed, Reason::UnsupportedAlgorithm),
        (
            "no key id",
            with_part(&good, 0, &encoded(&json!({ "alg": "EdDSA" }))),
            Status::Malformed,
            Reason::MissingKeyId,
        ),
        ("two parts", parts[..2].join("."), Status::Malformed, Reason::NotAJwt),
        ("not base64url", "%%%.%%%.%%%".into(), Status::Malformed, Reason::NotAJwt),
        ("prose", "I finished the course, honestly".into(), Status::Malformed, Reason::NotAJwt),
        ("signed, not a credential", not_a_credential, Status::Malformed, Reason::NotACredential),
    ];
    for (name, credential, status, reason) in cases {
        let verification = verify_online(&app, &credential).await;
        assert_eq!((verification.status, verification.reason), (status, reason), "{name}: {verification:?}");
        assert_eq!(verification.message, dala_credential::message(reason), "{name}");
        if status != Status::Valid {
            assert!(verification.credential.is_none(), "{name}: nothing untrusted is repeated back");
        }
    }

    // Requests that are not a verification at all.
    let reply = app
        .send(Method::POST, "/api/v1/verify", &[("content-type", "application/json")], Body::from("{"))
        .await;
    assert_eq!(reply.status, StatusCode::BAD_REQUEST);
    let huge = "a".repeat(100 * 1024);
    let reply = app.send_json(Method::POST, "/api/v1/verify", None, &json!({ "credential": huge })).await;
    assert_eq!(reply.status, StatusCode::BAD_REQUEST);
}

async fn only_the_learners_organization_revokes_and_the_revocation_reaches_devices(backend: Backend) {
    let app = TestApp::new(backend).await;
    let (organization, other) = app.two_organizations().await;
    app.account("admin", false, Some((&organization, Role::Administrator))).await;
    app.account("trainer", false, Some((&organization, Role::Trainer))).await;
    app.account("other-admin", false, Some((&other, Role::Administrator))).await;
    let (token, certificate) = certified(&app, "chinara", "Chinara", Some(&organization)).await;
    let trust = sync(&app, &token, &[], 1, None).await.trust.unwrap();
    let uuid = certificate.id.strip_prefix("urn:uuid:").unwrap();
    let path = format!("/api/v1/certificates/{uuid}/revocation");
    let reason = json!({ "reason": "Issued by mistake: the quiz was taken for the learner." });

    for login in ["chinara", "trainer", "other-admin"] {
        let caller = app.sign_in(login).await;
        let reply = app.send_json(Method::POST, &path, Some(&caller), &reason).await;
        assert_eq!(reply.status, StatusCode::FORBIDDEN, "{login}");
        let listed = app.get_as(&format!("/api/v1/organizations/{organization}/certificates"), &caller).await;
        assert_eq!(listed.status, StatusCode::FORBIDDEN, "{login}");
    }
    let admin = app.sign_in("admin").await;
    let unknown = app
        .send_json(
            Method::POST,
            "/api/v1/certificates/00000000-0000-4000-8000-000000000000/revocation",
            Some(&admin),
            &reason,
        )
        .await;
    assert_eq!(unknown.status, StatusCode::FORBIDDEN, "unknown ids answer like foreign ones");
    let empty = app.send_json(Method::POST, &path, Some(&admin), &json!({ "reason": "  " })).await;
    assert_eq!(empty.status, StatusCode::BAD_REQUEST);
    assert_eq!(verify_online(&app, &certificate.jwt).await.status, Status::Valid, "nothing changed yet");

    let listed: Vec<CertificateRecord> = serde_json::from_slice(
        &app.get_as(&format!("/api/v1/organizations/{organization}/certificates"), &admin).await.body,
    )
    .unwrap();
    assert_eq!(listed.len(), 1);
    assert_eq!((listed[0].learner.as_str(), listed[0].revocation.is_none()), ("Chinara", true));
    let other_admin = app.sign_in("other-admin").await;
    let theirs: Vec<CertificateRecord> = serde_json::from_slice(
        &app.get_as(&format!("/api/v1/organizations/{other}/certificates"), &other_admin).await.body,
    )
    .unwrap();
    assert!(theirs.is_empty(), "another organization sees none of this one's certificates");

    let reply = app.send_json(Method::POST, &path, Some(&admin), &reason).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", String::from_utf8_lossy(&reply.body));
    let record: CertificateRecord = serde_json::from_slice(&reply.body).unwrap();
    let revocation = record.revocation.clone().unwrap();
    assert_eq!(revocation.reason, reason["reason"]);
    let twice = app.send_json(Method::POST, &path, Some(&admin), &json!({ "reason": "other" })).await;
    assert_eq!(
        serde_json::from_slice::<CertificateRecord>(&twice.body).unwrap(),
        record,
        "the first revocation stands"
    );

    let online = verify_online(&app, &certificate.jwt).await;
    assert_eq!((online.status, online.reason), (Status::Revoked, Reason::Revoked));
    assert_eq!(online.revocation, Some(revocation));
    // A device still holding the old list says valid, and which list it used; the next sync
    // brings the new list, and then the device says revoked too.
    let stale = verify_offline(&trust, &certificate.jwt);
    assert_eq!(stale.status, Status::Valid);
    assert!(stale.status_list_valid_from.is_some());
    let updated = sync(&app, &token, &[], 1, Some(&trust.etag)).await.trust.expect("the list changed");
    assert_ne!(updated.etag, trust.etag);
    let offline = verify_offline(&updated, &certificate.jwt);
    assert_eq!((offline.status, offline.reason), (Status::Revoked, Reason::Revoked));
    assert!(offline.revocation.is_none(), "the reason is known online only");
}

async fn certificates_signed_before_a_key_rotation_stay_valid(backend: Backend) {
    let mut app = TestApp::new(backend).await;
    let store = app.state.store.clone();
    let issuer = |keys| Issuer { name: "Steppe Academy".into(), url: "https://learn.example".into(), keys };
    keys::generate(&store).await.unwrap();
    app.set_issuer(issuer(Keyring::load(&store).await.unwrap()));
    let (_, before) = certified(&app, "dana", "Dana", None).await;

    let (old_kid, new_kid) = keys::rotate(&store).await.unwrap();
    app.set_issuer(issuer(Keyring::load(&store).await.unwrap()));
    let (_, after) = certified(&app, "erlan", "Erlan", None).await;
    let jwks: Jwks = serde_json::from_slice(&app.get("/.well-known/jwks.json", &[]).await.body).unwrap();
    let kids: Vec<&str> = jwks.keys.iter().map(|k| k.kid.as_str()).collect();
    assert_eq!(kids, [new_kid.as_str(), old_kid.as_str()], "the active key first, the retired one kept");
    for (certificate, kid) in [(&before, &old_kid), (&after, &new_kid)] {
        // Both forms: the wallet form names the key by the same id, in the issuer's did:web.
        for form in [&certificate.jwt, &certificate.wallet] {
            let verification = verify_online(&app, form).await;
            assert_eq!(verification.status, Status::Valid, "{verification:?}");
            let summary = verification.credential.unwrap();
            assert_eq!((&summary.key_id, summary.issuer_name.as_str()), (kid, "Steppe Academy"));
        }
        let wallet: Value = serde_json::from_str(&certificate.wallet).unwrap();
        assert_eq!(wallet["proof"][0]["verificationMethod"], format!("did:web:learn.example#{kid}"));
    }
}

/// The verdict's status and reason, through the API.
async fn online_status(app: &TestApp, jwt: &str) -> (Status, Reason) {
    let verification = verify_online(app, jwt).await;
    (verification.status, verification.reason)
}

async fn revocations_hold_and_old_certificates_stay_revocable_after_the_public_url_changes(backend: Backend) {
    let mut app = TestApp::new(backend).await;
    let (organization, _) = app.two_organizations().await;
    app.account("admin", false, Some((&organization, Role::Administrator))).await;
    let keys = app.state.issuer.keys.clone();
    let issuer = |url: &str| Issuer { name: "Steppe Academy".into(), url: url.into(), keys: keys.clone() };
    app.set_issuer(issuer("http://127.0.0.1:8080"));
    let (_, revoked) = certified(&app, "aigerim", "Aigerim", Some(&organization)).await;
    let (_, kept) = certified(&app, "baurzhan", "Baurzhan", Some(&organization)).await;
    let (token, later) = certified(&app, "dinara", "Dinara", Some(&organization)).await;
    assert!(
        dala_server::certificates::revoke(&app.state, &revoked.id, None, "Issued in error").await.unwrap()
    );
    assert_eq!(online_status(&app, &revoked.jwt).await, (Status::Revoked, Reason::Revoked));

    // The same data served at another address (as after `--public-url` or the port changed):
    // the certificates name lists at the old one.
    app.set_issuer(issuer("https://learn.example"));
    let online = verify_online(&app, &revoked.jwt).await;
    assert_eq!((online.status, online.reason), (Status::Revoked, Reason::Revoked), "{online:?}");
    assert_eq!(online.revocation.map(|r| r.reason).as_deref(), Some("Issued in error"));
    assert_eq!(online_status(&app, &kept.jwt).await, (Status::Valid, Reason::Genuine));
    assert_eq!(online_status(&app, &later.jwt).await, (Status::Valid, Reason::Genuine));

    // A certificate from before the change is revocable after it, and then reads revoked.
    let admin = app.sign_in("admin").await;
    let uuid = later.id.strip_prefix("urn:uuid:").unwrap();
    let reason = json!({ "reason": "The quiz was taken for the learner." });
    let reply = app
        .send_json(Method::POST, &format!("/api/v1/certificates/{uuid}/revocation"), Some(&admin), &reason)
        .await;
    assert_eq!(reply.status, StatusCode::OK, "{}", String::from_utf8_lossy(&reply.body));
    assert_eq!(online_status(&app, &later.jwt).await, (Status::Revoked, Reason::Revoked));
    assert_eq!(online_status(&app, &kept.jwt).await, (Status::Valid, Reason::Genuine));

    // Certificates issued after the change name the new address and are checked the same way.
    let (_, new) = certified(&app, "erlan", "Erlan", Some(&organization)).await;
    let payload: Value =
        serde_json::from_slice(&URL_SAFE_NO_PAD.decode(new.jwt.split('.').nth(1).unwrap()).unwrap()).unwrap();
    assert!(
        payload["credentialStatus"]["statusListCredential"]
            .as_str()
            .unwrap()
            .starts_with("https://learn.example/")
    );
    assert_eq!(online_status(&app, &new.jwt).await, (Status::Valid, Reason::Genuine));

    // A device holds the lists at the new address only: for an old certificate it cannot tell,
    // and says so rather than "valid".
    let trust = sync(&app, &token, &[], 0, None).await.trust.unwrap();
    for jwt in [&kept.jwt, &revoked.jwt] {
        let offline = verify_offline(&trust, jwt);
        assert_eq!(offline.status, Status::RevocationUnchecked, "{offline:?}");
        assert!(offline.status_list_valid_from.is_some(), "with the date of the list it holds");
    }
    assert_eq!(verify_offline(&trust, &new.jwt).status, Status::Valid);

    // And back at the old address, everything reads as it did.
    app.set_issuer(issuer("http://127.0.0.1:8080"));
    assert_eq!(online_status(&app, &revoked.jwt).await.0, Status::Revoked);
    assert_eq!(online_status(&app, &later.jwt).await.0, Status::Revoked);
    assert_eq!(online_status(&app, &kept.jwt).await.0, Status::Valid);
    assert_eq!(online_status(&app, &new.jwt).await.0, Status::Valid);
}

async fn a_genuine_certificate_with_no_list_to_check_is_never_valid(backend: Backend) {
    let app = TestApp::new(backend).await;
    let (_, certificate) = certified(&app, "farida", "Farida", None).await;
    // Signed with this issuer's key but unknown to its database, naming a list elsewhere (such
    // as one restored from another installation's backup): the server cannot check it.
    let mut payload: Value =
        serde_json::from_slice(&URL_SAFE_NO_PAD.decode(certificate.jwt.split('.').nth(1).unwrap()).unwrap())
            .unwrap();
    payload["id"] = json!("urn:uuid:00000000-0000-4000-8000-000000000001");
    payload["credentialStatus"]["statusListCredential"] =
        json!("https://elsewhere.example/credentials/status/1");
    let stranger = app.state.issuer.keys.sign("vc+jwt", &payload);
    let verification = verify_online(&app, &stranger).await;
    assert_eq!(
        (verification.status, verification.reason),
        (Status::RevocationUnchecked, Reason::RevocationUnchecked),
        "{verification:?}"
    );
    assert!(verification.revocation.is_none());
    // A copy under a known id but at another entry is not taken for that certificate either.
    payload["id"] = json!(certificate.id);
    payload["credentialStatus"]["statusListIndex"] = json!("131071");
    let verification = verify_online(&app, &app.state.issuer.keys.sign("vc+jwt", &payload)).await;
    assert_eq!(verification.status, Status::RevocationUnchecked, "{verification:?}");
}

async fn the_pdf_is_the_learners_alone_and_names_them(backend: Backend) {
    let app = TestApp::new(backend).await;
    let name = "Gulnora Oʻrinboyeva-Ақжол";
    let (token, certificate) = certified(&app, "gulnora", name, None).await;
    let other = learner(&app, "farrukh", "Farrukh", None).await;
    let uuid = certificate.id.strip_prefix("urn:uuid:").unwrap();
    let path = format!("/api/v1/certificates/{uuid}/pdf");

    assert_eq!(app.get(&path, &[]).await.status, StatusCode::UNAUTHORIZED);
    assert_eq!(app.get_as(&path, &other).await.status, StatusCode::NOT_FOUND, "not another learner's");
    let pdf = app.get_as(&path, &token).await;
    assert_eq!(pdf.status, StatusCode::OK);
    assert_eq!(pdf.header(header::CONTENT_TYPE), "application/pdf");
    assert!(pdf.body.starts_with(b"%PDF-"));
    let file = app.dir().join("certificate.pdf");
    std::fs::write(&file, &pdf.body).unwrap();
    let output = std::process::Command::new("pdftotext")
        .args([file.to_str().unwrap(), "-"])
        .output()
        .expect("pdftotext (Debian's poppler-utils; `cargo xtask test` installs it)");
    let text = String::from_utf8(output.stdout).unwrap();
    for expected in [name, "HTTP course", &certificate.id] {
        assert!(text.contains(expected), "{expected:?} not in the PDF's text:\n{text}");
    }
}

/// The text `pdftotext` reads from the certificate of `name` for the test course published in
/// `language` under `title`.
async fn certificate_text(backend: Backend, language: &str, title: &str, name: &str) -> String {
    let mut app = TestApp::new(backend).await;
    let meta = crate::support::META
        .replace("title = \"HTTP course\"", &format!("title = \"{title}\""))
        .replace("language = \"en\"", &format!("language = \"{language}\""));
    std::fs::write(app.courses.join("http-course").join("course.toml"), meta).unwrap();
    app.restart().await;
    let manifest = app.manifest().await;
    assert_eq!(
        (manifest.language.as_str(), manifest.title.as_str()),
        (language, title),
        "the course is accepted"
    );
    let (token, certificate) = certified(&app, "learner", name, None).await;
    let uuid = certificate.id.strip_prefix("urn:uuid:").unwrap();
    let pdf = app.get_as(&format!("/api/v1/certificates/{uuid}/pdf"), &token).await;
    assert_eq!(pdf.status, StatusCode::OK);
    let file = app.dir().join("certificate.pdf");
    std::fs::write(&file, &pdf.body).unwrap();
    let output = std::process::Command::new("pdftotext")
        .args([file.to_str().unwrap(), "-"])
        .output()
        .expect("pdftotext (Debian's poppler-utils; `cargo xtask test` installs it)");
    String::from_utf8(output.stdout).unwrap()
}

/// A Dari course (`fa-AF`): its certificate is drawn right to left in joined letters, and
/// poppler gives each right-to-left line back in logical order between an RLE and a PDF mark.
async fn a_dari_certificate_gives_back_the_name_and_title_right_to_left(backend: Backend) {
    let (title, name) = ("مدیریت مؤسسات جامعهٔ مدنی", "زهرا احمدی");
    let text = certificate_text(backend, "fa-AF", title, name).await;
    for expected in [name, title, "تصدیق‌نامهٔ تکمیل کورس"] {
        let line = format!("\u{202B}{expected}\u{202C}\n");
        assert!(text.contains(&line), "{expected:?} not in the PDF's text:\n{text}");
    }
}

async fn a_kazakh_certificate_gives_back_the_name_and_title(backend: Backend) {
    let (title, name) = ("Азаматтық қоғам ұйымдарын басқару", "Әсел Қайратқызы");
    let text = certificate_text(backend, "kk", title, name).await;
    for expected in [name, title, "курсты аяқтады"] {
        assert!(text.contains(expected), "{expected:?} not in the PDF's text:\n{text}");
    }
}

/// Several servers on one database (or two at once on one SQLite file) each generate a key at
/// their first start: one becomes the installation's, and every server signs with it.
async fn servers_starting_at_once_on_an_empty_database_share_one_signing_key(backend: Backend) {
    let app = TestApp::new(backend).await;
    let no_folder = app.dir().join("no-keys-folder");
    let mut servers = tokio::task::JoinSet::new();
    for _ in 0..4 {
        let (store, folder) = (app.open_store_again().await, no_folder.clone());
        servers.spawn(async move { Keyring::load_or_generate(&store, &folder).await.unwrap().0 });
    }
    let kids: Vec<String> =
        servers.join_all().await.iter().map(|ring| ring.active_kid().to_owned()).collect();
    assert!(kids.iter().all(|kid| kid == &kids[0]), "{kids:?}");
    let keys: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM signing_keys")
        .fetch_one(app.store.pool_for_tests())
        .await
        .unwrap();
    assert_eq!(keys, 1, "the losers' keys were never stored");
}

/// One server of an installation keeps the keyring it read at its start; another rotates the key
/// (or `dala keys rotate` does) and signs with the new one. The first still verifies those
/// certificates and publishes the new key: it reads the stored public keys each time.
async fn a_server_started_before_a_rotation_verifies_and_publishes_the_new_key(backend: Backend) {
    let mut app = TestApp::new(backend).await;
    let store = app.state.store.clone();
    let issuer = |keys| Issuer { name: "Steppe Academy".into(), url: "https://learn.example".into(), keys };
    keys::generate(&store).await.unwrap();
    let started_before = Keyring::load(&store).await.unwrap();
    let (_, new_kid) = keys::rotate(&store).await.unwrap();
    app.set_issuer(issuer(Keyring::load(&store).await.unwrap()));
    let (_, signed_after) = certified(&app, "erlan", "Erlan", None).await;

    app.set_issuer(issuer(started_before));
    let verification = verify_online(&app, &signed_after.jwt).await;
    assert_eq!(verification.status, Status::Valid, "{verification:?}");
    let jwks: Jwks = serde_json::from_slice(&app.get("/.well-known/jwks.json", &[]).await.body).unwrap();
    assert!(jwks.keys.iter().any(|k| k.kid == new_kid), "{jwks:?}");

    // The DID document lists the same keys, the retired one too, each as a Multikey the
    // installation asserts with.
    let did: Value = serde_json::from_slice(&app.get("/.well-known/did.json", &[]).await.body).unwrap();
    assert_eq!(did["id"], "did:web:learn.example");
    assert_eq!(did["@context"][0], dala_badge::DID_CONTEXT);
    let methods = did["verificationMethod"].as_array().unwrap();
    assert_eq!(methods.len(), jwks.keys.len());
    for jwk in &jwks.keys {
        let id = dala_badge::verification_method("did:web:learn.example", &jwk.kid);
        let method =
            methods.iter().find(|m| m["id"] == id.as_str()).unwrap_or_else(|| panic!("{id} in {did}"));
        let key = dala_badge::key_from_multibase(method["publicKeyMultibase"].as_str().unwrap());
        assert_eq!(key, dala_credential::verifying_key(jwk));
        assert!(did["assertionMethod"].as_array().unwrap().iter().any(|m| m == id.as_str()));
    }
    // Under a public URL with a path, a proxy hands over `/did.json`: the same document.
    assert_eq!(app.get("/did.json", &[]).await.body, app.get("/.well-known/did.json", &[]).await.body);
}

/// The wallet form as JSON.
fn wallet(certificate: &IssuedCertificate) -> Value {
    serde_json::from_str(&certificate.wallet).expect("the wallet form is JSON")
}

async fn the_wallet_form_gets_the_verdict_of_the_jwt_online_and_offline(backend: Backend) {
    let app = TestApp::new(backend).await;
    let (token, certificate) = certified(&app, "aziza", "Азиза Каримова", None).await;
    let trust = sync(&app, &token, &[], 1, None).await.trust.unwrap();
    let did = dala_badge::did_web(&app.state.issuer.url).unwrap();

    // An Open Badges 3.0 credential issued by the did:web, with the JWT's statements and none of
    // its claims, and one eddsa-rdfc-2022 proof by the active key.
    let form = wallet(&certificate);
    assert_eq!(form["type"], json!(["VerifiableCredential", "OpenBadgeCredential"]));
    assert_eq!(form["id"], certificate.id.as_str());
    assert_eq!(form["issuer"]["id"], did.as_str());
    assert_eq!(form["issuer"]["url"], app.state.issuer.url.as_str());
    assert!(form.get("iss").is_none() && form.get("jti").is_none());
    let proof = &form["proof"][0];
    assert_eq!(
        (proof["type"].as_str(), proof["cryptosuite"].as_str()),
        (Some("DataIntegrityProof"), Some("eddsa-rdfc-2022"))
    );
    assert_eq!(
        proof["verificationMethod"],
        dala_badge::verification_method(&did, app.state.issuer.keys.active_kid())
    );

    // The same verdict as the JWT, online and offline: what it says, and with which list.
    let jwt_online = verify_online(&app, &certificate.jwt).await;
    for verification in
        [verify_online(&app, &certificate.wallet).await, verify_offline(&trust, &certificate.wallet)]
    {
        assert_eq!((verification.status, verification.reason), (Status::Valid, Reason::Genuine));
        assert_eq!(verification.credential, jwt_online.credential);
        assert_eq!(verification.status_list_valid_from, jwt_online.status_list_valid_from);
    }
    // Pretty-printed, as a wallet or a person saves it: the same.
    let pretty = serde_json::to_string_pretty(&form).unwrap();
    assert_eq!(verify_online(&app, &pretty).await.status, Status::Valid);

    // Another name, another course, an added statement: altered, or not a credential Dala stands behind.
    let mut renamed = form.clone();
    renamed["credentialSubject"]["identifier"][0]["identityHash"] = "Бобур".into();
    let mut retitled = form.clone();
    retitled["credentialSubject"]["achievement"]["name"] = "Another course".into();
    for changed in [&renamed, &retitled] {
        let text = changed.to_string();
        for verification in [verify_online(&app, &text).await, verify_offline(&trust, &text)] {
            assert_eq!(
                (verification.status, verification.reason),
                (Status::Altered, Reason::SignatureMismatch)
            );
            assert!(verification.credential.is_none(), "nothing of a changed certificate is shown");
        }
    }
    let mut injected = form.clone();
    injected["credentialSubject"]["grade"] = "excellent".into();
    assert_eq!(verify_online(&app, &injected.to_string()).await.status, Status::Malformed);

    // The JSON-LD list before the revocation: the entry clear, and the same bytes at each request
    // (signed once, then kept until the list changes).
    let list_path =
        form["credentialStatus"]["statusListCredential"].as_str().unwrap().replace(&app.state.issuer.url, "");
    let index: usize = form["credentialStatus"]["statusListIndex"].as_str().unwrap().parse().unwrap();
    let marked = |body: &[u8]| {
        let list: Value = serde_json::from_slice(body).unwrap();
        let verified = dala_badge::verify(&list, |method| {
            let kid = method.strip_prefix(&format!("{did}#"))?;
            trust.jwks.keys.iter().find(|k| k.kid == kid).and_then(dala_credential::verifying_key)
        })
        .unwrap();
        let encoded = verified.credential["credentialSubject"]["encodedList"].as_str().unwrap().to_owned();
        dala_credential::bit(&dala_credential::decode_bits(&encoded).unwrap(), index)
    };
    let before = app.get(&list_path, &[("accept", "application/ld+json")]).await.body;
    assert!(!marked(&before), "not revoked yet");
    assert_eq!(app.get(&list_path, &[("accept", "application/ld+json")]).await.body, before);

    // Revoked: both forms, online with the reason, and offline once the device has the new list.
    assert!(
        dala_server::certificates::revoke(&app.state, &certificate.id, None, "issued in error")
            .await
            .unwrap()
    );
    for form in [&certificate.jwt, &certificate.wallet] {
        let online = verify_online(&app, form).await;
        assert_eq!((online.status, online.reason), (Status::Revoked, Reason::Revoked));
        assert_eq!(online.revocation.unwrap().reason, "issued in error");
        let updated = sync(&app, &token, &[], 1, Some(&trust.etag)).await.trust.unwrap();
        assert_eq!(verify_offline(&updated, form).status, Status::Revoked);
    }

    // The list a certificate names, asked for as JSON-LD: the same list with a Data Integrity
    // proof by the same issuer, which marks the certificate revoked. Asked for plainly: the JWT.
    for accept in ["application/ld+json", "application/vc", "application/json, */*;q=0.1"] {
        let reply = app.get(&list_path, &[("accept", accept)]).await;
        assert_eq!(reply.status, StatusCode::OK);
        assert_eq!(reply.header(header::CONTENT_TYPE), "application/vc", "{accept}");
        assert!(reply.header(header::VARY).eq_ignore_ascii_case("accept"));
        let list: Value = serde_json::from_slice(&reply.body).unwrap();
        assert_eq!(list["type"], json!(["VerifiableCredential", "BitstringStatusListCredential"]));
        assert_eq!(list["issuer"], did.as_str());
        assert!(marked(&reply.body), "the JSON-LD list marks it revoked");
    }
    // The wallet link: the wallet form itself, with the QR code's key; a wrong key finds nothing.
    let wallet_path = certificate.wallet_url.replace(&app.state.issuer.url, "");
    let fetched = app.get(&wallet_path, &[]).await;
    assert_eq!((fetched.status, fetched.header(header::CONTENT_TYPE)), (StatusCode::OK, "application/vc"));
    assert_eq!(fetched.body, certificate.wallet.as_bytes());
    let (without_key, _) = wallet_path.split_once("?key=").unwrap();
    // Its QR code comes drawn, so the learner's app need not carry an encoder (the modules are
    // read back as the link by `zbarimg` in the server's own tests and in the browser test).
    let qr = certificate.wallet_qr.as_ref().expect("the wallet link's QR code is sent with it");
    let width = usize::from(qr.width);
    assert!(width >= 21 && (width - 17) % 4 == 0, "a QR code's width: {width}");
    assert_eq!(qr.modules().map(|m| m.len()), Some(width * width));
    for path in [without_key.to_owned(), format!("{without_key}?key=AAAA")] {
        assert_eq!(app.get(&path, &[]).await.status, StatusCode::NOT_FOUND);
    }
    for accept in [None, Some("application/vc+jwt"), Some("*/*")] {
        let headers: Vec<(&str, &str)> = accept.map(|a| ("accept", a)).into_iter().collect();
        let reply = app.get(&list_path, &headers).await;
        assert_eq!(reply.header(header::CONTENT_TYPE), "application/vc+jwt", "{accept:?}");
    }
}

async fn a_certificate_from_before_the_wallet_form_gets_one_once(backend: Backend) {
    let app = TestApp::new(backend).await;
    let (token, certificate) = certified(&app, "timur", "Timur", None).await;
    sqlx::query("UPDATE certificates SET wallet = NULL").execute(app.store.pool_for_tests()).await.unwrap();
    let listed: Vec<IssuedCertificate> =
        serde_json::from_slice(&app.get_as("/api/v1/certificates", &token).await.body).unwrap();
    let derived = &listed[0];
    assert_eq!(derived.jwt, certificate.jwt);
    assert_eq!(wallet(derived)["id"], certificate.id.as_str());
    assert_eq!(verify_online(&app, &derived.wallet).await.status, Status::Valid);
    // Kept: the next reader, a device syncing from scratch, gets the same one.
    let again = sync(&app, &token, &[], 0, None).await;
    assert_eq!(again.certificates[0].wallet, derived.wallet);
    let kept: Option<String> = sqlx::query_scalar("SELECT wallet FROM certificates")
        .fetch_one(app.store.pool_for_tests())
        .await
        .unwrap();
    assert_eq!(kept.as_deref(), Some(derived.wallet.as_str()));
}
