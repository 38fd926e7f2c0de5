//! Backups: `dala backup` copies a serving installation into one file, `dala restore` puts it
//! into a fresh data folder, and a server started there answers as the original did: the same
//! reports, the same certificates' verdicts (valid and revoked), the same learner's state.

use std::path::Path;
use std::process::Command;

use anyhow::{Context, Result, ensure};
use dala_tests::{Server, add_user, call, complete_course, dala_binary, free_port, sign_in};
use dala_wire::{Verification, VerificationStatus};
use serde_json::{Value, json};

const COURSE: &str = "cso-communications-en";
const PASSWORD: &str = "correct horse battery";

/// Runs `dala ARGS…`: whether it succeeded, and what it printed (both streams).
fn dala(args: &[&str]) -> Result<(bool, String)> {
    let output = Command::new(dala_binary()).args(args).env("DALA_LOG", "warn").output()?;
    let text =
        format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
    Ok((output.status.success(), text))
}

fn path(p: &Path) -> &str {
    p.to_str().expect("temporary paths are UTF-8")
}

/// What an installation answers, to compare before and after: the administrator's summary and
/// CSV, the learner's merged state, and each certificate's verdict.
fn observe(port: u16, admin: &str, learner: &str, certificates: &[&str]) -> Result<Value> {
    let summary: Value =
        serde_json::from_slice(&call(port, "GET", "/api/v1/reports/summary", Some(admin), None)?)?;
    let csv =
        String::from_utf8(call(port, "GET", "/api/v1/reports/export?table=courses", Some(admin), None)?)?;
    let sync: Value = serde_json::from_slice(&call(
        port,
        "POST",
        "/api/v1/progress/sync",
        Some(learner),
        Some(&json!({ "events": [] })),
    )?)?;
    let mut verdicts = Vec::new();
    for jwt in certificates {
        let verification: Verification = serde_json::from_slice(&call(
            port,
            "POST",
            "/api/v1/verify",
            None,
            Some(&json!({ "credential": jwt })),
        )?)?;
        verdicts.push(json!([verification.status, verification.revocation]));
    }
    let jwks: Value = serde_json::from_slice(&call(port, "GET", "/.well-known/jwks.json", None, None)?)?;
    Ok(
        json!({ "summary": summary, "csv": csv, "progress": sync["progress"], "completed": sync["completed_courses"],
               "verdicts": verdicts, "jwks": jwks }),
    )
}

#[test]
#[ignore = "needs the dala binary: run `cargo xtask test`"]
fn a_backup_taken_while_serving_restores_into_a_fresh_folder() -> Result<()> {
    let root = tempfile::tempdir()?;
    let (data, restored, file) =
        (root.path().join("data"), root.path().join("restored"), root.path().join("dala.backup"));
    for (login, role) in [("aliya", "administrator"), ("asel", "learner"), ("nurlan", "learner")] {
        let args = ["--login", login, "--display-name", login, "--organization", "Steppe", "--role", role];
        add_user(&data, &args, PASSWORD)?;
    }
    // Both servers are the same installation to the outside: one public address.
    let public_url = format!("http://127.0.0.1:{}", free_port());
    let server = Server::start_with(&data, &["--public-url", &public_url])?;
    let (admin, asel, nurlan) = (
        sign_in(server.port, "aliya", PASSWORD)?,
        sign_in(server.port, "asel", PASSWORD)?,
        sign_in(server.port, "nurlan", PASSWORD)?,
    );
    let kept = complete_course(server.port, &asel, COURSE)?
        .certificates
        .first()
        .context("Asel's certificate")?
        .clone();
    let revoked = complete_course(server.port, &nurlan, COURSE)?
        .certificates
        .first()
        .context("Nurlan's certificate")?
        .clone();
    let uuid = revoked.id.trim_start_matches("urn:uuid:");
    call(
        server.port,
        "POST",
        &format!("/api/v1/certificates/{uuid}/revocation"),
        Some(&admin),
        Some(&json!({ "reason": "Issued in error" })),
    )?;
    let certificates = [kept.jwt.as_str(), revoked.jwt.as_str()];
    let before = observe(server.port, &admin, &asel, &certificates)?;
    ensure!(before["verdicts"][0][0] == json!(VerificationStatus::Valid), "{before}");
    ensure!(before["verdicts"][1][0] == json!(VerificationStatus::Revoked), "{before}");
    ensure!(before["progress"].as_array().is_some_and(|p| !p.is_empty()), "Asel has progress: {before}");
    ensure!(
        before["completed"] == json!([COURSE]) && before["csv"].as_str().unwrap_or("").contains(COURSE),
        "{before}"
    );

    // The backup, while the server serves (and a learner syncs during it).
    let syncing = std::thread::spawn({
        let (port, token) = (server.port, asel.clone());
        move || {
            (0..20).try_for_each(|_| {
                call(port, "POST", "/api/v1/progress/sync", Some(&token), Some(&json!({ "events": [] })))
                    .map(drop)
            })
        }
    });
    let (ok, out) = dala(&["backup", path(&file), "--data-dir", path(&data)])?;
    ensure!(ok, "dala backup: {out}");
    ensure!(out.contains("2 certificate(s)") && out.contains("1 signing key(s)"), "{out}");
    syncing.join().expect("the syncs ran")?;
    let (ok, out) = dala(&["backup", path(&file), "--data-dir", path(&data)])?;
    ensure!(!ok && out.contains("exists already"), "a backup never overwrites a file: {out}");

    // Restored into a fresh folder, with the original gone: nothing else is needed (no blob
    // files, no keys folder).
    let (ok, out) = dala(&["restore", path(&file), "--data-dir", path(&restored)])?;
    ensure!(ok, "dala restore: {out}");
    drop(server);
    std::fs::remove_dir_all(&data)?;
    ensure!(
        !restored.join("blobs").exists() && !restored.join("keys").exists(),
        "the database is everything"
    );
    let again = Server::start_with(&restored, &["--public-url", &public_url])?;
    let after = observe(again.port, &admin, &asel, &certificates)?;
    ensure!(before == after, "before: {before}\nafter: {after}");

    // A second restore into a folder with a database is refused, and so is a file that is not
    // a Dala backup; PostgreSQL installations are told to use pg_dump.
    let (ok, out) = dala(&["restore", path(&file), "--data-dir", path(&restored)])?;
    ensure!(!ok && out.contains("already has a database") && out.contains("--replace"), "{out}");
    drop(again);
    let (ok, out) = dala(&["restore", path(&file), "--data-dir", path(&restored), "--replace"])?;
    ensure!(ok, "--replace restores over a database: {out}");
    let stranger = root.path().join("notes.txt");
    std::fs::write(&stranger, "not a database")?;
    let (ok, out) = dala(&["restore", path(&stranger), "--data-dir", path(&root.path().join("other"))])?;
    ensure!(!ok && out.contains("not a Dala backup"), "{out}");
    ensure!(!root.path().join("other/dala.sqlite3").exists(), "nothing restored");
    let (ok, out) = dala(&[
        "backup",
        path(&root.path().join("pg.backup")),
        "--database-url",
        "postgres://dala@127.0.0.1:1/dala",
    ])?;
    ensure!(!ok && out.contains("pg_dump") && out.contains("pg_restore"), "{out}");
    Ok(())
}
