//! Installing what the build and the tests need, and nothing that is already there.
//!
//! The wasm32 standard library comes from rustup where it can be fetched. Where it cannot
//! (rustup hangs on machines without access to its servers), Debian's `rustc-web` compiler
//! with its library sources builds `std` for wasm32 itself (`-Z build-std`); see
//! `../shared/TOOLCHAIN.md`. The choice is made here, in one place, and never committed to a
//! `.cargo/config.toml` that would break the rustup path on a normal laptop.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use anyhow::{Context, Result, bail};

use crate::util::{Step, output, root, run};

const WASM_TARGET: &str = "wasm32-unknown-unknown";
const TRUNK_VERSION: &str = "0.21.14";
const BINARYEN_VERSION: &str = "132";
const DEBIAN_LINKER: &str = "/usr/lib/llvm-19/bin/wasm-ld";
const DEBIAN_WEB_PACKAGES: [&str; 5] =
    ["rustc-web", "cargo-web", "rust-web-src", "rust-web-clippy", "lld-19"];

/// How the web crate is compiled on this machine.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WebCompiler {
    /// rustup's toolchain with its wasm32 target.
    Rustup,
    /// Debian's compiler building std for wasm32 itself.
    DebianBuildStd,
}

/// What `setup` found or installed.
#[derive(Debug, Clone)]
pub struct Toolchain {
    pub compiler: WebCompiler,
    /// Folder holding `wasm-opt`, put first on trunk's PATH.
    pub wasm_opt_dir: PathBuf,
    pub chromium: PathBuf,
    pub chromedriver: PathBuf,
    /// A Python with PyJWT and `cryptography`, for the independent certificate check (tests only).
    pub python: Option<PathBuf>,
    /// axe-core's `axe.min.js`, which the browser tests run in every page they check (tests only).
    pub axe: Option<PathBuf>,
    /// `verify_wallet.mjs` beside Digital Bazaar's reference verifiers and Ajv, for the check of
    /// the wallet form by someone else's code (tests only).
    pub wallet_verifier: Option<PathBuf>,
}

impl Toolchain {
    /// Environment for any cargo or trunk run that compiles the web crate.
    fn web_env(&self, command: &mut Command) {
        let cargo_bin = home_cargo_bin();
        let mut path = vec![self.wasm_opt_dir.clone()];
        if self.compiler == WebCompiler::DebianBuildStd {
            // Debian's cargo and rustc must win over rustup's proxies for this build.
            path.push(PathBuf::from("/usr/bin"));
            command
                .env("RUSTC_BOOTSTRAP", "1")
                .env("CARGO_UNSTABLE_BUILD_STD", "std,panic_abort")
                .env("CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_LINKER", DEBIAN_LINKER)
                // Building std ourselves lets panics compile to a bare trap, without the
                // formatting machinery: about 16 KB less wasm on the wire (brotli). Only this
                // path can do it; a rustup build is that much larger.
                .env(
                    "CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS",
                    "-Zunstable-options -Cpanic=immediate-abort",
                )
                .env_remove("RUSTUP_TOOLCHAIN")
                .env_remove("CARGO")
                .env_remove("RUSTC");
        }
        path.push(cargo_bin);
        path.extend(std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default()));
        command
            .env("PATH", std::env::join_paths(path).expect("paths without separators"))
            // A separate target folder: two compilers sharing one would rebuild each other's
            // build scripts on every switch.
            .env("CARGO_TARGET_DIR", root().join("target/web"))
            .env("TRUNK_SKIP_VERSION_CHECK", "true")
            .current_dir(root());
    }

    /// `cargo` set up to compile the web crate.
    pub fn web_cargo(&self) -> Command {
        let program = match self.compiler {
            WebCompiler::Rustup => "cargo",
            WebCompiler::DebianBuildStd => "/usr/bin/cargo",
        };
        let mut command = Command::new(program);
        self.web_env(&mut command);
        command
    }

    /// `trunk` set up to build the web client.
    pub fn trunk(&self) -> Command {
        let mut command = Command::new(home_cargo_bin().join("trunk"));
        self.web_env(&mut command);
        command
    }
}

