//! Certificates checked by outsiders: an independent verifier in Python (PyJWT with
//! `cryptography`, against the published JWKS and revocation list), the `dala cert` command
//! line, and the printed PDF read back with `pdftotext` and its QR code with `zbarimg`.

use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context, Result, ensure};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use dala_tests::{Server, add_user, dala_binary, request};
use dala_wire::{IssuedCertificate, Manifest};
use serde_json::{Value, json};

const COURSE: &str = "cso-communications-en";
const PASSWORD: &str = "correct horse battery";

fn python() -> PathBuf {
    std::env::var_os("DALA_PYTHON")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/tools/pyjwt/bin/python"))
}

fn get_json<T: serde::de::DeserializeOwned>(server: &Server, path: &str, token: Option<&str>) -> Result<T> {
    let (status, body) = request(server.port, "GET", path, token, b"")?;
    ensure!(status == 200, "GET {path}: {status} {}", String::from_utf8_lossy(&body));
    Ok(serde_json::from_slice(&body)?)
}

/// Signs in, studies the whole sample course (an open one) and passes its quizzes; returns the
/// session token and the certificate that came back with the sync.
fn complete_course(server: &Server, login: &str) -> Result<(String, IssuedCertificate)> {
    let token = dala_tests::sign_in(server.port, login, PASSWORD)?;
    let answer = dala_tests::complete_course(server.port, &token, COURSE)?;
    let certificate =
        answer.certificates.first().context("a certificate with the sync that completed the course")?;
    Ok((token, certificate.clone()))
}

fn with_part(jwt: &str, n: usize, part: &str) -> String {
    let mut parts: Vec<&str> = jwt.split('.').collect();
    parts[n] = part;
    parts.join(".")
}

fn payload(jwt: &str) -> Value {
    serde_json::from_slice(&URL_SAFE_NO_PAD.decode(jwt.split('.').nth(1).unwrap()).unwrap()).unwrap()
}

fn dala(args: &[&str], data: &Path) -> Result<(bool, String)> {
    let output = dala_tests::dala_in(args, data)?;
    Ok((output.status.success(), String::from_utf8_lossy(&output.stdout).into_owned()))
}

