//! Signing keys from the command line, in the database: an installation from before (keys in a
//! `keys` folder) keeps signing with its key and publishing its retired ones; `dala keys
//! generate | rotate | list` and `dala cert verify` work on the database.

use std::os::unix::fs::OpenOptionsExt;
use std::path::Path;

use anyhow::{Context, Result, ensure};
use dala_tests::{Server, add_user, call, complete_course, sign_in};
use ed25519_dalek::SigningKey;
use serde_json::{Value, json};

const COURSE: &str = "cso-communications-en";
const PASSWORD: &str = "correct horse battery";

fn dala(args: &[&str], data: &Path) -> Result<(bool, String)> {
    let output = dala_tests::dala_in(args, data)?;
    let text =
        format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
    Ok((output.status.success(), text))
}

/// The key ids `dala keys list` prints, in its order.
fn listed(data: &Path) -> Result<Vec<String>> {
    let (ok, out) = dala(&["keys", "list"], data)?;
    ensure!(ok, "dala keys list: {out}");
    let jwks: Value = serde_json::from_str(&out)?;
    Ok(jwks["keys"]
        .as_array()
        .context("keys")?
        .iter()
        .map(|k| k["kid"].as_str().unwrap_or("").to_owned())
        .collect())
}

/// A keys folder as earlier versions wrote it: the active key (mode 0600) and a retired key's
/// public half. Their ids.
fn legacy_keys_folder(dir: &Path) -> Result<(String, String)> {
    std::fs::create_dir_all(dir)?;
    let (active, retired) = (SigningKey::from_bytes(&[7; 32]), SigningKey::from_bytes(&[9; 32]));
    let public = dala_credential::jwk(&active.verifying_key());
    let mut private = serde_json::to_value(&public)?;
    private["d"] = json!(dala_credential::base64url(active.as_bytes()));
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(dir.join(format!("{}.private.jwk", public.kid)))?;
    std::io::Write::write_all(&mut file, private.to_string().as_bytes())?;
    let old = dala_credential::jwk(&retired.verifying_key());
    std::fs::write(dir.join(format!("{}.public.jwk", old.kid)), serde_json::to_string(&old)?)?;
    Ok((public.kid, old.kid))
}

#[test]
#[ignore = "needs the dala binary: run `cargo xtask test`"]
fn an_installation_from_before_keeps_its_keys_and_the_key_commands_work_on_the_database() -> Result<()> {
    let root = tempfile::tempdir()?;
    let data = root.path().join("data");
    let (active, retired) = legacy_keys_folder(&data.join("keys"))?;
    add_user(&data, &["--login", "asel", "--display-name", "Asel"], PASSWORD)?;
    let server = Server::start(&data)?;
    // The folder's keys are the installation's: the active one signs, the retired one is
    // published.
    let jwks: Value =
        serde_json::from_slice(&call(server.port, "GET", "/.well-known/jwks.json", None, None)?)?;
    let kids: Vec<&str> =
        jwks["keys"].as_array().context("keys")?.iter().filter_map(|k| k["kid"].as_str()).collect();
    ensure!(kids == [active.as_str(), retired.as_str()], "{kids:?}");
    let token = sign_in(server.port, "asel", PASSWORD)?;
    let certificate =
        complete_course(server.port, &token, COURSE)?.certificates.first().context("a certificate")?.clone();
    let header: Value = serde_json::from_slice(&base64::Engine::decode(
        &base64::engine::general_purpose::URL_SAFE_NO_PAD,
        certificate.jwt.split('.').next().context("a header")?,
    )?)?;
    ensure!(header["kid"] == json!(active), "signed with the folder's key: {header}");

    ensure!(listed(&data)? == [active.clone(), retired.clone()]);
    let (ok, out) = dala(&["keys", "generate"], &data)?;
    ensure!(!ok && out.contains("dala keys rotate"), "one active key: {out}");
    let (ok, out) = dala(&["keys", "rotate"], &data)?;
    ensure!(ok && out.contains(&active), "dala keys rotate: {out}");
    let kids = listed(&data)?;
    ensure!(
        kids.len() == 3 && kids[0] != active && kids.contains(&active) && kids.contains(&retired),
        "{kids:?}"
    );
    // The folder still holds the old private key: it stays retired.
    drop(server);
    let server = Server::start(&data)?;
    ensure!(listed(&data)? == kids, "the rotation holds across a restart");
    let jwks: Value =
        serde_json::from_slice(&call(server.port, "GET", "/.well-known/jwks.json", None, None)?)?;
    ensure!(jwks["keys"][0]["kid"] == json!(kids[0]), "{jwks}");

    // The certificate signed before the rotation verifies from the database's keys.
    let file = root.path().join("certificate.jwt");
    std::fs::write(&file, &certificate.jwt)?;
    let (ok, out) = dala(&["cert", "verify", file.to_str().context("UTF-8")?], &data)?;
    ensure!(ok && out.starts_with("valid"), "dala cert verify: {out}");
    Ok(())
}