fn home_cargo_bin() -> PathBuf {
    let home = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(std::env::var_os("HOME").unwrap_or_default()).join(".cargo"));
    home.join("bin")
}

/// Installs whatever is missing. With `browser`, also Chromium and ChromeDriver for the tests.
pub fn setup(browser: bool) -> Result<Toolchain> {
    let mut steps = Step::nested(if browser { 9 } else { 4 });
    steps.next("wasm32 compiler");
    let compiler = wasm_compiler()?;
    steps.next(&format!("trunk {TRUNK_VERSION}"));
    let trunk = home_cargo_bin().join("trunk");
    if !version_of(&trunk).is_some_and(|v| v.contains(TRUNK_VERSION)) {
        eprintln!("    installing trunk (about 8 minutes on 2 cores)");
        run(
            Command::new("cargo").args(["install", "trunk", "--locked", "--version", TRUNK_VERSION]),
            "cargo install trunk",
        )?;
    }
    steps.next("wasm-bindgen-cli matching Cargo.lock");
    let wanted = locked_version("wasm-bindgen")?;
    if !version_of(&home_cargo_bin().join("wasm-bindgen")).is_some_and(|v| v.trim().ends_with(&wanted)) {
        eprintln!("    installing wasm-bindgen-cli {wanted} (about 3 minutes)");
        // Not --locked: its lock file names a crate version some registry mirrors lack.
        run(
            Command::new("cargo").args(["install", "wasm-bindgen-cli", "--version", &wanted]),
            "cargo install wasm-bindgen-cli",
        )?;
    }
    check_trunk_pin(&wanted)?;
    steps.next(&format!("wasm-opt (binaryen {BINARYEN_VERSION})"));
    let wasm_opt_dir = wasm_opt()?;
    let (chromium, chromedriver, python, axe, wallet_verifier) = if browser {
        steps.next("Chromium and ChromeDriver");
        let (chromium, chromedriver) = browser_tools()?;
        steps.next(&format!("certificate checkers (poppler, zbar, PyJWT {PYJWT_VERSION})"));
        let python = certificate_checkers()?;
        steps.next("nginx (the reverse proxy of the proxy and replica tests)");
        nginx()?;
        steps.next(&format!("axe-core {AXE_VERSION} (the accessibility checks of the browser tests)"));
        let axe = axe()?;
        steps.next("the reference verifiers of the wallet form (Digital Bazaar's, Ajv)");
        let wallet_verifier = wallet_verifier()?;
        (chromium, chromedriver, Some(python), Some(axe), Some(wallet_verifier))
    } else {
        (PathBuf::from("/usr/bin/chromium"), PathBuf::from("/usr/bin/chromedriver"), None, None, None)
    };
    Ok(Toolchain { compiler, wasm_opt_dir, chromium, chromedriver, python, axe, wallet_verifier })
}

const PYJWT_VERSION: &str = "2.15.1";
const CRYPTOGRAPHY_VERSION: &str = "50.0.2";