#[test]
#[ignore = "needs the dala binary, poppler, zbar and PyJWT: run `cargo xtask test`"]
fn outsiders_verify_certificates_as_the_server_does() -> Result<()> {
    let data = tempfile::tempdir()?;
    for (login, name) in [("asel", "Әсел Қасымова"), ("nurlan", "Nurlan Ýüzbaşy")] {
        add_user(data.path(), &["--login", login, "--display-name", name], PASSWORD)?;
    }
    let server = Server::start(data.path())?;
    let issuer = server.url("");
    let (token, certificate) = complete_course(&server, "asel")?;
    let (_, revoked) = complete_course(&server, "nurlan")?;

    // The operator revokes Nurlan's certificate from the command line.
    let (ok, out) = dala(&["cert", "revoke", &revoked.id, "--reason", "Issued in error"], data.path())?;
    ensure!(ok && out.contains("revoked"), "dala cert revoke: {out}");

    // Forgeries of Asel's certificate.
    let good = certificate.jwt.clone();
    let header: Value = serde_json::from_slice(&URL_SAFE_NO_PAD.decode(good.split('.').next().unwrap())?)?;
    let kid = header["kid"].as_str().context("a kid")?;
    let mut changed = payload(&good);
    changed["credentialSubject"]["identifier"][0]["identityHash"] = json!("Someone Else");
    let tampered = with_part(&good, 1, &URL_SAFE_NO_PAD.encode(changed.to_string()));
    let stranger = ed25519_dalek::SigningKey::from_bytes(&[9; 32]);
    let forged = dala_credential::sign(&stranger, kid, "vc+jwt", &changed);
    let unknown_key = dala_credential::sign(&stranger, "not-a-published-key", "vc+jwt", &payload(&good));
    let alg = |alg: &str| {
        with_part(&good, 0, &URL_SAFE_NO_PAD.encode(json!({ "alg": alg, "kid": kid }).to_string()))
    };
    // The classic confusion: an HMAC keyed with the published public key.
    let jwks: Value = get_json(&server, "/.well-known/jwks.json", None)?;
    let public = URL_SAFE_NO_PAD.decode(jwks["keys"][0]["x"].as_str().unwrap())?;
    let hs256_input = format!(
        "{}.{}",
        URL_SAFE_NO_PAD.encode(json!({ "alg": "HS256", "kid": kid }).to_string()),
        good.split('.').nth(1).unwrap()
    );
    let hs256 =
        format!("{hs256_input}.{}", URL_SAFE_NO_PAD.encode(hmac_sha256(&public, hs256_input.as_bytes())));

    let cases = [
        ("genuine", good.clone(), "valid"),
        ("revoked", revoked.jwt.clone(), "revoked"),
        ("tampered", tampered.clone(), "rejected"),
        ("forged", forged, "rejected"),
        ("unknown key", unknown_key, "rejected"),
        ("alg none", with_part(&alg("none"), 2, ""), "rejected"),
        ("alg HS256 keyed with the public key", hs256, "rejected"),
        ("malformed", "not.a.jwt".to_owned(), "rejected"),
    ];
    let file = data.path().join("cases.json");
    let listed: Vec<Value> = cases.iter().map(|(name, jwt, _)| json!({ "name": name, "jwt": jwt })).collect();
    std::fs::write(&file, serde_json::to_vec(&listed)?)?;
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("python/verify_certificates.py");
    let output = Command::new(python())
        .arg(&script)
        .arg(&issuer)
        .arg(&file)
        .output()
        .with_context(|| format!("could not run {} (run `cargo xtask test`)", python().display()))?;
    let verdicts = dala_tests::verdict_lines(output, "the Python verifier", cases.len())?;
    for ((name, _, expected), verdict) in cases.iter().zip(&verdicts) {
        ensure!(
            verdict["name"] == *name && verdict["verdict"] == *expected,
            "{name}: expected {expected}, got {verdict}"
        );
    }
    ensure!(verdicts[0]["detail"] == "Әсел Қасымова", "{:?}", verdicts[0]);

    // The command line, on the installation's own keys and revocation data…
    let saved = |name: &str, text: &str| -> Result<PathBuf> {
        let path = data.path().join(name);
        std::fs::write(&path, text)?;
        Ok(path)
    };
    let good_file = saved("asel.jwt", &good)?;
    let envelope_file = saved("asel.json", &dala_credential::envelope(&good).to_string())?;
    let revoked_file = saved("nurlan.jwt", &revoked.jwt)?;
    let tampered_file = saved("tampered.jwt", &tampered)?;
    // The installation's address is taken from the certificate unless given.
    let url = "--issuer-name=Dala".to_owned();
    for (file, ok, first_word) in [
        (&good_file, true, "valid:"),
        (&envelope_file, true, "valid:"),
        (&revoked_file, false, "revoked:"),
        (&tampered_file, false, "altered:"),
    ] {
        let (success, out) = dala(&["cert", "verify", file.to_str().unwrap(), &url], data.path())?;
        ensure!(success == ok && out.starts_with(first_word), "dala cert verify {}: {out}", file.display());
    }
    let (_, out) = dala(&["cert", "verify", revoked_file.to_str().unwrap(), &url], data.path())?;
    ensure!(out.contains("Issued in error"), "the operator's reason: {out}");
    // …and offline, from saved copies of the published keys and list only.
    let jwks_file = saved("jwks.json", &jwks.to_string())?;
    let (status, list) = request(server.port, "GET", "/credentials/status/1", None, b"")?;
    ensure!(status == 200);
    let list_file = saved("status-1.jwt", std::str::from_utf8(&list)?)?;
    let offline = |file: &Path| -> Result<(bool, String)> {
        let output = Command::new(dala_binary())
            .args(["cert", "verify", "--jwks"])
            .arg(&jwks_file)
            .arg("--status-list")
            .arg(&list_file)
            .arg(file)
            .output()?;
        Ok((output.status.success(), String::from_utf8_lossy(&output.stdout).into_owned()))
    };
    let (success, out) = offline(&good_file)?;
    ensure!(success && out.starts_with("valid:") && out.contains("Әсел Қасымова"), "{out}");
    let (success, out) = offline(&revoked_file)?;
    ensure!(!success && out.starts_with("revoked:"), "{out}");

    // The PDF: the learner's name, the course and the id as text; the QR code opens the
    // verification page of this certificate.
    let uuid = certificate.id.strip_prefix("urn:uuid:").context("a urn:uuid id")?;
    let (status, pdf) =
        request(server.port, "GET", &format!("/api/v1/certificates/{uuid}/pdf"), Some(&token), b"")?;
    ensure!(status == 200 && pdf.starts_with(b"%PDF-"), "the PDF: {status}");
    let pdf_file = saved("certificate.pdf", "")?;
    std::fs::write(&pdf_file, &pdf)?;
    let text = run("pdftotext", &[pdf_file.to_str().unwrap(), "-"])?;
    let manifest: Manifest = get_json(&server, &format!("/api/v1/courses/{COURSE}/manifest"), None)?;
    for expected in ["Әсел Қасымова", manifest.title.as_str(), certificate.id.as_str()] {
        ensure!(text.contains(expected), "{expected:?} is not in the PDF's text:\n{text}");
    }
    let png = data.path().join("certificate");
    run(
        "pdftoppm",
        &["-r", "150", "-png", "-singlefile", pdf_file.to_str().unwrap(), png.to_str().unwrap()],
    )?;
    let decoded = run("zbarimg", &["--quiet", "--raw", &format!("{}.png", png.display())])?;
    ensure!(
        decoded.trim() == certificate.verify_url,
        "the QR code says {decoded:?}, not {}",
        certificate.verify_url
    );
    // Whoever scans it gets the certificate; `verify_url` opens the page that asks for this.
    let query = certificate.verify_url.split_once("?c=").context("a verify URL")?.1;
    let (c, k) = query.split_once("&k=").context("c and k")?;
    let shared: Value = get_json(&server, &format!("/api/v1/certificates/{c}?key={k}"), None)?;
    ensure!(shared["jwt"] == good);
    Ok(())
}

fn run(program: &str, args: &[&str]) -> Result<String> {
    let output = Command::new(program)
        .args(args)
        .output()
        .with_context(|| format!("could not run {program} (`cargo xtask test` installs it)"))?;
    ensure!(output.status.success(), "{program} failed: {}", String::from_utf8_lossy(&output.stderr));
    Ok(String::from_utf8_lossy(&output.stdout).into_owned())
}

/// HMAC-SHA-256 (RFC 2104), for forging the key-confusion case above.
fn hmac_sha256(key: &[u8], message: &[u8]) -> Vec<u8> {
    use sha2::{Digest, Sha256};
    let mut block = [0u8; 64];
    if key.len() > 64 {
        block[..32].copy_from_slice(&Sha256::digest(key));
    } else {
        block[..key.len()].copy_from_slice(key);
    }
    let pad = |byte: u8| block.iter().map(|b| b ^ byte).collect::<Vec<u8>>();
    let inner = Sha256::new().chain_update(pad(0x36)).chain_update(message).finalize();
    Sha256::new().chain_update(pad(0x5c)).chain_update(inner).finalize().to_vec()
}
