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
use dala_wire::{Answer, CompactSyncRequest, EventKind, Manifest, ProgressEvent, SyncRequest};

use crate::http;

const PASSWORD: &str = "benchmark password";
const COURSE: &str = "cso-communications-en";
const SYNC: &str = "/api/v1/progress/sync";
const COMPACT: &str = "/api/v1/progress/compact";

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

    // Bytes on the wire: a learner's day of study in one batch, after a first day synced the
    // day before. Learner 0 sends the old shape, plain; learner 1 the compact one, gzipped.
    let old_learner = &mut learners[0];
    let yesterday = days_work(old_learner, &version, &manifest);
    sync_old(target.address, old_learner, yesterday)?;
    let today = days_work(old_learner, &version, &manifest);
    let (old, _) = sync_old(target.address, old_learner, today)?;
    let compact_learner = &mut learners[1];
    let yesterday = days_work(compact_learner, &version, &manifest);
    let (_, held) = sync_compact(target.address, compact_learner, &yesterday, &[])?;
    let today = days_work(compact_learner, &version, &manifest);
    let events = today.len();
    let (compact, held) = sync_compact(target.address, compact_learner, &today, &held)?;
    // The state the compact answer gave is the old route's, attempt for attempt.
    let (_, full) = sync_old(target.address, compact_learner, Vec::new())?;
    ensure!(held == full, "the compact answer applied to the held state differs from the whole state");
    // Questions (issue 18): a sync with nothing new costs what it did before the feature.
    let (before, _) = sync_compact(target.address, compact_learner, &[], &held)?;
    let (after, _) = sync_compact_holding(target.address, compact_learner, &[], &held, 1_000)?;
    ensure!(
        before.answer_json == after.answer_json,
        "the messages cursor changed an answer with no messages"
    );
    let bytes = BytesPerEvent { events, old, compact, many: None, quiet: (before, after) };
    // A learner who has not used up the quiz's attempts finishes the course: the answer brings
    // a certificate.
    let certificates =
        crate::bench_certificates::measure(target.address, &learners[22].token, &version, &manifest)?;
    // Ingest: batches of 100 new events, one after another, spread over 20 learners.
    let batches = 100;
    let start = Instant::now();
    for b in 0..batches {
        let learner = &mut learners[2 + b % 20];
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
    let mut bytes = bytes;
    if target.database_url.is_none() {
        bytes.many = Some(many_attempts(target, &mut learners[1], held)?);
    }
    Ok((Figures { name: target.name.to_owned(), events_per_second, concurrent, cohort }, bytes, certificates))
}

pub struct BytesPerEvent {
    events: usize,
    /// `POST /api/v1/progress/sync`: each event in full, plain JSON; the whole state answered.
    old: Exchange,
    /// `POST /api/v1/progress/compact`: repeated fields once, gzip; the changes answered.
    compact: Exchange,
    many: Option<ManyAttempts>,
    /// A sync with nothing new (no events, no new answers) from a learner with no questions, as
    /// a client from before questions sends it and as one holding messages (`ma`) does.
    quiet: (Exchange, Exchange),
}

/// One sync's bytes.
struct Exchange {
    /// The request on the wire: headers and body.
    request: usize,
    /// Its body as sent (compressed or not).
    request_body: usize,
    /// Its body as JSON, before any compression.
    request_json: usize,
    /// The answer on the wire: headers and body (brotli, as a browser asks for).
    answer: usize,
    /// The answer's JSON, decompressed.
    answer_json: usize,
}

/// A day's work synced by a learner holding 10,000 attempts from before.
pub struct ManyAttempts {
    attempts: usize,
    old: Exchange,
    compact: Exchange,
}

