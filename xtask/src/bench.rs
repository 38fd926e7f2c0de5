//! `cargo xtask bench`: size and transfer figures of a release build, measured, not assumed.
//!
//! Bytes "on the wire" are response bodies as the server sends them to a browser that accepts
//! brotli (headers are counted separately). The server runs from a fresh data folder on
//! loopback.

use std::net::{SocketAddr, TcpListener};
use std::path::{Path, PathBuf};
use std::process::{Child, Command};
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail, ensure};
use dala_wire::{CourseSummary, Manifest};

use dala_wire::bundles::Bundle;

use crate::util::{Step, cargo, root, run as run_command};
use crate::{
    bench_certificates, bench_files, bench_lighthouse, bench_reports, bench_stall, bench_sync, bench_update,
    http, postgres,
};
use crate::{tools, web};

struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Dashboard answers on demo data: a second installation, seeded, served and asked.
fn reports(dist: &Path, data_dir: &Path) -> Result<bench_reports::ReportFigures> {
    let binary = root().join("target/release/dala");
    let demo_dir = data_dir.join("demo");
    let seeded = bench_reports::seed(&binary, &demo_dir)?;
    let (server, address) = start_server(&demo_dir, dist, None)?;
    let figures = bench_reports::measure(address, seeded);
    drop(server);
    figures
}

/// `cargo xtask bench reports`: the dashboard's figures only (the API needs no web client).
fn run_reports() -> Result<()> {
    run_alone("seeding demo data and timing the dashboard's answers", reports, bench_reports::print)
}

/// Heavy requests against a second installation, seeded, served and asked.
fn stall(dist: &Path, data_dir: &Path) -> Result<bench_stall::StallFigures> {
    let binary = root().join("target/release/dala");
    let stall_dir = data_dir.join("stall");
    bench_stall::seed(&binary, &stall_dir)?;
    let (server, address) = start_server_with(&stall_dir, dist, None, &bench_stall::SERVE_ARGS)?;
    let figures = bench_stall::measure(address);
    drop(server);
    figures
}

/// `cargo xtask bench stall`: the heavy-request figures only (the API needs no web client).
fn run_stall() -> Result<()> {
    run_alone("timing sign-ins, /healthz and the catalog under heavy requests", stall, bench_stall::print)
}

/// A course update measured on a server of its own.
fn update(dist: &Path, data_dir: &Path) -> Result<bench_update::UpdateFigure> {
    let binary = root().join("target/release/dala");
    let (server, address) = start_server(data_dir, dist, None)?;
    let figure = bench_update::measure(address, &binary, data_dir);
    drop(server);
    figure
}

/// Course, progress and return files measured on a server of its own.
fn files(dist: &Path, data_dir: &Path) -> Result<bench_files::FileFigures> {
    let binary = root().join("target/release/dala");
    let (server, address) = start_server(data_dir, dist, None)?;
    let figures = bench_files::measure(address, &binary, data_dir);
    drop(server);
    figures
}

/// `cargo xtask bench files`: the figures of files that travel only (no web client needed).
fn run_files() -> Result<()> {
    run_alone("measuring course, progress and return files", files, bench_files::print)
}

/// `cargo xtask bench update`: the course-update figure only (the API needs no web client).
fn run_update() -> Result<()> {
    run_alone("measuring a course update", update, bench_update::print)
}

