//! The fuzz targets' smoke run: each target takes its whole kept corpus (`fuzz/corpus/<target>/`)
//! and then mutations of it for a few seconds (`DALA_FUZZ_SECONDS`, 3 by default). Any input that
//! panics is saved under `target/fuzz-findings/<target>/` and fails the test. Long,
//! coverage-guided runs are `cargo xtask fuzz`.
//!
//! `DALA_WRITE_CORPUS=1 cargo test -p dala-server --test fuzz` writes the seed inputs made from
//! the sample courses into the corpus (they are checked in; the test below fails if one is
//! missing, so the corpus keeps up with the course format).

use std::path::{Path, PathBuf};
use std::time::Duration;

use dala_server::fuzz;

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap().to_owned()
}

fn corpus(target: &str) -> PathBuf {
    workspace().join("fuzz/corpus").join(target)
}

fn smoke(name: &str) {
    let target = fuzz::target(name).expect("a known target");
    let seconds = std::env::var("DALA_FUZZ_SECONDS").ok().and_then(|s| s.parse().ok()).unwrap_or(3.0);
    let findings = workspace().join("target/fuzz-findings").join(name);
    // A different seed each day: over many CI runs the smoke runs cover different mutations,
    // and a failure names its seed so it can be repeated.
    let seed = std::env::var("DALA_FUZZ_SEED").ok().and_then(|s| s.parse().ok()).unwrap_or_else(|| {
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs() / 86_400
    });
    let report = fuzz::run(target, &corpus(name), &findings, Duration::from_secs_f64(seconds), seed);
    println!(
        "fuzz {name}: {} executions ({} corpus inputs, seed {seed}), {} finding(s)",
        report.executions,
        report.corpus_inputs,
        report.findings.len()
    );
    assert!(report.corpus_inputs > 0, "the corpus of {name} is empty");
    assert!(report.findings.is_empty(), "{name} panicked on: {:?} (seed {seed})", report.findings);
}

#[test]
fn course_source() {
    smoke("course_source");
}

#[test]
fn quiz() {
    smoke("quiz");
}

#[test]
fn sync_request() {
    smoke("sync_request");
}

#[test]
fn credential() {
    smoke("credential");
}

#[test]
fn image() {
    smoke("image");
}

#[test]
fn languages() {
    smoke("languages");
}

#[test]
fn files() {
    smoke("files");
}

#[test]
fn every_seed_is_in_the_kept_corpus() {
    let seeds = fuzz::seed_corpus(&workspace().join("courses")).unwrap();
    let write = std::env::var_os("DALA_WRITE_CORPUS").is_some();
    let mut missing = Vec::new();
    for (target, bytes) in &seeds {
        let path = corpus(target).join(fuzz::corpus_name(bytes));
        if write {
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, bytes).unwrap();
        } else if !path.exists() {
            missing.push(path);
        }
    }
    for (name, _) in fuzz::TARGETS {
        assert!(seeds.iter().any(|(t, _)| t == name), "no seed for {name}");
    }
    assert!(
        missing.is_empty(),
        "seed inputs missing from the corpus (write them with DALA_WRITE_CORPUS=1): {missing:?}"
    );
}

#[test]
fn the_seed_certificate_is_genuine_and_its_forgery_is_not() {
    let seeds = fuzz::seed_corpus(&workspace().join("courses")).unwrap();
    let (_, keys) = fuzz::fixed_issuer();
    let jwt =
        seeds.iter().find(|(t, _)| *t == "credential").map(|(_, b)| String::from_utf8(b.clone()).unwrap());
    let jwt = jwt.unwrap();
    let verification = dala_credential::verify(&jwt, &keys, &[]);
    // Genuine, with its revocation list not given: unchecked, never valid.
    assert_eq!(verification.status, dala_wire::VerificationStatus::RevocationUnchecked);
    let mut forged = jwt.into_bytes();
    let middle = forged.len() / 2;
    forged[middle] = if forged[middle] == b'A' { b'B' } else { b'A' };
    let verification = dala_credential::verify(&String::from_utf8(forged).unwrap(), &keys, &[]);
    assert_ne!(verification.status, dala_wire::VerificationStatus::Valid);
    assert_ne!(verification.status, dala_wire::VerificationStatus::RevocationUnchecked);
}

#[test]
fn every_target_has_a_libfuzzer_entry_and_no_entry_lacks_a_target() {
    let mut entries: Vec<String> = std::fs::read_dir(workspace().join("fuzz/fuzz_targets"))
        .unwrap()
        .flatten()
        .filter_map(|e| e.file_name().to_str()?.strip_suffix(".rs").map(str::to_owned))
        .collect();
    entries.sort();
    let mut targets: Vec<String> = fuzz::TARGETS.iter().map(|(name, _)| (*name).to_owned()).collect();
    targets.sort();
    assert_eq!(entries, targets, "fuzz/fuzz_targets/ and dala_server::fuzz::TARGETS differ");
    let manifest = std::fs::read_to_string(workspace().join("fuzz/Cargo.toml")).unwrap();
    for name in &targets {
        assert!(
            manifest.contains(&format!("path = \"fuzz_targets/{name}.rs\"")),
            "fuzz/Cargo.toml lacks {name}"
        );
    }
}
