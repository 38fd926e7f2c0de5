//! Whether heavy requests stall the server: sign-in latency under 200 concurrent correct
//! sign-ins (argon2 on the work pool) while `/healthz` is sampled, and the public catalog's
//! latency while two worst-case lesson previews run without pause. Figures only; no targets
//! are asserted (the README states the one for `/healthz`: under 50 ms).
//!
//! The installation is seeded with `dala demo seed` (its learners share one password) and
//! served with `--trusted-proxy 127.0.0.1`, so each simulated learner can name its own address
//! in `X-Forwarded-For` and the sign-in limiter sees 200 clients, not one.

use std::net::SocketAddr;
use std::path::Path;
use std::process::Command;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Barrier};
use std::time::{Duration, Instant};

use anyhow::{Context, Result, ensure};

use crate::bench::add_superadmin;
use crate::http;

const PASSWORD: &str = "bench stall password 2026";
/// Concurrent sign-ins.
const SIGN_INS: usize = 200;
/// Catalog requests timed while the previews run.
const CATALOG_ROUNDS: usize = 200;

pub struct StallFigures {
    cores: usize,
    sign_in: Vec<Duration>,
    sign_in_wall: Duration,
    healthz: Vec<Duration>,
    catalog_quiet: Vec<Duration>,
    catalog_busy: Vec<Duration>,
    preview: Vec<Duration>,
    hostile_refusal: Duration,
}

/// Seeds `data_dir` (it must not exist yet) with [`SIGN_INS`] learners and a superadmin.
pub fn seed(binary: &Path, data_dir: &Path) -> Result<()> {
    let output = Command::new(binary)
        .args(["demo", "seed", "--learners", &SIGN_INS.to_string(), "--courses", "2", "--organizations", "2"])
        .arg("--data-dir")
        .arg(data_dir)
        .env("DALA_PASSWORD", PASSWORD)
        .env("DALA_LOG", "warn")
        .output()
        .context("could not run dala demo seed")?;
    ensure!(output.status.success(), "dala demo seed failed: {}", String::from_utf8_lossy(&output.stderr));
    add_superadmin(binary, data_dir, "bench-root", PASSWORD)
}

/// The flags `dala serve` needs for [`measure`].
pub const SERVE_ARGS: [&str; 2] = ["--trusted-proxy", "127.0.0.1"];

