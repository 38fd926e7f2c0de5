//! How fast the dashboard answers on a large installation: `dala demo seed` fills a fresh
//! SQLite installation (10,000 learners × 10 courses by default; `DALA_BENCH_LEARNERS` changes
//! the number), then each report endpoint is asked [`ROUNDS`] times in a row, as an
//! organization's administrator and as the superadmin, and the latency of each answer (sent,
//! read whole) is reported as median, p95 and maximum.

use std::net::SocketAddr;
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use anyhow::{Context, Result, ensure};
use dala_wire::Me;

use crate::bench::{add_superadmin, decompressed, sign_in};
use crate::http;

const PASSWORD: &str = "bench demo password 2026";
const ROUNDS: usize = 50;

pub struct ReportFigures {
    /// What `dala demo seed` said it made, and how long it took.
    seeded: String,
    rows: Vec<(String, Vec<Duration>)>,
}

/// Seeds `data_dir` with demo data (it must not exist yet).
pub fn seed(binary: &Path, data_dir: &Path) -> Result<String> {
    let learners = std::env::var("DALA_BENCH_LEARNERS").unwrap_or_else(|_| "10000".into());
    eprintln!("  -> dala demo seed --learners {learners} (progress below)");
    let output = Command::new(binary)
        .args(["demo", "seed", "--learners", &learners])
        .arg("--data-dir")
        .arg(data_dir)
        .env("DALA_PASSWORD", PASSWORD)
        .env("DALA_LOG", "warn")
        .stderr(std::process::Stdio::inherit())
        .output()
        .context("could not run dala demo seed")?;
    ensure!(output.status.success(), "dala demo seed failed");
    let said = String::from_utf8_lossy(&output.stdout);
    let last = said.lines().rfind(|l| l.starts_with("made ")).context("dala demo seed said nothing")?;
    add_superadmin(binary, data_dir, "bench-root", PASSWORD)?;
    Ok(last.to_owned())
}

/// Asks `path` once to warm up, then [`ROUNDS`] times, timing each answer.
fn time(address: SocketAddr, path: &str, token: &str) -> Result<Vec<Duration>> {
    let first = http::get_as(address, path, token)?;
    ensure!(first.status == 200, "{path} answered {}", first.status);
    let mut times = Vec::with_capacity(ROUNDS);
    for _ in 0..ROUNDS {
        let start = Instant::now();
        let response = http::get_as(address, path, token)?;
        times.push(start.elapsed());
        ensure!(response.status == 200, "{path} answered {}", response.status);
    }
    times.sort();
    Ok(times)
}

/// Times the dashboard's requests against a server on a seeded installation.
pub fn measure(address: SocketAddr, seeded: String) -> Result<ReportFigures> {
    let admin = sign_in(address, "admin-01", PASSWORD)?;
    let root = sign_in(address, "bench-root", PASSWORD)?;
    let me: Me = serde_json::from_slice(&decompressed(&http::get_as(address, "/api/v1/me", &admin)?)?)?;
    let organization =
        &me.memberships.first().context("admin-01 belongs to an organization")?.organization_id;
    let requests = [
        ("summary, one organization's administrator", "/api/v1/reports/summary".to_owned(), &admin),
        ("summary, superadmin (all organizations)", "/api/v1/reports/summary".to_owned(), &root),
        (
            "summary, superadmin, one course and one quarter",
            "/api/v1/reports/summary?course=demo-course-01&from=2026-07-01&to=2026-09-30".to_owned(),
            &root,
        ),
        (
            "course funnel and questions, superadmin",
            "/api/v1/reports/courses/demo-course-01".to_owned(),
            &root,
        ),
        (
            "learner table of one organization (500 learners)",
            format!("/api/v1/organizations/{organization}/learners"),
            &admin,
        ),
        (
            "CSV export, learner table",
            format!("/api/v1/reports/export?table=learners&organization={organization}"),
            &admin,
        ),
    ];
    let mut rows = Vec::new();
    for (what, path, token) in requests {
        eprintln!("  -> {what}");
        rows.push((what.to_owned(), time(address, &path, token)?));
    }
    Ok(ReportFigures { seeded, rows })
}

fn ms(d: Duration) -> String {
    format!("{:.1}", d.as_secs_f64() * 1000.0)
}

pub fn print(figures: &ReportFigures) {
    println!("\n## Dashboard answers on demo data (SQLite)\n");
    println!("`dala demo seed`: {}.\n", figures.seeded);
    println!(
        "Each request asked {ROUNDS} times in a row over loopback after one warm-up; milliseconds from \
         sending to the whole answer read.\n"
    );
    println!("| request | median | p95 | max |\n|---|---:|---:|---:|");
    for (what, times) in &figures.rows {
        let at = |q: f64| times[((times.len() as f64 * q).ceil() as usize).clamp(1, times.len()) - 1];
        println!("| {what} | {} | {} | {} |", ms(at(0.5)), ms(at(0.95)), ms(times[times.len() - 1]));
    }
}
