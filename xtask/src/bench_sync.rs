//! Progress-sync figures: bytes per event, ingest rate, and latency under many learners at once.
//!
//! Each simulated learner is a real account (made through a join code, as a cohort joins) that
//! sends real sync requests over loopback, each on a new connection as a phone on a flaky network
//! does. Latency is measured from connecting to the last byte of the answer.

use std::net::SocketAddr;
use std::path::Path;
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Barrier, Mutex};
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail, ensure};
use dala_wire::{Answer, EventKind, Manifest, ProgressEvent, SyncRequest};

use crate::http;

const PASSWORD: &str = "benchmark password";
const COURSE: &str = "cso-communications-en";
const SYNC: &str = "/api/v1/progress/sync";

/// What the benchmark needs to know of the server under test.
pub struct Target<'a> {
    pub name: &'a str,
    pub address: SocketAddr,
    pub binary: &'a Path,
    pub data_dir: &'a Path,
    pub database_url: Option<&'a str>,
}

/// A signed-in learner and the events it has made so far.
struct Learner {
    token: String,
    device: String,
    counter: u64,
    /// The trust data's etag, as a device that synced before holds it: answers then carry no
    /// keys or revocation lists.
    trust_etag: Option<String>,
}

impl Learner {
    fn sync_body(&self, events: Vec<ProgressEvent>) -> Vec<u8> {
        let request = SyncRequest { events, trust_etag: self.trust_etag.clone(), ..SyncRequest::default() };
        serde_json::to_vec(&request).expect("events serialise")
    }
}

/// Figures of one database, printed as Markdown rows by [`print`].
pub struct Figures {
    name: String,
    events_per_second: f64,
    concurrent: Latency,
    cohort: Latency,
}

struct Latency {
    requests: usize,
    errors: usize,
    p50: Duration,
    p99: Duration,
    max: Duration,
    wall: Duration,
}

pub fn measure(
    target: &Target,
    learners_needed: usize,
) -> Result<(Figures, BytesPerEvent, crate::bench_certificates::CertificateFigures)> {
    let (version, manifest) = current_course(target.address)?;
    let mut learners = make_learners(target, learners_needed)?;
    let trust: dala_wire::Trust =
        serde_json::from_slice(&crate::bench::decompressed(&http::get(target.address, "/api/v1/trust")?)?)?;
    for learner in &mut learners {
        learner.trust_etag = Some(trust.etag.clone());
    }

    // Bytes on the wire: one learner's day of study in one batch.
    let day = days_work(&mut learners[0], &version, &manifest);
    let body = learners[0].sync_body(day.clone());
    let (response, sent) = http::post(target.address, SYNC, Some(&learners[0].token), &body)?;
    ensure!(response.status == 200, "sync answered {}", response.status);
    let bytes = BytesPerEvent {
        events: day.len(),
        request: sent,
        request_body: body.len(),
        response: response.head_bytes + response.body.len(),
    };

    // The same learner then finishes the course: the answer brings a certificate.
    let certificates =
        crate::bench_certificates::measure(target.address, &learners[0].token, &version, &manifest)?;
    // Ingest: batches of 100 new events, one after another, spread over 20 learners.
    let batches = 100;
    let start = Instant::now();
    for b in 0..batches {
        let learner = &mut learners[1 + b % 20];
        let events: Vec<ProgressEvent> = (0..100)
            .map(|i| {
                event(
                    learner,
                    &version,
                    &manifest.lessons[i % manifest.lessons.len()].id,
                    EventKind::LessonOpened,
                )
            })
            .collect();
        let body = learner.sync_body(events);
        let (response, _) = http::post(target.address, SYNC, Some(&learner.token), &body)?;
        ensure!(response.status == 200, "sync answered {}", response.status);
    }
    let events_per_second = (batches * 100) as f64 / start.elapsed().as_secs_f64();

    // 200 learners at once, each syncing five times (a day's work split over the day).
    let concurrent = at_once(target.address, &mut learners[..200], 5, &version, &manifest)?;
    // The whole cohort syncing a day's work at the same moment.
    let cohort = at_once(target.address, &mut learners[..learners_needed], 1, &version, &manifest)?;
    Ok((Figures { name: target.name.to_owned(), events_per_second, concurrent, cohort }, bytes, certificates))
}

pub struct BytesPerEvent {
    events: usize,
    request: usize,
    request_body: usize,
    response: usize,
}