pub fn print(bytes: &BytesPerEvent, figures: &[Figures], learners: usize) {
    println!("\n## Progress sync\n");
    print_bytes(bytes);
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

/// A day's work: every lesson opened and completed twice (reading, then revising), and the
/// first quiz taken twice.
fn days_work(learner: &mut Learner, version: &str, manifest: &Manifest) -> Vec<ProgressEvent> {
    let mut events = Vec::new();
    for _ in 0..2 {
        for lesson in &manifest.lessons {
            events.push(event(learner, version, &lesson.id, EventKind::LessonOpened));
            events.push(event(learner, version, &lesson.id, EventKind::LessonCompleted));
        }
    }
    if let Some(quiz) = manifest.quizzes.first() {
        for _ in 0..2 {
            events.push(event(learner, version, &quiz.id, EventKind::QuizAttempt { answers: answers() }));
        }
    }
    events
}

fn answers() -> Vec<Answer> {
    vec![
        Answer::Choice(1),
        Answer::Choices(vec![0, 2]),
        Answer::Bool(true),
        Answer::Text("press release".into()),
    ]
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

/// The wire figures: old shape against compact, per event, and with 10,000 attempts held.
pub fn print_bytes(bytes: &BytesPerEvent) {
    let per = |n: usize| n as f64 / bytes.events as f64;
    println!(
        "A learner's day of work ({} events: every lesson of the sample course opened and completed twice, \
         two quiz attempts) in one sync request, the day after a first such day was synced:\n",
        bytes.events
    );
    println!(
        "| what | old shape (`/progress/sync`, plain JSON) | per event | compact (`/progress/compact`, gzip) | per event |\n|---|---:|---:|---:|---:|"
    );
    let (old, new) = (&bytes.old, &bytes.compact);
    for (what, a, b) in [
        ("request on the wire (headers and body)", old.request, new.request),
        ("of which the body as sent", old.request_body, new.request_body),
        ("the body's JSON, uncompressed", old.request_json, new.request_json),
        ("answer on the wire (headers and body, brotli)", old.answer, new.answer),
        ("the answer's JSON, decompressed", old.answer_json, new.answer_json),
    ] {
        println!("| {what} | {a} | {:.0} | {b} | {:.0} |", per(a), per(b));
    }
    println!(
        "| request and answer on the wire | {} | {:.0} | {} | {:.0} |",
        old.request + old.answer,
        per(old.request + old.answer),
        new.request + new.answer,
        per(new.request + new.answer)
    );
    let (before, after) = &bytes.quiet;
    println!(
        "\nA compact sync with nothing new, from a learner who never asked a question: as a client from \
         before questions sends it, and holding thread messages up to number 1,000 (`ma`):\n"
    );
    println!("| what | without `ma` | with `ma` |\n|---|---:|---:|");
    println!("| request on the wire | {} | {} |", before.request, after.request);
    println!("| answer on the wire (brotli) | {} | {} |", before.answer, after.answer);
    println!("| the answer's JSON, decompressed | {} | {} |", before.answer_json, after.answer_json);
    if let Some(many) = &bytes.many {
        println!(
            "\nThe same day's work from a learner holding {} quiz attempts from before (100 quizzes of \
             100 attempts):\n",
            many.attempts
        );
        println!("| what | old shape | compact |\n|---|---:|---:|");
        println!("| request on the wire | {} | {} |", many.old.request, many.compact.request);
        println!("| answer on the wire (brotli) | {} | {} |", many.old.answer, many.compact.answer);
        println!(
            "| the answer's JSON, decompressed | {} | {} |",
            many.old.answer_json, many.compact.answer_json
        );
    }
}

/// A sync in the old shape, plain JSON; returns its bytes and the answer's state.
fn sync_old(
    address: SocketAddr,
    learner: &Learner,
    events: Vec<ProgressEvent>,
) -> Result<(Exchange, Vec<dala_wire::CourseProgress>)> {
    let body = learner.sync_body(events);
    let (response, sent) = http::post(address, SYNC, Some(&learner.token), &body)?;
    ensure!(response.status == 200, "sync answered {}", response.status);
    let json = crate::bench::decompressed(&response)?;
    let answer: dala_wire::SyncResponse = serde_json::from_slice(&json)?;
    let exchange = Exchange {
        request: sent,
        request_body: body.len(),
        request_json: body.len(),
        answer: response.head_bytes + response.body.len(),
        answer_json: json.len(),
    };
    Ok((exchange, answer.progress))
}

/// A compact sync, gzipped as the browser's `CompressionStream` does (zlib's default level),
/// from a device holding `held`; returns its bytes and the state the answer gives.
fn sync_compact(
    address: SocketAddr,
    learner: &Learner,
    events: &[ProgressEvent],
    held: &[dala_wire::CourseProgress],
) -> Result<(Exchange, Vec<dala_wire::CourseProgress>)> {
    sync_compact_holding(address, learner, events, held, 0)
}

/// [`sync_compact`] from a device that also holds thread messages up to `messages_after`.
fn sync_compact_holding(
    address: SocketAddr,
    learner: &Learner,
    events: &[ProgressEvent],
    held: &[dala_wire::CourseProgress],
    messages_after: u64,
) -> Result<(Exchange, Vec<dala_wire::CourseProgress>)> {
    use std::io::Write;
    let mut request = CompactSyncRequest::of(events);
    request.messages_after = messages_after;
    request.trust_etag = learner.trust_etag.clone();
    request.held = dala_wire::held(held);
    let json = serde_json::to_vec(&request)?;
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    encoder.write_all(&json)?;
    let body = encoder.finish()?;
    let (response, sent) = http::post_encoded(address, COMPACT, Some(&learner.token), "gzip", &body)?;
    ensure!(response.status == 200, "compact sync answered {}", response.status);
    let answer_json = crate::bench::decompressed(&response)?;
    let answer: dala_wire::CompactSyncResponse = serde_json::from_slice(&answer_json)?;
    let progress = dala_wire::apply(held, &answer.progress)
        .map_err(|e| anyhow::anyhow!("the answer does not fit {}", e.course))?;
    let exchange = Exchange {
        request: sent,
        request_body: body.len(),
        request_json: json.len(),
        answer: response.head_bytes + response.body.len(),
        answer_json: answer_json.len(),
    };
    Ok((exchange, progress))
}

/// 10,000 attempts held: the sample course is published with 99 more quizzes (copies of its
/// own), and `learner` takes each 100 times (the most kept per quiz); then a day's work is
/// synced in the old shape and in the compact one.
fn many_attempts(
    target: &Target,
    learner: &mut Learner,
    held: Vec<dala_wire::CourseProgress>,
) -> Result<ManyAttempts> {
    const PASSWORD: &str = "bench password for drills";
    crate::bench::add_superadmin(target.binary, target.data_dir, "bench-drills", PASSWORD)?;
    let token = crate::bench::sign_in(target.address, "bench-drills", PASSWORD)?;
    let response = http::get_as(target.address, &format!("/api/v1/courses/{COURSE}/draft"), &token)?;
    ensure!(response.status == 200, "the draft answered {}", response.status);
    let mut stored: dala_wire::StoredDraft = serde_json::from_slice(&crate::bench::decompressed(&response)?)?;
    let quiz = stored
        .draft
        .items
        .iter()
        .find_map(|item| match item {
            dala_wire::DraftItem::Quiz(quiz) => Some(quiz.clone()),
            dala_wire::DraftItem::Lesson(_) => None,
        })
        .context("the sample course has a quiz")?;
    for n in 1..100 {
        let drill =
            dala_wire::Quiz { id: format!("drill-{n:02}"), title: format!("Drill {n}"), ..quiz.clone() };
        stored.draft.items.push(dala_wire::DraftItem::Quiz(drill));
    }
    let save = serde_json::json!({ "base_revision": stored.revision, "draft": stored.draft }).to_string();
    let (response, _) = http::send(
        target.address,
        "PUT",
        &format!("/api/v1/courses/{COURSE}/draft"),
        Some(&token),
        save.as_bytes(),
    )?;
    ensure!(response.status == 200, "saving the draft answered {}", response.status);
    let saved: dala_wire::DraftSaved = serde_json::from_slice(&crate::bench::decompressed(&response)?)?;
    let publish = serde_json::json!({ "revision": saved.revision }).to_string();
    let (response, _) = http::post(
        target.address,
        &format!("/api/v1/courses/{COURSE}/publish"),
        Some(&token),
        publish.as_bytes(),
    )?;
    ensure!(response.status == 200, "publishing answered {}", response.status);
    let (version, manifest) = current_course(target.address)?;

    let mut held = held;
    let attempts: Vec<ProgressEvent> = manifest
        .quizzes
        .iter()
        .flat_map(|quiz| std::iter::repeat_n(quiz.id.clone(), 100))
        .collect::<Vec<_>>()
        .into_iter()
        .map(|quiz| event(learner, &version, &quiz, EventKind::QuizAttempt { answers: answers() }))
        .collect();
    for batch in attempts.chunks(dala_wire::MAX_SYNC_BATCH) {
        held = sync_compact(target.address, learner, batch, &held)?.1;
    }
    let held_attempts = held.iter().flat_map(|c| c.quizzes.values()).map(|q| q.attempts.len()).sum();
    let day = days_work(learner, &version, &manifest);
    let (old, _) = sync_old(target.address, learner, day)?;
    let (_, full) = sync_old(target.address, learner, Vec::new())?;
    let day = days_work(learner, &version, &manifest);
    let (compact, _) = sync_compact(target.address, learner, &day, &full)?;
    Ok(ManyAttempts { attempts: held_attempts, old, compact })
}
