//! Several servers on one PostgreSQL: two `dala serve` with separate data folders on one
//! database, behind nginx round-robin. Whatever one does, the other serves: a course published
//! through one (with an uploaded image), a certificate issued by one and revoked through the
//! other, sessions made on either.

use std::path::Path;

use anyhow::{Context, Result, ensure};
use dala_tests::{Nginx, Request, Server, add_user, free_port};
use dala_wire::{
    CourseDraft, DraftItem, DraftLesson, EventKind, IssuedCertificate, Manifest, Me, ProgressEvent,
    SignInResponse, StoredDraft, SyncResponse, UploadedImage, Verification, VerificationStatus,
};
use serde_json::{Value, json};
use sha2::{Digest, Sha256};

const PASSWORD: &str = "correct horse battery";
const SLUG: &str = "fundraising";

/// A new, empty database on the test PostgreSQL (`DALA_TEST_POSTGRES_URL` is an admin URL).
fn fresh_database() -> Result<String> {
    use sqlx::Connection;
    let admin = std::env::var("DALA_TEST_POSTGRES_URL")
        .context("DALA_TEST_POSTGRES_URL names a PostgreSQL server: run `cargo xtask with-postgres …`")?;
    let name = format!("dala_replicas_{}", std::process::id());
    tokio::runtime::Runtime::new()?.block_on(async {
        let mut connection = sqlx::PgConnection::connect(&admin).await?;
        sqlx::query(&format!("DROP DATABASE IF EXISTS {name}")).execute(&mut connection).await?;
        sqlx::query(&format!("CREATE DATABASE {name}")).execute(&mut connection).await?;
        anyhow::Ok(())
    })?;
    let base = admin.rsplit_once('/').map(|(base, _)| base).unwrap_or(&admin);
    Ok(format!("{base}/{name}"))
}

/// A JSON exchange with one server (or the proxy); fails unless the status is 2xx.
fn call(port: u16, method: &str, path: &str, token: Option<&str>, body: Option<&Value>) -> Result<Vec<u8>> {
    let text = body.map(Value::to_string).unwrap_or_default();
    let answer = Request::new(method, path).token(token).body(text.as_bytes()).send(port)?;
    ensure!(
        (200..300).contains(&answer.status),
        "{method} {path} on :{port}: {} {}",
        answer.status,
        String::from_utf8_lossy(&answer.body)
    );
    Ok(answer.body)
}

fn json_of<T: serde::de::DeserializeOwned>(bytes: Vec<u8>) -> Result<T> {
    Ok(serde_json::from_slice(&bytes)?)
}

fn sign_in(port: u16, login: &str) -> Result<String> {
    let body = json!({ "login": login, "password": PASSWORD });
    Ok(json_of::<SignInResponse>(call(port, "POST", "/api/v1/sessions", None, Some(&body))?)?.token)
}

fn status_of(port: u16, method: &str, path: &str, token: Option<&str>) -> Result<u16> {
    Ok(Request::new(method, path).token(token).send(port)?.status)
}

fn verify(port: u16, jwt: &str) -> Result<VerificationStatus> {
    let body = json!({ "credential": jwt });
    Ok(json_of::<Verification>(call(port, "POST", "/api/v1/verify", None, Some(&body))?)?.status)
}

