//! Small helpers: the workspace root, running commands with clear failures, step progress.

use std::path::PathBuf;
use std::process::Command;

use anyhow::{Context, Result, bail};

/// The workspace root (the parent of `xtask/`).
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).parent().expect("xtask lives in the workspace").to_owned()
}

/// The cargo that runs this xtask (rustup's, on a normal set-up).
pub fn cargo() -> Command {
    let mut command = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()));
    command.current_dir(root());
    command
}

/// Runs a command, streaming its output; fails with `what` if it fails.
pub fn run(command: &mut Command, what: &str) -> Result<()> {
    let status = command.status().with_context(|| format!("could not start {what}"))?;
    if !status.success() {
        bail!("{what} failed ({status})");
    }
    Ok(())
}

/// Runs a command and returns its standard output, or `None` if it cannot run or fails.
pub fn output(command: &mut Command) -> Option<String> {
    let out = command.output().ok()?;
    out.status.success().then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

/// Numbered progress lines for a multi-step job: `==> [2/5] building the web client`, and
/// `  -> [1/4] trunk` for the steps of a step.
pub struct Step {
    current: usize,
    total: usize,
    marker: &'static str,
}

impl Step {
    pub fn new(total: usize) -> Self {
        Step { current: 0, total, marker: "==>" }
    }

    /// Steps inside a step, shown indented.
    pub fn nested(total: usize) -> Self {
        Step { current: 0, total, marker: "  ->" }
    }

    pub fn next(&mut self, what: &str) {
        self.current += 1;
        eprintln!("{} [{}/{}] {what}", self.marker, self.current, self.total);
    }
}

/// Runs `cargo test`, echoing its output, and returns (passed, failed, ignored) summed over
/// every test binary, read from libtest's `test result:` lines.
pub fn run_tests(command: &mut Command) -> Result<(usize, usize, usize)> {
    use std::io::BufRead;
    let mut child =
        command.stdout(std::process::Stdio::piped()).spawn().context("could not start cargo test")?;
    let stdout = child.stdout.take().context("cargo test has no stdout")?;
    let (mut passed, mut failed, mut ignored) = (0, 0, 0);
    for line in std::io::BufReader::new(stdout).lines() {
        let line = line?;
        println!("{line}");
        if let Some(result) = line.strip_prefix("test result: ") {
            let count = |word: &str| {
                result
                    .split(['.', ';'])
                    .find_map(|part| {
                        part.trim().strip_suffix(word).map(|n| n.trim().parse::<usize>().unwrap_or(0))
                    })
                    .unwrap_or(0)
            };
            passed += count(" passed");
            failed += count(" failed");
            ignored += count(" ignored");
        }
    }
    let status = child.wait()?;
    if !status.success() {
        bail!("cargo test failed ({status}): {passed} passed, {failed} failed");
    }
    Ok((passed, failed, ignored))
}