pub fn print(bytes: &BytesPerEvent, figures: &[Figures], learners: usize) {
    println!("\n## Progress sync\n");
    println!(
        "A day's work of one learner ({} events: every lesson of the sample course opened and completed, one \
         quiz attempt) in one sync request:\n",
        bytes.events
    );
    println!("| what | bytes | per event |\n|---|---:|---:|");
    println!(
        "| request (headers and JSON body) | {} | {:.0} |",
        bytes.request,
        bytes.request as f64 / bytes.events as f64
    );
    println!(
        "| of which the JSON body | {} | {:.0} |",
        bytes.request_body,
        bytes.request_body as f64 / bytes.events as f64
    );
    println!(
        "| answer (headers and the merged state) | {} | {:.0} |",
        bytes.response,
        bytes.response as f64 / bytes.events as f64
    );
    println!("\n| database | events/s ingested (batches of 100, one client) |\n|---|---:|");
    for f in figures {
        println!("| {} | {:.0} |", f.name, f.events_per_second);
    }
    println!(
        "\n| database | load | sync requests | errors | p50 | p99 | max | wall time |\n|---|---|---:|---:|---:|---:|---:|---:|"
    );
    for f in figures {
        for (load, l) in [
            ("200 learners at once, 5 syncs each".to_owned(), &f.concurrent),
            (format!("{learners} learners, a day's work each, all at once"), &f.cohort),
        ] {
            println!(
                "| {} | {load} | {} | {} | {} ms | {} ms | {} ms | {:.1} s |",
                f.name,
                l.requests,
                l.errors,
                l.p50.as_millis(),
                l.p99.as_millis(),
                l.max.as_millis(),
                l.wall.as_secs_f64()
            );
        }
    }
}

/// Every learner in `learners` starts at the same moment and sends `rounds` syncs, each with
/// its share of a day's work; one thread per learner, as each phone is its own client.
fn at_once(
    address: SocketAddr,
    learners: &mut [Learner],
    rounds: usize,
    version: &str,
    manifest: &Manifest,
) -> Result<Latency> {
    let work: Vec<(String, Vec<Vec<u8>>)> = learners
        .iter_mut()
        .map(|learner| {
            let day = days_work(learner, version, manifest);
            let share = day.len().div_ceil(rounds);
            let bodies = day.chunks(share).map(|events| learner.sync_body(events.to_vec())).collect();
            (learner.token.clone(), bodies)
        })
        .collect();
    let barrier = Arc::new(Barrier::new(work.len()));
    let latencies = Arc::new(Mutex::new(Vec::new()));
    let errors = Arc::new(AtomicUsize::new(0));
    let start = Instant::now();
    let threads: Vec<_> = work
        .into_iter()
        .map(|(token, bodies)| {
            let (barrier, latencies, errors) = (barrier.clone(), latencies.clone(), errors.clone());
            std::thread::Builder::new()
                .stack_size(128 * 1024)
                .spawn(move || {
                    barrier.wait();
                    for body in bodies {
                        let began = Instant::now();
                        match http::post(address, SYNC, Some(&token), &body) {
                            Ok((response, _)) if response.status == 200 => {
                                latencies.lock().expect("no panics hold the lock").push(began.elapsed())
                            }
                            _ => {
                                errors.fetch_add(1, Ordering::Relaxed);
                            }
                        }
                    }
                })
                .expect("a thread per learner")
        })
        .collect();
    for thread in threads {
        thread.join().map_err(|_| anyhow::anyhow!("a learner thread panicked"))?;
    }
    let wall = start.elapsed();
    let mut latencies = latencies.lock().expect("all threads are done").clone();
    latencies.sort();
    let at = |q: f64| {
        latencies
            .get(((latencies.len() as f64 * q) as usize).min(latencies.len().saturating_sub(1)))
            .copied()
            .unwrap_or_default()
    };
    Ok(Latency {
        requests: latencies.len() + errors.load(Ordering::Relaxed),
        errors: errors.load(Ordering::Relaxed),
        p50: at(0.50),
        p99: at(0.99),
        max: latencies.last().copied().unwrap_or_default(),
        wall,
    })
}

/// Every lesson opened and completed, then the final quiz taken once.
fn days_work(learner: &mut Learner, version: &str, manifest: &Manifest) -> Vec<ProgressEvent> {
    let mut events = Vec::new();
    for lesson in &manifest.lessons {
        events.push(event(learner, version, &lesson.id, EventKind::LessonOpened));
        events.push(event(learner, version, &lesson.id, EventKind::LessonCompleted));
    }
    if let Some(quiz) = manifest.quizzes.first() {
        let answers = vec![
            Answer::Choice(1),
            Answer::Choices(vec![0, 2]),
            Answer::Bool(true),
            Answer::Text("press release".into()),
        ];
        events.push(event(learner, version, &quiz.id, EventKind::QuizAttempt { answers }));
    }
    events
}

