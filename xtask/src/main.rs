//! `cargo xtask`: the project's multi-step jobs, so README commands stay short.
//!
//! - `setup [--browser]`: install what is missing (wasm toolchain, trunk, wasm-bindgen,
//!   wasm-opt; with `--browser` also Chromium and ChromeDriver, the certificate checkers and
//!   nginx), skipping what is present.
//! - `build-web`: build the web client into `web/dist`.
//! - `run`: build everything and serve it on http://127.0.0.1:8080 with the sample courses.
//! - `test`: every check CI runs: formatting, lints, unit, HTTP and browser tests.
//! - `bench [reports | stall | sync | update | files | lighthouse | shell]`: print size, transfer and speed
//!   figures (see README); `reports`: only the dashboard's answers on demo data; `stall`: only
//!   sign-ins, `/healthz` and the catalog under heavy requests; `sync`: only the progress-sync
//!   figures, on SQLite; `update`: only a course update's bytes; `shell` (or
//!   `lighthouse`): a first visit's figures (client size per bundle, bytes on the wire, a course
//!   download) and Lighthouse's mobile figures for the catalog, a lesson and sign-in (npm
//!   `lighthouse`, bench only, never CI).
//! - `fuzz [TARGET…] [--seconds N] [--merge] [--stable]`: long fuzzing runs (see `fuzz.rs`); CI
//!   runs a few seconds of each target with the test suite.
//! - `with-postgres COMMAND…`: run a command with a throwaway PostgreSQL server, its URL in
//!   `DALA_TEST_POSTGRES_URL` (for example `cargo test -p dala-server -- --include-ignored`).

mod bench;
mod bench_certificates;
mod bench_files;
mod bench_lighthouse;
mod bench_reports;
mod bench_stall;
mod bench_sync;
mod bench_update;
mod fuzz;
mod http;
mod i18n;
mod postgres;
mod tools;
mod util;
mod web;

use std::process::ExitCode;

use anyhow::{Result, bail};

use crate::util::{Step, cargo, root};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("setup") => tools::setup(args.iter().any(|a| a == "--browser")).map(|_| ()),
        Some("build-web") => web::build().map(|_| ()),
        Some("run") => run(&args[1..]),
        Some("test") => test(),
        Some("bench") => bench::run(args.get(1).map(String::as_str)),
        Some("fuzz") => fuzz::run_fuzz(&args[1..]),
        Some("i18n") => i18n::run(),
        Some("lint") => tools::setup(false).and_then(|t| lint(&t)),
        Some("with-postgres") if args.len() > 1 => with_postgres(&args[1..]),
        _ => {
            eprintln!(
                "usage: cargo xtask <setup [--browser] | build-web | run [-- SERVER ARGS] | test | bench [reports | stall | sync | update | files | lighthouse | shell] | fuzz [TARGET...] [--seconds N] [--merge] [--stable] | i18n | lint \
                 | with-postgres COMMAND...>"
            );
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("xtask: error: {error:#}");
            ExitCode::FAILURE
        }
    }
}

/// Builds the client and the server, then serves them with the sample courses.
fn run(extra: &[String]) -> Result<()> {
    let mut steps = Step::new(3);
    steps.next("setting up the toolchain");
    let toolchain = tools::setup(false)?;
    steps.next("building the web client");
    web::build_with(&toolchain)?;
    steps.next("building and starting the server (Ctrl-C stops it)");
    let extra = extra.iter().skip_while(|a| *a == "--").cloned();
    let mut args: Vec<String> =
        ["run", "--release", "--package", "dala-server", "--bin", "dala", "--", "serve"]
            .map(String::from)
            .to_vec();
    args.extend(extra);
    let status = cargo().args(&args).current_dir(root()).status()?;
    if !status.success() {
        bail!("the server exited with {status}");
    }
    Ok(())
}

fn with_postgres(command: &[String]) -> Result<()> {
    let postgres = postgres::Postgres::start()?;
    let result = util::run(
        std::process::Command::new(&command[0])
            .args(&command[1..])
            .env("DALA_TEST_POSTGRES_URL", postgres.admin_url()),
        &command.join(" "),
    );
    drop(postgres);
    result
}

/// Formatting and lints: rustfmt, clippy on the host crates, clippy on the web crate for wasm32.
fn lint(toolchain: &tools::Toolchain) -> Result<()> {
    util::run(cargo().args(["fmt", "--all", "--", "--check"]), "cargo fmt --check")?;
    util::run(
        cargo().args([
            "clippy",
            "--workspace",
            "--all-targets",
            "--features",
            "dala-web/wallet-check",
            "--locked",
            "--",
            "-D",
            "warnings",
        ]),
        "cargo clippy (host)",
    )?;
    util::run(
        toolchain.web_cargo().args([
            "clippy",
            "--package",
            "dala-web",
            "--all-features",
            "--target",
            "wasm32-unknown-unknown",
            "--locked",
            "--",
            "-D",
            "warnings",
        ]),
        "cargo clippy (web crate, wasm32)",
    )
}

/// Everything CI checks. The browser tests are marked `#[ignore]` for a plain `cargo test`
/// (they need the built client and Chromium) and run here with `--include-ignored`.
fn test() -> Result<()> {
    let mut steps = Step::new(6);
    steps.next("setting up the toolchain and the browser");
    let toolchain = tools::setup(true)?;
    steps.next("checking formatting and lints");
    lint(&toolchain)?;
    steps.next("checking the translations against English (cargo xtask i18n)");
    i18n::run()?;
    steps.next("building the web client");
    web::build_with(&toolchain)?;
    steps.next("starting a throwaway PostgreSQL server");
    let postgres = postgres::Postgres::start()?;
    // `cargo test` builds the `dala` binary too: the server's integration tests need it.
    steps.next("running every test (unit, HTTP on SQLite and PostgreSQL, course format, browser)");
    let root = root();
    let (passed, failed, ignored) = util::run_tests(
        cargo()
            .args([
                "test",
                "--workspace",
                "--all-targets",
                "--locked",
                "--no-fail-fast",
                "--",
                "--include-ignored",
            ])
            .env("DALA_BIN", root.join("target/debug/dala"))
            .env("DALA_WEB_DIR", root.join("web/dist"))
            .env("DALA_COURSES_DIR", root.join("courses"))
            .env("CHROMEDRIVER", &toolchain.chromedriver)
            .env("CHROMIUM", &toolchain.chromium)
            .env("DALA_PYTHON", toolchain.python.as_ref().expect("set up with the browser"))
            .env("DALA_AXE", toolchain.axe.as_ref().expect("set up with the browser"))
            .env("DALA_WALLET_VERIFIER", toolchain.wallet_verifier.as_ref().expect("set up with the browser"))
            .env("DALA_TEST_POSTGRES_URL", postgres.admin_url()),
    )?;
    drop(postgres);
    if passed == 0 {
        bail!("no test ran");
    }
    // One closing line for the whole run, summed over every test binary.
    println!("\nsummary: {passed} passed, {failed} failed, {ignored} skipped");
    Ok(())
}
