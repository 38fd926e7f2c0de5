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

/// Numbered progress lines for a multi-step job: `==> [2/5] building the web client`.
pub struct Step {
    current: usize,
    total: usize,
}

impl Step {
    pub fn new(total: usize) -> Self {
        Step { current: 0, total }
    }

    pub fn next(&mut self, what: &str) {
        self.current += 1;
        eprintln!("==> [{}/{}] {what}", self.current, self.total);
    }
}