/// One section of figures alone: the release server, a stand-in client folder, `measure`.
fn run_alone<F>(what: &str, measure: fn(&Path, &Path) -> Result<F>, print: fn(&F)) -> Result<()> {
    let mut steps = Step::new(2);
    steps.next("building the server (release)");
    run_command(
        cargo().args(["build", "--release", "--locked", "--package", "dala-server", "--bin", "dala"]),
        "cargo build",
    )?;
    steps.next(what);
    let data_dir = std::env::temp_dir().join(format!("dala-bench-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&data_dir);
    std::fs::create_dir_all(data_dir.join("web"))?;
    std::fs::write(data_dir.join("web/index.html"), "<!doctype html><title>Dala</title>")?;
    let figures = measure(&data_dir.join("web"), &data_dir);
    let _ = std::fs::remove_dir_all(&data_dir);
    print(&figures?);
    Ok(())
}

/// The client's size per bundle, a first visit's bytes on the wire and a course download's,
/// against the server at `address` serving `dist`.
fn print_shell(dist: &Path, address: SocketAddr) -> Result<()> {
    println!("\n## Client size per bundle (release build, `cargo xtask bench`)\n");
    println!(
        "Each bundle is its own app; a learner downloads only the learner's (see `dala_wire::bundles`).\n"
    );
    println!(
        "| bundle | wasm from cargo | after wasm-bindgen and `wasm-opt -Oz` | brotli (quality 11) |\n|---|---:|---:|---:|"
    );
    for bundle in Bundle::ALL {
        let wasm = page_files(dist, bundle.page())?
            .into_iter()
            .find(|f| f.ends_with("_bg.wasm"))
            .with_context(|| format!("{} names no wasm", bundle.page()))?;
        let optimised = std::fs::read(dist.join(wasm.trim_start_matches('/')))?;
        let bin =
            if bundle == Bundle::Learner { "dala-web".to_owned() } else { format!("dala-{}", bundle.name()) };
        let raw = std::fs::metadata(root().join(format!("target/web/wasm32-unknown-unknown/web/{bin}.wasm")))
            .map_or("?".to_owned(), |m| m.len().to_string());
        println!(
            "| {} | {raw} | {} | {} |",
            bundle.name(),
            optimised.len(),
            web::brotli_bytes(&optimised).len()
        );
    }

    println!("\n## First visit: the learner's page on the wire\n");
    println!(
        "Everything a first visit fetches, as sent with `Accept-Encoding: br`. `/` carries the catalog \
         (written by the server), so the catalog paints once the page and its style sheet arrive; the \
         app (boot script, JavaScript glue, wasm) then takes over.\n"
    );
    println!("| request | encoding | body bytes | needed for the catalog to paint |\n|---|---|---:|---|");
    let mut paths = vec!["/".to_owned()];
    paths.extend(page_files(dist, "index.html")?);
    paths.push("/sw.js".into());
    paths.push("/api/v1/courses".into());
    // The app's messages, in the language of the page (the browser's: English here).
    paths.push("/locales/en.ftl".into());
    let (mut body_total, mut head_total, mut paint_total) = (0, 0, 0);
    for path in &paths {
        let response = http::get(address, path)?;
        if response.status != 200 {
            bail!("{path} answered {}", response.status);
        }
        let for_paint = path == "/" || path.ends_with(".css");
        println!(
            "| `{path}` | {} | {} | {} |",
            response.header("content-encoding").unwrap_or("identity"),
            response.body.len(),
            if for_paint { "yes" } else { "" }
        );
        body_total += response.body.len();
        head_total += response.head_bytes;
        if for_paint {
            paint_total += response.body.len() + response.head_bytes;
        }
    }
    println!("| **total** | | **{body_total}** | |");
    println!(
        "\nResponse headers add {head_total} bytes over {} requests. Until the catalog paints: {paint_total} bytes \
         with headers; the whole first visit: {} bytes with headers.",
        paths.len(),
        body_total + head_total
    );

    println!("\n## First visit per interface language\n");
    println!(
        "The same visit from a browser set to each language (`Accept-Language`): the page with the \
         catalog in that language, and that language's messages, the only file the app fetches for \
         it. Everything else is the same for every language.\n"
    );
    println!(
        "| language | `/` | `/locales/<tag>.ftl` | whole first visit, headers included |\n|---|---:|---:|---:|"
    );
    let mut shared = 0;
    for path in &paths {
        if path != "/" && !path.starts_with("/locales/") {
            let response = http::get(address, path)?;
            shared += response.body.len() + response.head_bytes;
        }
    }
    for language in dala_wire::languages::UI_LANGUAGES {
        let page = http::get_in(address, "/", language.tag)?;
        let messages = http::get(address, &format!("/locales/{}.ftl", language.tag))?;
        if page.status != 200 || messages.status != 200 {
            bail!("{}: `/` answered {}, its messages {}", language.tag, page.status, messages.status);
        }
        println!(
            "| {} | {} | {} | {} |",
            language.tag,
            page.body.len(),
            messages.body.len(),
            shared + page.body.len() + page.head_bytes + messages.body.len() + messages.head_bytes
        );
    }

    println!("\n## Course download\n");
    println!("| course | blobs | sum of blob sizes | on the wire (manifest + blobs) |\n|---|---:|---:|---:|");
    let catalog: Vec<CourseSummary> =
        serde_json::from_slice(&decompressed(&http::get(address, "/api/v1/courses")?)?)?;
    for course in &catalog {
        let (manifest, mut wire) = course_manifest(address, &course.slug)?;
        for blob in manifest.blobs() {
            wire += blob_wire(address, &blob.sha256)?;
        }
        println!(
            "| {} | {} | {} | {} ({:.0} %) |",
            course.slug,
            manifest.blobs().len(),
            manifest.download_bytes(),
            wire,
            100.0 * wire as f64 / manifest.download_bytes().max(1) as f64
        );
    }
    Ok(())
}

/// The first three steps of a bench that drives the real client: the toolchain and Lighthouse,
/// the release client, the release server. Returns the toolchain, Lighthouse and `web/dist`.
fn release_build(steps: &mut Step) -> Result<(tools::Toolchain, PathBuf, PathBuf)> {
    steps.next("setting up the toolchain and Lighthouse");
    let toolchain = tools::setup(false)?;
    let lighthouse = tools::lighthouse()?;
    steps.next("building the web client (release)");
    let dist = web::build_with(&toolchain)?;
    steps.next("building the server (release)");
    run_command(
        cargo().args(["build", "--release", "--locked", "--package", "dala-server", "--bin", "dala"]),
        "cargo build",
    )?;
    Ok((toolchain, lighthouse, dist))
}

/// `cargo xtask bench shell` (or `lighthouse`): the client's size, the first visit and a course download on the
/// wire, and Lighthouse, on the release client and server (what a learner's first visit costs).
fn run_shell() -> Result<()> {
    let mut steps = Step::new(6);
    let (toolchain, lighthouse, dist) = release_build(&mut steps)?;
    steps.next("starting the server on loopback (SQLite)");
    let data_dir = std::env::temp_dir().join(format!("dala-bench-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&data_dir);
    let (server, address) = start_server(&data_dir, &dist, None)?;
    steps.next("measuring sizes and transfers");
    print_shell(&dist, address)?;
    steps.next("Lighthouse: the catalog, a lesson and sign-in, three runs each");
    let figures = bench_lighthouse::measure(address, &lighthouse, &toolchain.chromium);
    drop(server);
    let _ = std::fs::remove_dir_all(&data_dir);
    bench_lighthouse::print(&figures?);
    Ok(())
}

/// Progress sync alone, on SQLite, with 200 learners (the full bench adds PostgreSQL and the
/// whole cohort).
type SyncFigures = (bench_sync::BytesPerEvent, bench_sync::Figures, bench_certificates::CertificateFigures);

fn sync_figures(dist: &Path, data_dir: &Path) -> Result<SyncFigures> {
    let (server, address) = start_server(data_dir, dist, None)?;
    let binary = root().join("target/release/dala");
    let target =
        bench_sync::Target { name: "SQLite", address, binary: &binary, data_dir, database_url: None };
    let (figures, bytes, certificates) = bench_sync::measure(&target, 200)?;
    drop(server);
    Ok((bytes, figures, certificates))
}

/// `cargo xtask bench sync`: the progress-sync figures, on SQLite with 200 learners, and the
/// certificate figures measured with them.
fn run_sync() -> Result<()> {
    run_alone(
        "measuring progress sync on SQLite (200 learners)",
        sync_figures,
        |(bytes, figures, certificates)| {
            bench_sync::print(bytes, std::slice::from_ref(figures), 200);
            bench_certificates::print(certificates);
        },
    )
}

/// `cargo xtask bench [reports | stall | sync | update | files | lighthouse | shell]`: every
/// figure, or only the dashboard's, the heavy-request ones, the progress-sync ones, the course
/// update's, the files that travel, or a first visit's (sizes, bytes on the wire and Lighthouse).
pub fn run(section: Option<&str>) -> Result<()> {
    match section {
        Some("reports") => return run_reports(),
        Some("stall") => return run_stall(),
        Some("sync") => return run_sync(),
        Some("update") => return run_update(),
        Some("files") => return run_files(),
        Some("shell" | "lighthouse") => return run_shell(),
        Some(other) => {
            bail!(
                "unknown bench section `{other}`: use reports, stall, sync, update, files, lighthouse or shell"
            )
        }
        None => {}
    }
    let mut steps = Step::new(11);
    let (toolchain, lighthouse, dist) = release_build(&mut steps)?;
    let data_dir = std::env::temp_dir().join(format!("dala-bench-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&data_dir);
    steps.next("starting the server on loopback (SQLite)");
    let (server, address) = start_server(&data_dir, &dist, None)?;
    steps.next("measuring sizes and transfers");

    print_shell(&dist, address)?;

    // Before the update below changes a lesson: the sample course as published.
    steps.next("Lighthouse: the catalog, a lesson and sign-in, three runs each");
    let lighthouse_figures = bench_lighthouse::measure(address, &lighthouse, &toolchain.chromium)?;

    let binary = root().join("target/release/dala");
    steps.next("measuring course, progress and return files");
    let file_figures = bench_files::measure(address, &binary, &data_dir)?;
    steps.next("measuring a course update");
    let update = bench_update::measure(address, &binary, &data_dir)?;
    steps.next("measuring progress sync on SQLite, then on PostgreSQL");
    let mut figures = Vec::new();
    let sqlite = bench_sync::Target {
        name: "SQLite",
        address,
        binary: &binary,
        data_dir: &data_dir,
        database_url: None,
    };
    let (sqlite_figures, bytes, certificates) = bench_sync::measure(&sqlite, COHORT)?;
    figures.push(sqlite_figures);
    drop(server);
    let postgres = postgres::Postgres::start()?;
    let pg_data = data_dir.join("postgres");
    let url = postgres.admin_url();
    let (pg_server, pg_address) = start_server(&pg_data, &dist, Some(&url))?;
    let target = bench_sync::Target {
        name: "PostgreSQL",
        address: pg_address,
        binary: &binary,
        data_dir: &pg_data,
        database_url: Some(&url),
    };
    figures.push(bench_sync::measure(&target, COHORT)?.0);
    drop(pg_server);
    drop(postgres);
    steps.next("seeding demo data and timing the dashboard's answers");
    let report_figures = reports(&dist, &data_dir)?;
    steps.next("timing sign-ins, /healthz and the catalog under heavy requests");
    let stall_figures = stall(&dist, &data_dir)?;
    bench_sync::print(&bytes, &figures, COHORT);
    bench_certificates::print(&certificates);
    bench_update::print(&update);
    bench_files::print(&file_figures);
    bench_reports::print(&report_figures);
    bench_stall::print(&stall_figures);
    bench_lighthouse::print(&lighthouse_figures);
    let _ = std::fs::remove_dir_all(&data_dir);
    Ok(())
}

/// Adds account `login` (its display name the same) to the installation in `data_dir`, with
/// `password` and `dala user add`'s further `flags`.
pub fn add_user(binary: &Path, data_dir: &Path, login: &str, flags: &[&str], password: &str) -> Result<()> {
    let status = Command::new(binary)
        .args(["user", "add", "--login", login, "--display-name", login])
        .args(flags)
        .arg("--data-dir")
        .arg(data_dir)
        .env("DALA_PASSWORD", password)
        .env("DALA_LOG", "warn")
        .stdout(std::process::Stdio::null())
        .status()?;
    ensure!(status.success(), "dala user add failed");
    Ok(())
}

/// Makes `login` a superadmin of the installation in `data_dir`, with `password`.
pub fn add_superadmin(binary: &Path, data_dir: &Path, login: &str, password: &str) -> Result<()> {
    add_user(binary, data_dir, login, &["--superadmin"], password)
}

/// Signs `login` in; returns the session.
pub fn session(address: SocketAddr, login: &str, password: &str) -> Result<dala_wire::SignInResponse> {
    let body = serde_json::json!({ "login": login, "password": password }).to_string();
    let (response, _) = http::post(address, "/api/v1/sessions", None, body.as_bytes())?;
    ensure!(response.status == 201, "sign-in of {login} answered {}", response.status);
    Ok(serde_json::from_slice(&decompressed(&response)?)?)
}

/// Signs `login` in; returns the session token.
pub fn sign_in(address: SocketAddr, login: &str, password: &str) -> Result<String> {
    Ok(session(address, login, password)?.token)
}

/// A course's current manifest as a device gets it, and the bytes it took on the wire.
pub fn course_manifest(address: SocketAddr, slug: &str) -> Result<(Manifest, u64)> {
    let response = http::get(address, &format!("/api/v1/courses/{slug}/manifest"))?;
    if response.status != 200 {
        bail!("the manifest of {slug} answered {}", response.status);
    }
    Ok((serde_json::from_slice(&decompressed(&response)?)?, response.body.len() as u64))
}

/// The bytes one blob takes on the wire.
pub fn blob_wire(address: SocketAddr, sha256: &str) -> Result<u64> {
    let response = http::get(address, &dala_wire::blob_path(sha256))?;
    if response.status != 200 {
        bail!("blob {sha256} answered {}", response.status);
    }
    Ok(response.body.len() as u64)
}

/// The size of the CSO Web Academy's whole cohort: every learner syncing at the same moment.
const COHORT: usize = 2000;

/// The release server on a free loopback port, with its data in `data_dir` and, if given, its
/// database at `database_url`.
fn start_server(data_dir: &Path, dist: &Path, database_url: Option<&str>) -> Result<(Server, SocketAddr)> {
    start_server_with(data_dir, dist, database_url, &[])
}

/// [`start_server`] with more `dala serve` flags.
fn start_server_with(
    data_dir: &Path,
    dist: &Path,
    database_url: Option<&str>,
    args: &[&str],
) -> Result<(Server, SocketAddr)> {
    let port = TcpListener::bind("127.0.0.1:0")?.local_addr()?.port();
    let address: SocketAddr = ([127, 0, 0, 1], port).into();
    let mut command = Command::new(root().join("target/release/dala"));
    command
        .args(["serve", "--port", &port.to_string()])
        .arg("--data-dir")
        .arg(data_dir)
        .arg("--courses-dir")
        .arg(root().join("courses"))
        .arg("--web-dir")
        .arg(dist)
        .args(args)
        .env("DALA_LOG", "warn");
    if let Some(url) = database_url {
        command.args(["--database-url", url]);
    }
    let server = Server(command.spawn().context("could not start the server")?);
    wait_for(address)?;
    Ok((server, address))
}

/// Root-relative URLs in `href="…"`, `src="…"` and quoted module imports of index.html.
/// The files a page of `dist` loads: those it names, then those its boot script names (the app's
/// JavaScript and wasm, imported once the page has painted).
fn page_files(dist: &Path, page: &str) -> Result<Vec<String>> {
    let mut paths = referenced_paths(&std::fs::read_to_string(dist.join(page))?);
    for boot in paths.clone().iter().filter(|p| p.starts_with("/boot-") && p.ends_with(".js")) {
        let script = std::fs::read_to_string(dist.join(&boot[1..]))?;
        paths
            .extend(referenced_paths(&script).into_iter().filter(|p| !paths.contains(p)).collect::<Vec<_>>());
    }
    Ok(paths)
}

fn referenced_paths(html: &str) -> Vec<String> {
    let mut paths: Vec<String> = Vec::new();
    for quote in ['"', '\''] {
        for piece in html.split(quote).skip(1).step_by(2) {
            let looks_like_file = piece.starts_with('/') && !piece.starts_with("//") && piece.contains('.');
            if looks_like_file && !piece.contains(' ') && !paths.iter().any(|p| p == piece) {
                paths.push(piece.to_owned());
            }
        }
    }
    paths
}

pub fn decompressed(response: &http::Response) -> Result<Vec<u8>> {
    match response.header("content-encoding") {
        Some("br") => {
            let mut out = Vec::new();
            brotli::BrotliDecompress(&mut &response.body[..], &mut out)?;
            Ok(out)
        }
        Some("gzip") => {
            let mut out = Vec::new();
            std::io::Read::read_to_end(&mut flate2::read::GzDecoder::new(&response.body[..]), &mut out)?;
            Ok(out)
        }
        _ => Ok(response.body.clone()),
    }
}

fn wait_for(address: SocketAddr) -> Result<()> {
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(60) {
        if http::get(address, "/healthz").is_ok_and(|r| r.status == 200) {
            return Ok(());
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    bail!("the server did not answer /healthz within 60 s")
}
