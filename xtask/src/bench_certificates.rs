//! Certificate figures: what completing a course adds to a sync answer, the size of a signed
//! certificate in both forms, of the trust data a device keeps, and of the PDF, and how fast the
//! server verifies each form.

use std::net::SocketAddr;
use std::time::Instant;

use anyhow::{Context, Result, ensure};
use dala_wire::{EventKind, Manifest, ProgressEvent, Quiz, SyncRequest, SyncResponse};

use crate::bench::decompressed;
use crate::http;

pub struct CertificateFigures {
    /// The sync answer that carries the new certificate and the trust data, on the wire.
    sync_answer: usize,
    jwt: usize,
    /// The wallet form (JSON-LD with its Data Integrity proof), as the device keeps it.
    wallet: usize,
    /// The same from its link (`GET /api/v1/certificates/{id}/wallet?key=…`) on the wire.
    wallet_wire: usize,
    trust_json: usize,
    trust_wire: usize,
    pdf: usize,
    verifications_per_second: f64,
    /// The same for the wallet form (JSON-LD read, two RDF canonicalizations, Ed25519).
    wallet_verifications_per_second: f64,
    /// The revocation list in the wallet form (`Accept: application/ld+json`), as a wallet
    /// fetches it: signed once per content, so this is the rate of answering it again.
    json_ld_lists_per_second: f64,
}

/// Completes the sample course for a learner (every lesson, the quiz passed) in one sync.
pub fn measure(
    address: SocketAddr,
    token: &str,
    version: &str,
    manifest: &Manifest,
) -> Result<CertificateFigures> {
    let mut events = Vec::new();
    let mut event = |item: &str, kind: EventKind| {
        let n = events.len() as u64 + 1;
        events.push(ProgressEvent {
            id: format!("{:016x}{n:016x}", 0xce27_u64),
            device_id: "certificate-bench".into(),
            course: manifest.slug.clone(),
            course_version: version.into(),
            item: item.into(),
            kind,
            client_time: 1_790_000_000_000 + n as i64,
            counter: n,
        });
    };
    for lesson in &manifest.lessons {
        event(&lesson.id, EventKind::LessonCompleted);
    }
    for entry in &manifest.quizzes {
        let quiz: Quiz = serde_json::from_slice(&decompressed(&http::get(
            address,
            &dala_wire::blob_path(&entry.blob.sha256),
        )?)?)?;
        let answers = quiz.questions.iter().map(|q| q.kind.correct_answer()).collect();
        event(&entry.id, EventKind::QuizAttempt { answers });
    }
    let body = serde_json::to_vec(&SyncRequest { events, ..SyncRequest::default() })?;
    let (response, _) = http::post(address, "/api/v1/progress/sync", Some(token), &body)?;
    ensure!(response.status == 200, "sync answered {}", response.status);
    let answer: SyncResponse = serde_json::from_slice(&decompressed(&response)?)?;
    let certificate = answer.certificates.first().context("completing the course issued a certificate")?;
    let trust = answer.trust.as_ref().context("a first sync carries the trust data")?;
    let trust_response = http::get(address, "/api/v1/trust")?;
    let uuid = certificate.id.trim_start_matches("urn:uuid:");
    let pdf = http::get_as(address, &format!("/api/v1/certificates/{uuid}/pdf"), token)?;
    ensure!(pdf.status == 200, "the PDF answered {}", pdf.status);

    let wallet_path = certificate.wallet_url.split_once("/api/").map(|(_, path)| format!("/api/{path}"));
    let wallet = http::get(address, &wallet_path.context("a wallet link")?)?;
    ensure!(wallet.status == 200, "the wallet link answered {}", wallet.status);

    let rounds = 500;
    let per_second = |credential: &str| -> Result<f64> {
        let request = serde_json::json!({ "credential": credential }).to_string();
        let start = Instant::now();
        for _ in 0..rounds {
            let (response, _) = http::post(address, "/api/v1/verify", None, request.as_bytes())?;
            ensure!(response.status == 200, "verify answered {}", response.status);
            let verdict: dala_wire::Verification = serde_json::from_slice(&decompressed(&response)?)?;
            ensure!(verdict.status == dala_wire::VerificationStatus::Valid, "{verdict:?}");
        }
        Ok(f64::from(rounds) / start.elapsed().as_secs_f64())
    };
    let list_path = certificate_list_path(&certificate.wallet)?;
    let list_request = format!(
        "GET {list_path} HTTP/1.1\r\nHost: {address}\r\nAccept: application/ld+json\r\n\
         Accept-Encoding: gzip, deflate, br\r\nConnection: close\r\n\r\n"
    );
    let start = Instant::now();
    for _ in 0..rounds {
        let response = http::exchange(address, list_request.clone().into_bytes())?;
        ensure!(response.status == 200, "the JSON-LD list answered {}", response.status);
        ensure!(response.header("content-type") == Some("application/vc"), "the list in the wallet form");
    }
    let json_ld_lists_per_second = f64::from(rounds) / start.elapsed().as_secs_f64();
    Ok(CertificateFigures {
        sync_answer: response.head_bytes + response.body.len(),
        jwt: certificate.jwt.len(),
        wallet: certificate.wallet.len(),
        wallet_wire: wallet.head_bytes + wallet.body.len(),
        verifications_per_second: per_second(&certificate.jwt)?,
        wallet_verifications_per_second: per_second(&certificate.wallet)?,
        trust_json: serde_json::to_vec(trust)?.len(),
        trust_wire: trust_response.body.len(),
        pdf: pdf.body.len(),
        json_ld_lists_per_second,
    })
}

/// The path of the revocation list a wallet form names (its `statusListCredential`).
fn certificate_list_path(wallet: &str) -> Result<String> {
    let form: serde_json::Value = serde_json::from_str(wallet)?;
    let url = form["credentialStatus"]["statusListCredential"].as_str().context("a revocation list")?;
    let (_, path) = url.split_once("/credentials/").context("a list under /credentials/")?;
    Ok(format!("/credentials/{path}"))
}

pub fn print(f: &CertificateFigures) {
    println!("\n## Certificates\n");
    println!("| what | bytes |\n|---|---:|");
    println!(
        "| sync answer that completes the course (headers, merged state, certificate in both forms, the wallet link's QR modules, trust data) | {} |",
        f.sync_answer
    );
    println!("| one signed certificate (compact JWT) | {} |", f.jwt);
    println!("| the same certificate in the wallet form (JSON-LD, Data Integrity proof) | {} |", f.wallet);
    println!(
        "| the wallet form from its link, on the wire (headers, a browser's Accept-Encoding) | {} |",
        f.wallet_wire
    );
    println!("| trust data a device keeps (JWKS and revocation list), JSON | {} |", f.trust_json);
    println!("| the same from `GET /api/v1/trust` on the wire | {} |", f.trust_wire);
    println!("| certificate PDF (A4, fonts subset, QR code) | {} |", f.pdf);
    println!(
        "\n`POST /api/v1/verify`, one client, new connection per request: {:.0} verifications/s of the JWT, \
         {:.0}/s of the wallet form.",
        f.verifications_per_second, f.wallet_verifications_per_second
    );
    println!(
        "The certificate's revocation list as JSON-LD (a wallet checking revocation), one client, new connection per \
         request: {:.0} answers/s.",
        f.json_ld_lists_per_second
    );
}
