//! `cargo xtask fuzz [TARGET…] [--seconds N] [--merge] [--stable]`: long fuzzing runs of the
//! targets in `server/src/fuzz.rs`.
//!
//! By default libFuzzer through cargo-fuzz (coverage-guided; installed if missing; the `fuzz/`
//! crate is built with `RUSTC_BOOTSTRAP=1`, since cargo-fuzz passes nightly flags and this
//! machine has only the stable toolchain). Each target starts from a copy of its kept corpus
//! `fuzz/corpus/<target>/`; with `--merge`, the inputs that reached new code are merged back into
//! it (commit them). `--stable` runs the stable mutation loop instead (the same one CI's smoke run
//! uses), for machines where cargo-fuzz cannot build. Crashes land in `fuzz/artifacts/<target>/`.

use std::path::Path;
use std::process::Command;

use anyhow::{Context, Result, bail};

use crate::util::{Step, cargo, output, root, run};

/// The fuzz targets: one libFuzzer entry per target in `fuzz/fuzz_targets/` (each calls the
/// function of the same name in `dala_server::fuzz`), in name order.
fn all_targets() -> Result<Vec<String>> {
    let mut names: Vec<String> = std::fs::read_dir(root().join("fuzz/fuzz_targets"))?
        .flatten()
        .filter_map(|e| e.file_name().to_str()?.strip_suffix(".rs").map(str::to_owned))
        .collect();
    names.sort();
    Ok(names)
}

pub fn run_fuzz(args: &[String]) -> Result<()> {
    let mut seconds = 60u64;
    let mut merge = false;
    let mut stable = false;
    let mut targets = Vec::new();
    let all = all_targets()?;
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--seconds" => {
                seconds = args.next().and_then(|s| s.parse().ok()).context("--seconds takes a number")?
            }
            "--merge" => merge = true,
            "--stable" => stable = true,
            name if all.iter().any(|t| t == name) => targets.push(name.to_owned()),
            other => bail!("unknown fuzz argument `{other}`: targets are {}", all.join(", ")),
        }
    }
    if targets.is_empty() {
        targets = all;
    }
    if stable {
        return stable_run(&targets, seconds);
    }
    let mut steps = Step::new(targets.len() + 2);
    steps.next("installing cargo-fuzz if missing");
    if output(cargo().args(["fuzz", "--version"])).is_none() {
        run(cargo().args(["install", "cargo-fuzz", "--locked"]), "cargo install cargo-fuzz")?;
    }
    steps.next("building the fuzz targets (instrumented, release)");
    run(fuzz_command().args(["build", "--sanitizer", "none"]), "cargo fuzz build")?;
    let mut summary = Vec::new();
    for target in &targets {
        steps.next(&format!("fuzzing {target} for {seconds} s"));
        let kept = root().join("fuzz/corpus").join(target);
        let work = tempfile_dir(target)?;
        copy_dir(&kept, &work)?;
        let log = fuzz_command()
            .args(["run", "--sanitizer", "none", target])
            .arg(&work)
            .args(["--", &format!("-max_total_time={seconds}"), "-print_final_stats=1"])
            .output()
            .with_context(|| format!("could not run cargo fuzz run {target}"))?;
        let text = String::from_utf8_lossy(&log.stderr);
        let executions = stat(&text, "stat::number_of_executed_units:").unwrap_or(0);
        let found = std::fs::read_dir(&work).map(|d| d.count()).unwrap_or(0);
        if !log.status.success() {
            eprintln!(
                "{}",
                text.lines()
                    .rev()
                    .take(40)
                    .collect::<Vec<_>>()
                    .into_iter()
                    .rev()
                    .collect::<Vec<_>>()
                    .join("\n")
            );
            bail!("{target}: libFuzzer found a crash; the input is in fuzz/artifacts/{target}/");
        }
        if merge {
            run(
                fuzz_command()
                    .args(["run", "--sanitizer", "none", target])
                    .arg(&kept)
                    .arg(&work)
                    .args(["--", "-merge=1"]),
                &format!("merging new {target} inputs into fuzz/corpus"),
            )?;
        }
        std::fs::remove_dir_all(&work).ok();
        summary.push(format!(
            "{target}: {executions} executions in {seconds} s, corpus {found} inputs, no crash"
        ));
    }
    println!();
    for line in summary {
        println!("fuzz {line}");
    }
    Ok(())
}

/// `cargo fuzz` in `fuzz/`, its build kept apart in `target/fuzz`.
fn fuzz_command() -> Command {
    let mut command = cargo();
    command
        .arg("fuzz")
        .current_dir(root().join("fuzz"))
        .env("RUSTC_BOOTSTRAP", "1")
        .env("CARGO_TARGET_DIR", root().join("target/fuzz"));
    command
}

/// The stable mutation loop (server/tests/fuzz.rs) for `seconds` per target.
fn stable_run(targets: &[String], seconds: u64) -> Result<()> {
    let mut command = cargo();
    command
        .args(["test", "-p", "dala-server", "--test", "fuzz", "--locked", "--"])
        .args(targets)
        .args(["--exact", "--nocapture", "--test-threads", "1"])
        .env("DALA_FUZZ_SECONDS", seconds.to_string());
    run(&mut command, "the stable fuzz loop")
}

fn stat(log: &str, name: &str) -> Option<u64> {
    log.lines().rev().find_map(|line| line.strip_prefix(name)).and_then(|v| v.trim().parse().ok())
}

fn tempfile_dir(target: &str) -> Result<std::path::PathBuf> {
    let dir = root().join("target/fuzz/work").join(target);
    std::fs::remove_dir_all(&dir).ok();
    std::fs::create_dir_all(&dir).with_context(|| format!("could not create {}", dir.display()))?;
    Ok(dir)
}

fn copy_dir(from: &Path, to: &Path) -> Result<()> {
    for entry in std::fs::read_dir(from).with_context(|| format!("could not read {}", from.display()))? {
        let entry = entry?;
        std::fs::copy(entry.path(), to.join(entry.file_name()))?;
    }
    Ok(())
}