/// What the certificate tests check our output with: `pdftotext` and `pdftoppm` (poppler),
/// `zbarimg` (reads the QR code), and PyJWT with `cryptography` in a virtual environment of
/// its own. Returns that environment's Python.
fn certificate_checkers() -> Result<PathBuf> {
    if !["pdftotext", "pdftoppm", "zbarimg"].into_iter().all(which) {
        apt_install(&["poppler-utils", "zbar-tools"])?;
    }
    let venv = root().join("target/tools/pyjwt");
    let python = venv.join("bin/python");
    let check = format!(
        "import jwt, cryptography; assert jwt.__version__ == '{PYJWT_VERSION}' \
         and cryptography.__version__ == '{CRYPTOGRAPHY_VERSION}'"
    );
    if output(Command::new(&python).args(["-c", &check])).is_some() {
        return Ok(python);
    }
    if !python.exists() {
        if output(Command::new("python3").args(["-c", "import venv, ensurepip"])).is_none() {
            apt_install(&["python3-venv"])?;
        }
        run(Command::new("python3").arg("-m").arg("venv").arg(&venv), "python3 -m venv")?;
    }
    eprintln!("    installing PyJWT {PYJWT_VERSION} and cryptography {CRYPTOGRAPHY_VERSION} from PyPI");
    run(
        Command::new(venv.join("bin/pip")).args([
            "install",
            "--quiet",
            "--disable-pip-version-check",
            &format!("PyJWT=={PYJWT_VERSION}"),
            &format!("cryptography=={CRYPTOGRAPHY_VERSION}"),
        ]),
        "pip install PyJWT cryptography",
    )?;
    Ok(python)
}

/// Debian's nginx, which the tests put in front of `dala serve` on loopback (`tests/src/lib.rs`,
/// `Nginx`). Only the binary is used: the tests run it with a configuration of their own.
fn nginx() -> Result<()> {
    if !Path::new("/usr/sbin/nginx").exists() {
        apt_install(&["nginx-light"])?;
    }
    Ok(())
}

/// Whether `program` is on the PATH.
fn which(program: &str) -> bool {
    std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default())
        .any(|dir| dir.join(program).is_file())
}

fn version_of(program: &Path) -> Option<String> {
    output(Command::new(program).arg("--version"))
}

/// The version of `package` in Cargo.lock.
fn locked_version(package: &str) -> Result<String> {
    let lock = std::fs::read_to_string(root().join("Cargo.lock")).context("could not read Cargo.lock")?;
    let marker = format!("name = \"{package}\"\nversion = \"");
    let start = lock.find(&marker).with_context(|| format!("{package} is not in Cargo.lock"))? + marker.len();
    Ok(lock[start..].split('"').next().unwrap_or_default().to_owned())
}

/// Trunk must use the wasm-bindgen we installed, never download one.
fn check_trunk_pin(version: &str) -> Result<()> {
    let trunk_toml = std::fs::read_to_string(root().join("Trunk.toml"))?;
    if !trunk_toml.contains(&format!("wasm_bindgen = \"{version}\"")) {
        bail!("Trunk.toml must pin wasm_bindgen = \"{version}\" (the version in Cargo.lock)");
    }
    Ok(())
}

fn wasm_compiler() -> Result<WebCompiler> {
    let installed =
        output(Command::new("rustup").args(["target", "list", "--installed"])).unwrap_or_default();
    if installed.lines().any(|l| l.trim() == WASM_TARGET) {
        return Ok(WebCompiler::Rustup);
    }
    if debian_web_toolchain_present() {
        return Ok(WebCompiler::DebianBuildStd);
    }
    eprintln!("    trying `rustup target add {WASM_TARGET}` (60 s at most)");
    if run_with_timeout(Command::new("rustup").args(["target", "add", WASM_TARGET]), Duration::from_secs(60))
    {
        return Ok(WebCompiler::Rustup);
    }
    eprintln!("    rustup could not fetch the target: installing Debian's rustc-web to build std for wasm32");
    apt_install(&DEBIAN_WEB_PACKAGES)?;
    if !debian_web_toolchain_present() {
        bail!("the Debian wasm toolchain is still incomplete after installing {DEBIAN_WEB_PACKAGES:?}");
    }
    Ok(WebCompiler::DebianBuildStd)
}

fn debian_web_toolchain_present() -> bool {
    Path::new(DEBIAN_LINKER).exists()
        && Path::new("/usr/bin/cargo-clippy").exists()
        && output(Command::new("/usr/bin/rustc").arg("--print").arg("sysroot")).is_some_and(|sysroot| {
            Path::new(sysroot.trim()).join("lib/rustlib/src/rust/library/std").exists()
        })
}

