//! The wallet form of certificates (Open Badges 3.0 JSON-LD with an `eddsa-rdfc-2022` Data
//! Integrity proof) checked by someone else's code: Digital Bazaar's reference verifiers from npm,
//! with only the bundled contexts, the real server's `did.json` and its revocation lists, and the
//! Open Badges 3.0 JSON Schema (`tests/js/`). A valid certificate passes, a changed one fails,
//! a revoked one is reported revoked, and one signed before `dala keys rotate` still passes; Dala's
//! own verdicts agree.

use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context, Result, ensure};
use dala_tests::{Server, add_user, dala_binary, request};
use dala_wire::{IssuedCertificate, Verification, VerificationStatus};
use serde_json::{Value, json};
use sha2::{Digest, Sha256};

const COURSE: &str = "cso-communications-en";
const PASSWORD: &str = "correct horse battery";

fn verifier() -> PathBuf {
    std::env::var_os("DALA_WALLET_VERIFIER").map(PathBuf::from).unwrap_or_else(|| {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/tools/wallet-verifier/verify_wallet.mjs")
    })
}

fn schema() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("js/ob_v3p0_achievementcredential_schema.json")
}

fn certificate(server: &Server, login: &str) -> Result<IssuedCertificate> {
    let token = dala_tests::sign_in(server.port, login, PASSWORD)?;
    let answer = dala_tests::complete_course(server.port, &token, COURSE)?;
    answer.certificates.into_iter().next().context("a certificate with the sync that completed the course")
}

fn dala(args: &[&str], data: &Path) -> Result<String> {
    let output = dala_tests::dala_in(args, data)?;
    ensure!(output.status.success(), "dala {args:?}: {}", String::from_utf8_lossy(&output.stderr));
    Ok(String::from_utf8_lossy(&output.stdout).into_owned())
}

/// Dala's own verdict, through the API.
fn verdict(server: &Server, credential: &str) -> Result<Verification> {
    let body = serde_json::to_vec(&json!({ "credential": credential }))?;
    let (status, reply) = request(server.port, "POST", "/api/v1/verify", None, &body)?;
    ensure!(status == 200, "POST /api/v1/verify: {status}");
    Ok(serde_json::from_slice(&reply)?)
}

/// The reference verifiers' verdict on each `(name, credential)`, one JSON object each.
fn reference(server: &Server, cases: &[(&str, Value)], work: &Path) -> Result<Vec<Value>> {
    let contexts: serde_json::Map<String, Value> = dala_badge::CONTEXTS
        .iter()
        .map(|(url, body)| Ok(((*url).to_owned(), serde_json::from_slice(body)?)))
        .collect::<Result<_>>()?;
    let contexts_file = work.join("contexts.json");
    std::fs::write(&contexts_file, serde_json::to_vec(&contexts)?)?;
    let cases_file = work.join("cases.json");
    let listed: Vec<Value> =
        cases.iter().map(|(name, credential)| json!({ "name": name, "credential": credential })).collect();
    std::fs::write(&cases_file, serde_json::to_vec(&listed)?)?;
    let output = Command::new("node")
        .arg(verifier())
        .arg(server.url(""))
        .arg(&contexts_file)
        .arg(schema())
        .arg(&cases_file)
        .output()
        .context("could not run node (run `cargo xtask test`)")?;
    let verdicts = dala_tests::verdict_lines(output, "the reference verifier", cases.len())?;
    Ok(verdicts)
}