fn post_from(
    address: SocketAddr,
    client: &str,
    path: &str,
    token: Option<&str>,
    body: &[u8],
) -> Result<http::Response> {
    let authorization = token.map(|t| format!("Authorization: Bearer {t}\r\n")).unwrap_or_default();
    let mut request = format!(
        "POST {path} HTTP/1.1\r\nHost: {address}\r\nX-Forwarded-For: {client}\r\n{authorization}\
         Content-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    )
    .into_bytes();
    request.extend_from_slice(body);
    http::exchange(address, request)
}

fn sign_in_body(n: usize) -> Vec<u8> {
    serde_json::json!({ "login": format!("learner-{n}"), "password": PASSWORD }).to_string().into_bytes()
}

/// Times `GET path` until `stop` is set (at least once), one request after the other.
fn sample(address: SocketAddr, path: &str, stop: &AtomicBool, pause: Duration) -> Result<Vec<Duration>> {
    let mut times = Vec::new();
    while times.is_empty() || !stop.load(Ordering::SeqCst) {
        let start = Instant::now();
        let response = http::get(address, path)?;
        times.push(start.elapsed());
        ensure!(response.status == 200, "{path} answered {}", response.status);
        std::thread::sleep(pause);
    }
    Ok(times)
}

fn catalog_times(address: SocketAddr, rounds: usize) -> Result<Vec<Duration>> {
    (0..rounds)
        .map(|_| {
            let start = Instant::now();
            let response = http::get(address, "/api/v1/courses")?;
            ensure!(response.status == 200, "the catalog answered {}", response.status);
            Ok(start.elapsed())
        })
        .collect()
}

/// The largest lesson the sanitiser's bounds accept, nested as deep as they allow
/// (`server/src/course/render.rs`: 64 deep, 20,000 elements).
fn worst_case_lesson() -> String {
    format!("{}{}", "<div>".repeat(62), "<b>x</b>".repeat(19_900))
}

pub fn measure(address: SocketAddr) -> Result<StallFigures> {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    // Warm up: one sign-in, then everyone at once.
    let warm = post_from(address, "10.0.0.1", "/api/v1/sessions", None, &sign_in_body(1))?;
    ensure!(warm.status == 201, "a demo learner's sign-in answered {}", warm.status);
    let stop = Arc::new(AtomicBool::new(false));
    let sampler = {
        let stop = Arc::clone(&stop);
        std::thread::spawn(move || sample(address, "/healthz", &stop, Duration::from_millis(5)))
    };
    let barrier = Arc::new(Barrier::new(SIGN_INS));
    let started = Instant::now();
    let threads: Vec<_> = (0..SIGN_INS)
        .map(|n| {
            let barrier = Arc::clone(&barrier);
            std::thread::spawn(move || -> Result<Duration> {
                let client = format!("10.{}.{}.{}", 1 + n / 65_536, (n / 256) % 256, n % 256);
                barrier.wait();
                let start = Instant::now();
                let response = post_from(address, &client, "/api/v1/sessions", None, &sign_in_body(n))?;
                ensure!(response.status == 201, "sign-in {n} answered {}", response.status);
                Ok(start.elapsed())
            })
        })
        .collect();
    let mut sign_in = Vec::new();
    for thread in threads {
        sign_in.push(thread.join().expect("a sign-in thread")?);
    }
    let sign_in_wall = started.elapsed();
    stop.store(true, Ordering::SeqCst);
    let healthz = sampler.join().expect("the sampler")?;

    let root = crate::bench::sign_in(address, "bench-root", PASSWORD)?;
    let catalog_quiet = catalog_times(address, CATALOG_ROUNDS)?;
    // The report's input is refused before it is parsed.
    let hostile = serde_json::json!({ "markdown": "<div>".repeat(40_000) }).to_string().into_bytes();
    let start = Instant::now();
    let refused = post_from(address, "10.9.9.9", "/api/v1/courses/any/preview", Some(&root), &hostile)?;
    let hostile_refusal = start.elapsed();
    ensure!(refused.status == 422, "the hostile preview answered {}", refused.status);
    // Two trainers previewing the worst accepted lesson without pause, while the catalog is timed.
    let worst = serde_json::json!({ "markdown": worst_case_lesson() }).to_string().into_bytes();
    let stop = Arc::new(AtomicBool::new(false));
    let previewers: Vec<_> = (0..2)
        .map(|_| {
            let (stop, worst, root) = (Arc::clone(&stop), worst.clone(), root.clone());
            std::thread::spawn(move || -> Result<Vec<Duration>> {
                let mut times = Vec::new();
                while times.is_empty() || !stop.load(Ordering::SeqCst) {
                    let start = Instant::now();
                    let response =
                        post_from(address, "10.9.9.8", "/api/v1/courses/any/preview", Some(&root), &worst)?;
                    ensure!(response.status == 200, "the worst-case preview answered {}", response.status);
                    times.push(start.elapsed());
                }
                Ok(times)
            })
        })
        .collect();
    // Let both previews start before the first catalog request.
    std::thread::sleep(Duration::from_millis(50));
    let catalog_busy = catalog_times(address, CATALOG_ROUNDS)?;
    stop.store(true, Ordering::SeqCst);
    let mut preview = Vec::new();
    for previewer in previewers {
        preview.extend(previewer.join().expect("a previewer")?);
    }
    let sorted = |mut v: Vec<Duration>| {
        v.sort();
        v
    };
    Ok(StallFigures {
        cores,
        sign_in: sorted(sign_in),
        sign_in_wall,
        healthz: sorted(healthz),
        catalog_quiet: sorted(catalog_quiet),
        catalog_busy: sorted(catalog_busy),
        preview: sorted(preview),
        hostile_refusal,
    })
}

fn ms(duration: Duration) -> String {
    format!("{:.1}", duration.as_secs_f64() * 1000.0)
}

/// The value at `fraction` of sorted `times`.
fn at(times: &[Duration], fraction: f64) -> Duration {
    times[((times.len() as f64 * fraction).ceil() as usize).clamp(1, times.len()) - 1]
}

pub fn print(figures: &StallFigures) {
    println!("\n## Heavy requests do not stall the server\n");
    println!(
        "Release build on loopback, {} core(s); CPU-heavy work runs on the work pool (one job per core).\n",
        figures.cores
    );
    println!("| what | requests | p50 ms | p99 ms | max ms |\n|---|---:|---:|---:|---:|");
    for (what, times) in [
        (format!("sign-in, {SIGN_INS} correct at once"), &figures.sign_in),
        ("`/healthz` meanwhile (target: under 50 ms)".to_owned(), &figures.healthz),
        ("catalog, nothing else running".to_owned(), &figures.catalog_quiet),
        ("catalog while two worst-case previews run".to_owned(), &figures.catalog_busy),
        ("worst-case preview (64 deep, 20,000 elements)".to_owned(), &figures.preview),
    ] {
        println!(
            "| {what} | {} | {} | {} | {} |",
            times.len(),
            ms(at(times, 0.5)),
            ms(at(times, 0.99)),
            ms(*times.last().expect("timed"))
        );
    }
    println!(
        "\nAll {SIGN_INS} sign-ins answered within {} ms; the report's `<div>`×40,000 preview is refused in {} ms.",
        ms(figures.sign_in_wall),
        ms(figures.hostile_refusal)
    );
}