/// Runs a command, killing it after `limit`; true if it finished successfully in time.
fn run_with_timeout(command: &mut Command, limit: Duration) -> bool {
    let Ok(mut child) = command.spawn() else { return false };
    let start = std::time::Instant::now();
    loop {
        match child.try_wait() {
            Ok(Some(status)) => return status.success(),
            Ok(None) if start.elapsed() < limit => std::thread::sleep(Duration::from_millis(250)),
            _ => {
                let _ = child.kill();
                let _ = child.wait();
                return false;
            }
        }
    }
}

const AXE_VERSION: &str = "4.14.1";

/// axe-core from npm, beside binaryen under `target/tools`. Returns its `axe.min.js`.
fn axe() -> Result<PathBuf> {
    let prefix = root().join("target/tools");
    let package = prefix.join("node_modules/axe-core");
    let script = package.join("axe.min.js");
    let installed = std::fs::read_to_string(package.join("package.json"))
        .is_ok_and(|p| p.contains(&format!("\"version\": \"{AXE_VERSION}\"")));
    if installed && script.exists() {
        return Ok(script);
    }
    if output(Command::new("npm").arg("--version")).is_none() {
        apt_install(&["nodejs", "npm"])?;
    }
    std::fs::create_dir_all(&prefix)?;
    eprintln!("    installing axe-core@{AXE_VERSION} from npm");
    run(
        Command::new("npm")
            .args(["install", "--no-audit", "--no-fund", "--prefix"])
            .arg(&prefix)
            .arg(format!("axe-core@{AXE_VERSION}")),
        "npm install axe-core",
    )?;
    Ok(script)
}

/// The npm packages that check the wallet form in the tests, at the versions checked: the
/// Verifiable Credentials libraries the Digital Credentials Consortium's wallet verifies with, and
/// Ajv for the Open Badges JSON Schema (draft 2019-09).
const WALLET_VERIFIER_PACKAGES: [(&str, &str); 7] = [
    ("@digitalbazaar/vc", "7.3.0"),
    ("@digitalbazaar/data-integrity", "2.5.0"),
    ("@digitalbazaar/eddsa-rdfc-2022-cryptosuite", "1.3.0"),
    ("@digitalbazaar/ed25519-multikey", "1.3.1"),
    ("@digitalbazaar/vc-bitstring-status-list", "2.0.1"),
    ("ajv", "8.20.0"),
    ("ajv-formats", "3.0.1"),
];

/// [`WALLET_VERIFIER_PACKAGES`] under `target/tools/wallet-verifier`, with `tests/js/verify_wallet.mjs`
/// copied beside them (a module finds its packages from its own folder). Returns the script.
fn wallet_verifier() -> Result<PathBuf> {
    let prefix = root().join("target/tools/wallet-verifier");
    let installed = WALLET_VERIFIER_PACKAGES.iter().all(|(name, version)| {
        std::fs::read_to_string(prefix.join("node_modules").join(name).join("package.json"))
            .ok()
            .and_then(|text| serde_json::from_str::<serde_json::Value>(&text).ok())
            .is_some_and(|package| package["version"] == *version)
    });
    if !installed {
        if output(Command::new("npm").arg("--version")).is_none() {
            apt_install(&["nodejs", "npm"])?;
        }
        std::fs::create_dir_all(&prefix)?;
        let packages: Vec<String> =
            WALLET_VERIFIER_PACKAGES.iter().map(|(name, version)| format!("{name}@{version}")).collect();
        eprintln!("    installing {} from npm", packages.join(" "));
        run(
            Command::new("npm")
                .args(["install", "--no-audit", "--no-fund", "--prefix"])
                .arg(&prefix)
                .args(&packages),
            "npm install (the wallet form's reference verifiers)",
        )?;
    }
    let script = prefix.join("verify_wallet.mjs");
    std::fs::copy(root().join("tests/js/verify_wallet.mjs"), &script)
        .context("could not copy tests/js/verify_wallet.mjs")?;
    Ok(script)
}