#[test]
#[ignore = "needs the dala binary, Node and the npm reference verifiers: run `cargo xtask test`"]
fn reference_verifiers_accept_the_wallet_form_and_refuse_what_dala_refuses() -> Result<()> {
    let schema_digest: String =
        Sha256::digest(std::fs::read(schema())?).iter().map(|b| format!("{b:02x}")).collect();
    ensure!(
        schema_digest == "5753fb3ecf7d024ed273dd364bd683f483eb47257e718e6618832cf89eb2083a",
        "the bundled Open Badges JSON Schema is not the published one (tests/js/README.md)"
    );
    let data = tempfile::tempdir()?;
    for (login, name) in [("asel", "Әсел Қасымова"), ("nurlan", "Nurlan Ýüzbaşy"), ("dilnoza", "Dilnoza")]
    {
        add_user(data.path(), &["--login", login, "--display-name", name], PASSWORD)?;
    }
    let mut server = Server::start(data.path())?;
    let before_rotation = certificate(&server, "asel")?;

    // A new signing key; the server takes it at its restart, on the same address.
    server.stop();
    dala(&["keys", "rotate"], data.path())?;
    server.restart()?;
    let revoked = certificate(&server, "nurlan")?;
    let after_rotation = certificate(&server, "dilnoza")?;
    dala(&["cert", "revoke", &revoked.id, "--reason", "Issued in error"], data.path())?;

    let form = |c: &IssuedCertificate| -> Result<Value> { Ok(serde_json::from_str(&c.wallet)?) };
    let (old, new) = (form(&before_rotation)?, form(&after_rotation)?);
    ensure!(
        old["proof"][0]["verificationMethod"] != new["proof"][0]["verificationMethod"],
        "the certificates were signed by two keys"
    );
    let mut renamed = old.clone();
    renamed["credentialSubject"]["identifier"][0]["identityHash"] = json!("Someone Else");
    let mut regraded = new.clone();
    regraded["credentialSubject"]["achievement"]["criteria"]["narrative"] = json!("Passed with honours.");
    let stranger = ed25519_dalek::SigningKey::from_bytes(&[9; 32]);
    let mut unsecured = new.clone();
    unsecured.as_object_mut().unwrap().remove("proof");
    let method = new["proof"][0]["verificationMethod"].as_str().unwrap();
    let forged = dala_badge::sign(&unsecured, &stranger, method, "2026-12-02T00:00:00Z")?;

    // (name, credential, verified by the reference, revoked, Dala's verdict)
    let cases = [
        ("signed before the rotation", old.clone(), true, Some(false), VerificationStatus::Valid),
        ("signed after it", new.clone(), true, Some(false), VerificationStatus::Valid),
        ("revoked", form(&revoked)?, true, Some(true), VerificationStatus::Revoked),
        ("another name", renamed, false, None, VerificationStatus::Altered),
        ("other criteria", regraded, false, None, VerificationStatus::Altered),
        ("signed by a stranger", forged, false, None, VerificationStatus::Altered),
    ];
    let named: Vec<(&str, Value)> = cases.iter().map(|(name, c, ..)| (*name, c.clone())).collect();
    let verdicts = reference(&server, &named, data.path())?;
    for ((name, credential, verified, revoked, ours), theirs) in cases.iter().zip(&verdicts) {
        eprintln!("{theirs}");
        ensure!(theirs["name"] == *name, "{theirs}");
        // The reference verifies the proof and checks the status, and reports the revocation
        // bit as found: a revoked certificate's proof still holds.
        ensure!(theirs["verified"] == *verified, "{name}: the reference verifier says {theirs}");
        if let Some(revoked) = revoked {
            ensure!(theirs["revoked"] == *revoked, "{name}: revoked? {theirs}");
        }
        ensure!(theirs["schema"] == true, "{name}: the Open Badges 3.0 JSON Schema: {theirs}");
        let dala = verdict(&server, &credential.to_string())?;
        ensure!(dala.status == *ours, "{name}: Dala says {dala:?}");
    }

    // `dala cert verify` takes the wallet file too: on the installation's own records, and
    // offline from saved copies of the published keys and a revocation list.
    let saved = |name: &str, text: &str| -> Result<PathBuf> {
        let path = data.path().join(name);
        std::fs::write(&path, text)?;
        Ok(path)
    };
    let (_, jwks) = request(server.port, "GET", "/.well-known/jwks.json", None, b"")?;
    let jwks_file = saved("jwks.json", std::str::from_utf8(&jwks)?)?;
    let (_, list) = request(server.port, "GET", "/credentials/status/1", None, b"")?;
    let list_file = saved("status-1.jwt", std::str::from_utf8(&list)?)?;
    for (certificate, first_word) in [(&before_rotation, "valid:"), (&revoked, "revoked:")] {
        let file = saved("certificate.json", &serde_json::to_string_pretty(&form(certificate)?)?)?;
        let online = Command::new(dala_binary())
            .args(["cert", "verify", "--issuer-name=Dala", "--data-dir"])
            .arg(data.path())
            .arg(&file)
            .output()?;
        let offline = Command::new(dala_binary())
            .args(["cert", "verify", "--jwks"])
            .arg(&jwks_file)
            .arg("--status-list")
            .arg(&list_file)
            .arg(&file)
            .output()?;
        for output in [online, offline] {
            let out = String::from_utf8_lossy(&output.stdout);
            ensure!(
                out.starts_with(first_word) && output.status.success() == (first_word == "valid:"),
                "dala cert verify of the wallet form: {out}"
            );
        }
    }
    Ok(())
}