fn event(learner: &mut Learner, version: &str, item: &str, kind: EventKind) -> ProgressEvent {
    learner.counter += 1;
    ProgressEvent {
        id: random_id(),
        device_id: learner.device.clone(),
        course: COURSE.into(),
        course_version: version.into(),
        item: item.into(),
        kind,
        client_time: 1_790_000_000_000 + learner.counter as i64 * 60_000,
        counter: learner.counter,
    }
}

/// 128 bits from the kernel, as the client's `crypto.getRandomValues` gives.
fn random_id() -> String {
    use std::io::Read;
    let mut bytes = [0u8; 16];
    std::fs::File::open("/dev/urandom").and_then(|mut f| f.read_exact(&mut bytes)).expect("/dev/urandom");
    hex::encode(bytes)
}

fn current_course(address: SocketAddr) -> Result<(String, Manifest)> {
    let catalog: Vec<dala_wire::CourseSummary> =
        serde_json::from_slice(&crate::bench::decompressed(&http::get(address, "/api/v1/courses")?)?)?;
    let course = catalog.iter().find(|c| c.slug == COURSE).context("the sample course is served")?;
    let manifest =
        crate::bench::decompressed(&http::get(address, &format!("/api/v1/courses/{COURSE}/manifest"))?)?;
    Ok((course.manifest_sha256.clone(), serde_json::from_slice(&manifest)?))
}

/// `count` learner accounts, made as a cohort is: an administrator (from the command line)
/// creates a join code, and each learner redeems it. Shows progress: argon2id makes each
/// account cost tens of milliseconds on purpose.
fn make_learners(target: &Target, count: usize) -> Result<Vec<Learner>> {
    let mut command = Command::new(target.binary);
    command
        .args(["user", "add", "--login", "bench-admin", "--display-name", "Bench admin"])
        .args(["--organization", "Benchmark", "--role", "administrator", "--data-dir"])
        .arg(target.data_dir)
        .env("DALA_PASSWORD", PASSWORD)
        .env("DALA_LOG", "warn")
        .stdout(std::process::Stdio::null());
    if let Some(url) = target.database_url {
        command.args(["--database-url", url]);
    }
    ensure!(command.status()?.success(), "dala user add failed");
    let body = serde_json::json!({ "login": "bench-admin", "password": PASSWORD }).to_string();
    let (response, _) = http::post(target.address, "/api/v1/sessions", None, body.as_bytes())?;
    ensure!(response.status == 201, "sign-in answered {}", response.status);
    let session: dala_wire::SignInResponse = serde_json::from_slice(&crate::bench::decompressed(&response)?)?;
    let organization = &session.user.memberships[0].organization_id;
    let body =
        serde_json::json!({ "courses": [COURSE], "expires_in_days": 1, "max_uses": count }).to_string();
    let (response, _) = http::post(
        target.address,
        &format!("/api/v1/organizations/{organization}/join-codes"),
        Some(&session.token),
        body.as_bytes(),
    )?;
    ensure!(response.status == 201, "creating a join code answered {}", response.status);
    let code: dala_wire::JoinCodeCreated = serde_json::from_slice(&crate::bench::decompressed(&response)?)?;

    let next = Arc::new(AtomicUsize::new(0));
    let made = Arc::new(Mutex::new(Vec::with_capacity(count)));
    let threads: Vec<_> = (0..4)
        .map(|_| {
            let (next, made, code, address) = (next.clone(), made.clone(), code.code.clone(), target.address);
            std::thread::spawn(move || -> Result<()> {
                loop {
                    let n = next.fetch_add(1, Ordering::Relaxed);
                    if n >= count {
                        return Ok(());
                    }
                    let body = serde_json::json!({
                        "code": code, "login": format!("learner-{n}"), "display_name": format!("Learner {n}"),
                        "password": PASSWORD,
                    })
                    .to_string();
                    let (response, _) = http::post(address, "/api/v1/join", None, body.as_bytes())?;
                    if response.status != 201 {
                        bail!("joining answered {}", response.status);
                    }
                    let session: dala_wire::SignInResponse =
                        serde_json::from_slice(&crate::bench::decompressed(&response)?)?;
                    let mut made = made.lock().expect("no panics hold the lock");
                    made.push(Learner {
                        token: session.token,
                        device: format!("device-{n}"),
                        counter: 0,
                        trust_etag: None,
                    });
                    if made.len() % 250 == 0 || made.len() == count {
                        println!("  -> {} of {count} learner accounts", made.len());
                    }
                }
            })
        })
        .collect();
    for thread in threads {
        thread.join().map_err(|_| anyhow::anyhow!("a thread panicked"))??;
    }
    let made = std::mem::take(&mut *made.lock().expect("all threads are done"));
    Ok(made)
}