pub const LIGHTHOUSE_VERSION: &str = "12.8.2";

/// Lighthouse from npm, beside axe-core under `target/tools`, for `cargo xtask bench` only
/// (CI never runs it). It drives Debian's Chromium (`--chrome-path`), never a browser of its
/// own: the npm package brings none. Returns its command-line script, run with `node`.
pub fn lighthouse() -> Result<PathBuf> {
    let prefix = root().join("target/tools");
    let package = prefix.join("node_modules/lighthouse");
    let script = package.join("cli/index.js");
    let installed = std::fs::read_to_string(package.join("package.json"))
        .is_ok_and(|p| p.contains(&format!("\"version\": \"{LIGHTHOUSE_VERSION}\"")));
    if installed && script.exists() {
        return Ok(script);
    }
    if output(Command::new("npm").arg("--version")).is_none() {
        apt_install(&["nodejs", "npm"])?;
    }
    std::fs::create_dir_all(&prefix)?;
    eprintln!("    installing lighthouse@{LIGHTHOUSE_VERSION} from npm");
    run(
        Command::new("npm")
            .args(["install", "--no-audit", "--no-fund", "--prefix"])
            .arg(&prefix)
            .arg(format!("lighthouse@{LIGHTHOUSE_VERSION}")),
        "npm install lighthouse",
    )?;
    Ok(script)
}

/// Debian's binaryen is too old for current rustc output; the npm package ships a working one.
fn wasm_opt() -> Result<PathBuf> {
    let prefix = root().join("target/tools");
    let bin = prefix.join("node_modules/.bin");
    if version_of(&bin.join("wasm-opt")).is_some_and(|v| v.contains(&format!("version {BINARYEN_VERSION}"))) {
        return Ok(bin);
    }
    if output(Command::new("npm").arg("--version")).is_none() {
        apt_install(&["nodejs", "npm"])?;
    }
    std::fs::create_dir_all(&prefix)?;
    eprintln!("    installing binaryen@{BINARYEN_VERSION} from npm");
    run(
        Command::new("npm")
            .args(["install", "--no-audit", "--no-fund", "--prefix"])
            .arg(&prefix)
            .arg(format!("binaryen@{BINARYEN_VERSION}")),
        "npm install binaryen",
    )?;
    Ok(bin)
}

fn browser_tools() -> Result<(PathBuf, PathBuf)> {
    let chromium = PathBuf::from("/usr/bin/chromium");
    let chromedriver = PathBuf::from("/usr/bin/chromedriver");
    if !chromium.exists() || !chromedriver.exists() {
        apt_install(&["chromium", "chromium-driver"])?;
    }
    Ok((chromium, chromedriver))
}

/// Whether this process runs as root.
pub fn is_root() -> bool {
    output(Command::new("id").arg("-u")).is_some_and(|id| id.trim() == "0")
}

/// Installs Debian packages (as root, or through sudo).
pub fn apt_install(packages: &[&str]) -> Result<()> {
    let is_root = is_root();
    let apt = |args: &[&str]| {
        let mut command = if is_root {
            Command::new("apt-get")
        } else {
            let mut sudo = Command::new("sudo");
            sudo.arg("apt-get");
            sudo
        };
        command.args(args).env("DEBIAN_FRONTEND", "noninteractive");
        command
    };
    eprintln!("    installing Debian packages: {}", packages.join(" "));
    run(&mut apt(&["update", "-qq"]), "apt-get update")
        .and_then(|_| run(apt(&["install", "-y", "-qq"]).args(packages), "apt-get install"))
        .with_context(|| {
            format!("could not install {}; install them by hand and run again", packages.join(" "))
        })
}