#[test]
#[ignore = "needs the dala binary, nginx and PostgreSQL: run `cargo xtask test`"]
fn two_servers_on_one_postgresql_serve_as_one() -> Result<()> {
    let url = fresh_database()?;
    let (a_data, b_data) = (tempfile::tempdir()?, tempfile::tempdir()?);
    for (login, role) in [("tamara", "trainer"), ("aliya", "administrator"), ("asel", "learner")] {
        let args = ["--login", login, "--display-name", login, "--organization", "Steppe", "--role", role];
        add_user(a_data.path(), &[&args[..], &["--database-url", &url]].concat(), PASSWORD)?;
    }
    // Both name the proxy as the installation's address, as a real deployment does.
    let proxy_port = free_port();
    let public_url = format!("http://127.0.0.1:{proxy_port}");
    let flags = [
        "--database-url",
        url.as_str(),
        "--public-url",
        public_url.as_str(),
        "--trusted-proxy",
        "127.0.0.1/32",
    ];
    let a = Server::start_with(a_data.path(), &flags)?;
    let b = Server::start_with(b_data.path(), &flags)?;
    let nginx = Nginx::start_on(proxy_port, &[a.port, b.port])?;

    // A session made on one works on the other.
    let trainer = sign_in(a.port, "tamara")?;
    let me: Me = json_of(call(b.port, "GET", "/api/v1/me", Some(&trainer), None)?)?;
    let organization = &me.memberships.first().context("the trainer's organization")?.organization_id;

    // The trainer writes a course with a picture through A and publishes it.
    let mut draft = CourseDraft {
        slug: SLUG.into(),
        metadata: dala_wire::CourseMetadata {
            title: "Fundraising basics".into(),
            summary: "Where money for a small organization comes from.".into(),
            language: "en".into(),
            version: "2026.1".into(),
            authors: vec!["Tamara".into()],
            licence: "CC BY 4.0".into(),
            translations: Vec::new(),
            open: true,
            translation: None,
        },
        items: vec![DraftItem::Lesson(DraftLesson {
            id: "sources".into(),
            markdown: "# Sources of money\n\nGrants, donations and services.\n".into(),
        })],
        images: Vec::new(),
    };
    let created: StoredDraft = json_of(call(
        a.port,
        "POST",
        &format!("/api/v1/organizations/{organization}/courses"),
        Some(&trainer),
        Some(&json!({ "draft": draft })),
    )?)?;
    let picture = std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("data/hill.png"))?;
    let upload = Request::new("POST", "/api/v1/courses/fundraising/images?name=hill.png&alt=A%20hill")
        .token(Some(&trainer))
        .body(&picture)
        .send(a.port)?;
    ensure!(upload.status == 201, "upload: {} {}", upload.status, String::from_utf8_lossy(&upload.body));
    let uploaded: UploadedImage = json_of(upload.body)?;
    draft.images.push(uploaded.image.clone());
    draft.items.push(DraftItem::Lesson(DraftLesson {
        id: "field".into(),
        markdown: format!("# In the field\n\n{}\n", uploaded.markdown),
    }));
    let saved: Value = json_of(call(
        a.port,
        "PUT",
        "/api/v1/courses/fundraising/draft",
        Some(&trainer),
        Some(&json!({ "base_revision": created.revision, "draft": draft })),
    )?)?;
    let revision = saved["revision"].as_u64().context("a revision")?;
    call(
        a.port,
        "POST",
        "/api/v1/courses/fundraising/publish",
        Some(&trainer),
        Some(&json!({ "revision": revision })),
    )?;

    // B serves it: the same manifest, every blob, the uploaded picture among them.
    let manifest_path = format!("/api/v1/courses/{SLUG}/manifest");
    let manifest_bytes = call(a.port, "GET", &manifest_path, None, None)?;
    ensure!(call(b.port, "GET", &manifest_path, None, None)? == manifest_bytes, "the same manifest on B");
    let manifest: Manifest = serde_json::from_slice(&manifest_bytes)?;
    let blobs: Vec<&dala_wire::BlobRef> =
        manifest.lessons.iter().map(|l| &l.blob).chain(manifest.assets.iter().map(|a| &a.blob)).collect();
    ensure!(blobs.iter().any(|blob| **blob == uploaded.image.blob), "the picture is in the manifest");
    for blob in blobs {
        let bytes = call(b.port, "GET", &dala_wire::blob_path(&blob.sha256), None, None)?;
        ensure!(hex::encode(Sha256::digest(&bytes)) == blob.sha256, "blob {} from B", blob.sha256);
    }
    // And through the proxy, whichever server answers.
    for _ in 0..4 {
        ensure!(
            call(nginx.port, "GET", &manifest_path, None, None)? == manifest_bytes,
            "{}",
            nginx.error_log()
        );
    }

    // The learner signs in on B and syncs the whole course through A: A issues a certificate.
    let learner = sign_in(b.port, "asel")?;
    let version = hex::encode(Sha256::digest(&manifest_bytes));
    let events: Vec<ProgressEvent> = manifest
        .lessons
        .iter()
        .enumerate()
        .map(|(n, lesson)| ProgressEvent {
            id: format!("{:032x}", n + 1),
            device_id: "phone".into(),
            course: SLUG.into(),
            course_version: version.clone(),
            item: lesson.id.clone(),
            kind: EventKind::LessonCompleted,
            client_time: 1_790_000_000_000 + n as i64,
            counter: n as u64 + 1,
        })
        .collect();
    let answer: SyncResponse = json_of(call(
        a.port,
        "POST",
        "/api/v1/progress/sync",
        Some(&learner),
        Some(&json!({ "events": events })),
    )?)?;
    let certificate: &IssuedCertificate = answer.certificates.first().context("a certificate from A")?;

    // Both publish the same keys, and B verifies what A signed.
    let jwks = call(a.port, "GET", "/.well-known/jwks.json", None, None)?;
    ensure!(call(b.port, "GET", "/.well-known/jwks.json", None, None)? == jwks, "one key set");
    for port in [a.port, b.port] {
        ensure!(verify(port, &certificate.jwt)? == VerificationStatus::Valid, "valid on :{port}");
    }
    // The administrator revokes it through B; then it is revoked on both, and both publish the
    // same revocation list.
    let administrator = sign_in(a.port, "aliya")?;
    let uuid = certificate.id.trim_start_matches("urn:uuid:");
    call(
        b.port,
        "POST",
        &format!("/api/v1/certificates/{uuid}/revocation"),
        Some(&administrator),
        Some(&json!({ "reason": "Issued in error" })),
    )?;
    for port in [a.port, b.port, nginx.port] {
        ensure!(verify(port, &certificate.jwt)? == VerificationStatus::Revoked, "revoked on :{port}");
    }
    let list = call(a.port, "GET", "/credentials/status/1", None, None)?;
    ensure!(call(b.port, "GET", "/credentials/status/1", None, None)? == list, "one revocation list");

    // Signing out on A ends the session on B too.
    call(a.port, "DELETE", "/api/v1/sessions/current", Some(&learner), None)?;
    ensure!(status_of(b.port, "GET", "/api/v1/me", Some(&learner))? == 401, "the session ended everywhere");
    ensure!(status_of(nginx.port, "GET", "/api/v1/me", Some(&trainer))? == 200, "other sessions go on");
    Ok(())
}
