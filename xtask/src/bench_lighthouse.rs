//! Lighthouse figures for `cargo xtask bench` (and `cargo xtask bench lighthouse` alone): the
//! catalog, a lesson and the sign-in page, each loaded three times by Lighthouse's default
//! mobile profile (an emulated Moto G Power, simulated throttling: 150 ms RTT, 1.6 Mbps down,
//! 4× CPU slowdown) in Debian's Chromium with a fresh profile each time, so every run is a first
//! visit. Printed: the median of the three runs' performance score, Largest Contentful Paint and
//! total bytes (Lighthouse's `total-byte-weight`: what the page transferred, headers included),
//! each metric's median taken on its own. Bench only: CI never depends on Lighthouse.

use std::net::SocketAddr;
use std::path::Path;
use std::process::Command;

use anyhow::{Context, Result, bail};

/// The Chromium flags of `../shared/TOOLCHAIN.md` (Lighthouse's launcher adds its own).
const CHROME_FLAGS: &str = "--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run \
                            --disable-background-networking --disable-component-update --disable-sync \
                            --disable-dev-shm-usage";
const RUNS: usize = 3;

/// One Lighthouse run of one page.
#[derive(Debug, Clone, Copy)]
struct Run {
    /// 0–100.
    score: f64,
    lcp_ms: f64,
    total_bytes: f64,
}

/// One page's three runs.
#[derive(Debug)]
pub struct PageFigures {
    name: &'static str,
    path: String,
    runs: Vec<Run>,
}

/// The pages measured: the catalog, the first lesson of the sample course, sign-in.
pub fn pages(address: SocketAddr) -> Result<Vec<(&'static str, String)>> {
    let (manifest, _) = crate::bench::course_manifest(address, "cso-communications-en")?;
    let lesson = manifest.lessons.first().context("the sample course has lessons")?;
    Ok(vec![
        ("catalog", "/".to_owned()),
        ("lesson", format!("/courses/{}/lessons/{}", manifest.slug, lesson.id)),
        ("sign-in", "/sign-in".to_owned()),
    ])
}

/// Runs Lighthouse (`cli`, its `cli/index.js`) with `chromium` three times on each page.
pub fn measure(address: SocketAddr, cli: &Path, chromium: &Path) -> Result<Vec<PageFigures>> {
    let report_dir = tempfile_dir()?;
    let mut figures = Vec::new();
    for (name, path) in pages(address)? {
        let mut runs = Vec::new();
        for n in 0..RUNS {
            eprintln!("    lighthouse: {name} ({path}), run {} of {RUNS}", n + 1);
            let report = report_dir.join(format!("{name}-{n}.json"));
            let status = Command::new("node")
                .arg(cli)
                .arg(format!("http://{address}{path}"))
                .args(["--output=json", "--quiet", "--only-categories=performance"])
                .arg(format!("--output-path={}", report.display()))
                .arg(format!("--chrome-path={}", chromium.display()))
                .arg(format!("--chrome-flags={CHROME_FLAGS}"))
                .env("CHROME_PATH", chromium)
                .status()
                .context("could not run node (Lighthouse)")?;
            if !status.success() {
                bail!("lighthouse failed on {path} ({status})");
            }
            runs.push(read_report(&report)?);
        }
        figures.push(PageFigures { name, path, runs });
    }
    let _ = std::fs::remove_dir_all(&report_dir);
    Ok(figures)
}

fn tempfile_dir() -> Result<std::path::PathBuf> {
    let dir = std::env::temp_dir().join(format!("dala-lighthouse-{}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    Ok(dir)
}

fn read_report(path: &Path) -> Result<Run> {
    let report: serde_json::Value = serde_json::from_slice(&std::fs::read(path)?)
        .with_context(|| format!("could not read the Lighthouse report {}", path.display()))?;
    if let Some(error) = report["runtimeError"]["message"].as_str() {
        bail!("Lighthouse could not load the page: {error}");
    }
    let number = |pointer: &str| {
        report
            .pointer(pointer)
            .and_then(serde_json::Value::as_f64)
            .with_context(|| format!("no {pointer} in the report"))
    };
    Ok(Run {
        score: number("/categories/performance/score")? * 100.0,
        lcp_ms: number("/audits/largest-contentful-paint/numericValue")?,
        total_bytes: number("/audits/total-byte-weight/numericValue")?,
    })
}

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

pub fn print(figures: &[PageFigures]) {
    println!("\n## Lighthouse (mobile profile, simulated throttling, {RUNS} runs, median)\n");
    println!(
        "Lighthouse {} with Debian's Chromium, a fresh profile each run (a first visit). Each \
         column is that metric's median over the runs; the scores of every run are in the last column.\n",
        crate::tools::LIGHTHOUSE_VERSION
    );
    println!("| page | score | LCP | total bytes | scores of the runs |\n|---|---:|---:|---:|---|");
    for page in figures {
        let score = median(page.runs.iter().map(|r| r.score).collect());
        let lcp = median(page.runs.iter().map(|r| r.lcp_ms).collect());
        let bytes = median(page.runs.iter().map(|r| r.total_bytes).collect());
        let scores: Vec<String> = page.runs.iter().map(|r| format!("{:.0}", r.score)).collect();
        println!(
            "| {} (`{}`) | {:.0} | {:.1} s | {:.0} | {} |",
            page.name,
            page.path,
            score,
            lcp / 1000.0,
            bytes,
            scores.join(", ")
        );
    }
}
