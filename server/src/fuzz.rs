//! Fuzz targets: the front doors that take bytes from strangers, each as one function of
//! `&[u8]` that must never panic, loop or break an invariant, whatever the bytes.
//!
//! Two engines drive the same functions: libFuzzer through cargo-fuzz (`fuzz/`, coverage-guided,
//! `cargo xtask fuzz` for long runs) and [`run`] below, a mutation loop on the stable toolchain
//! that CI runs for a few seconds per target (`server/tests/fuzz.rs`). The seed inputs live in
//! `fuzz/corpus/<target>/`; `cargo xtask fuzz --seed-corpus` writes the ones made from the
//! sample courses and a genuine certificate.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use dala_credential::StatusList;
use dala_wire::{Answer, Graded, Jwks, ProgressEvent, SyncRequest, merge};

use crate::authoring::images::{self, ImageLimits};
use crate::course;

/// A fuzz target: its name (the corpus folder) and the function that takes the bytes.
pub type Target = (&'static str, fn(&[u8]));

/// Every target, in the order `cargo xtask fuzz` runs them.
pub const TARGETS: &[Target] = &[
    ("course_source", course_source),
    ("quiz", quiz),
    ("sync_request", sync_request),
    ("credential", credential),
    ("image", image),
    ("languages", languages),
    ("files", files_that_travel),
];

/// The target named `name`.
pub fn target(name: &str) -> Option<fn(&[u8])> {
    TARGETS.iter().find(|(n, _)| *n == name).map(|(_, f)| *f)
}

/// Splits fuzz bytes into course files: parts separated by a NUL byte, each part's first line
/// its file name. [`course_files`] is the inverse, used to write the seed corpus.
fn files(data: &[u8]) -> Vec<(String, Vec<u8>)> {
    data.split(|b| *b == 0)
        .filter_map(|part| {
            let newline = part.iter().position(|b| *b == b'\n')?;
            let name = String::from_utf8_lossy(&part[..newline]).into_owned();
            Some((name, part[newline + 1..].to_vec()))
        })
        .take(64)
        .collect()
}

/// A course folder's files as one fuzz input (see [`files`]).
pub fn course_files(entries: &[(String, Vec<u8>)]) -> Vec<u8> {
    let mut data = Vec::new();
    for (i, (name, bytes)) in entries.iter().enumerate() {
        if i > 0 {
            data.push(0);
        }
        data.extend_from_slice(name.as_bytes());
        data.push(b'\n');
        data.extend_from_slice(bytes);
    }
    data
}

/// The course format (`course.toml`, lessons, quizzes, images), as `dala course check` and a
/// draft save read it. A course that passes must publish, twice to the same manifest, and render
/// every lesson.
pub fn course_source(data: &[u8]) {
    check_course(files(data));
}

fn check_course(entries: Vec<(String, Vec<u8>)>) {
    let small = entries.iter().map(|(_, bytes)| bytes.len()).sum::<usize>() < 8192;
    let Ok(source) = course::load_files("fuzz-course", entries) else { return };
    let first = course::publish(&source, &[]);
    // Twice only for small courses: a sample course takes milliseconds to publish.
    if small {
        let again = course::publish(&source, &[]);
        assert_eq!(
            course::manifest_sha256(&first.manifest),
            course::manifest_sha256(&again.manifest),
            "publishing is deterministic"
        );
    }
    for lesson in &source.lessons {
        let html = course::render_lesson(&lesson.markdown, &[]).expect("a lesson the checker passed renders");
        assert!(!html.contains("<script"), "a rendered lesson holds no script");
    }
}

/// A quiz file (`NN-id.quiz.toml`) in an otherwise valid course. A quiz that passes grades any
/// answers without panicking, and its right answers score full marks.
pub fn quiz(data: &[u8]) {
    let entries = vec![
        ("course.toml".to_owned(), QUIZ_COURSE.as_bytes().to_vec()),
        ("01-start.md".to_owned(), b"# Start\n\nA lesson.\n".to_vec()),
        ("02-check.quiz.toml".to_owned(), data.to_vec()),
    ];
    let Ok(source) = course::load_files("fuzz-course", entries) else { return };
    for (quiz, _) in &source.quizzes {
        let blank = quiz.grade(&[]);
        assert_eq!(blank.correct.len(), quiz.questions.len(), "one mark per question");
        assert!(blank.score <= 100, "a score is a percentage");
        let right: Vec<Answer> = quiz.questions.iter().map(|q| q.kind.correct_answer()).collect();
        let full = quiz.grade(&right);
        assert_eq!(full.score, 100, "the right answers score full marks");
        assert!(full.passed, "the right answers pass");
    }
}

const SMALL_LESSON: &str = "# Start\n\nSome *text*, a [link](https://example.org), `code`,\n\n\
    > a quote\n\n- a list\n- of two\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n<b>bold</b>\n";
const SMALL_QUIZ: &str = "title = \"Check\"\npass_mark = 60\nmax_attempts = 3\n\n\
    [[questions]]\nprompt = \"One?\"\nkind = \"single_choice\"\noptions = [\"a\", \"b\"]\nanswer = 2\n\n\
    [[questions]]\nprompt = \"True?\"\nkind = \"true_false\"\nanswer = true\n\n\
    [[questions]]\nprompt = \"Word?\"\nkind = \"short_text\"\naccepted = [\"word\"]\n";
const QUIZ_COURSE: &str = "title = \"Fuzz\"\nsummary = \"s\"\nlanguage = \"en\"\nversion = \"1\"\nauthors = [\"a\"]\nlicence = \"CC BY 4.0\"\n";

/// A sync request body, as the server decodes it; what decodes must merge without panicking,
/// and merging is the same whatever order the events arrive in.
pub fn sync_request(data: &[u8]) {
    let Ok(request) = serde_json::from_slice::<SyncRequest>(data) else { return };
    let encoded = serde_json::to_vec(&request).expect("a decoded request encodes");
    let decoded: SyncRequest = serde_json::from_slice(&encoded).expect("an encoded request decodes");
    assert_eq!(decoded, request, "a request survives encoding");
    for event in &request.events {
        let _ = crate::progress::check(event, None);
    }
    let grade = |_: &ProgressEvent, answers: &[Answer]| -> Option<Graded> {
        let correct: Vec<bool> = answers.iter().map(|a| matches!(a, Answer::Bool(true))).collect();
        let score = (correct.iter().filter(|c| **c).count() * 100 / correct.len().max(1)) as u8;
        Some(Graded {
            grade: dala_wire::Grade { correct, score, passed: score >= 50 },
            max_attempts: Some(3),
        })
    };
    // An id names one event: of two events sent under one id, the server keeps the first it
    // stores, so order matters there by design (the fuzzer's first finding). Without repeats it
    // must not.
    let mut ids = std::collections::HashSet::new();
    let distinct: Vec<&ProgressEvent> = request.events.iter().filter(|e| ids.insert(&e.id)).collect();
    let forward = merge(&[], distinct.iter().map(|e| (*e, 1)), &grade);
    let backward = merge(&[], distinct.iter().rev().map(|e| (*e, 1)), &grade);
    assert_eq!(forward, backward, "merging does not depend on arrival order");
}

/// A certificate (a JWT, or a JSON envelope holding one) with a revocation list, checked
/// against a fixed issuer key: only a genuine, unaltered signature verifies.
pub fn credential(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let keys = fixed_issuer().1;
    let mut lists = Vec::new();
    if let Some((certificate, list)) = text.split_once('\u{0}') {
        if let Ok(list) = StatusList::from_jwt(list.trim(), &keys) {
            lists.push(list);
        }
        let verification = dala_credential::verify(certificate, &keys, &lists);
        check_verification(certificate, &verification);
    } else {
        let verification = dala_credential::verify(&text, &keys, &lists);
        check_verification(&text, &verification);
    }
}

fn check_verification(text: &str, verification: &dala_wire::Verification) {
    if verification.status == dala_wire::VerificationStatus::Valid {
        // Valid only when the signed bytes are the genuine ones: the payload re-read from the
        // text must carry the fixed issuer's address, so mutations of the signed part never pass.
        let jwt = dala_credential::extract_jwt(text);
        let jws = dala_credential::Jws::parse(&jwt).expect("a valid certificate parses");
        assert_eq!(jws.payload["iss"], FIXED_ISSUER_URL, "a valid certificate names its issuer");
    }
}

/// The issuer whose certificates the credential corpus holds: a key made from fixed bytes, so the
/// corpus stays valid between runs.
pub fn fixed_issuer() -> (ed25519_dalek::SigningKey, Jwks) {
    let key = ed25519_dalek::SigningKey::from_bytes(&[7; 32]);
    let jwk = dala_credential::jwk(&key.verifying_key());
    (key, Jwks { keys: vec![jwk] })
}

pub const FIXED_ISSUER_URL: &str = "https://issuer.example";

/// An uploaded image through the trainers' front door (sniffing, header limits, decoding,
/// scaling, re-encoding). What is accepted must fit the limits.
pub fn image(data: &[u8]) {
    let limits = ImageLimits { max_upload_bytes: 1024 * 1024, max_pixels: 4_000_000, max_width: 640 };
    if let Ok(processed) = images::process(data, "alt", &limits) {
        assert!(processed.width <= limits.max_width, "a stored image is at most max_width wide");
        assert!(processed.height > 0 && !processed.webp.is_empty(), "a stored image has pixels and bytes");
    }
}

/// A file someone carried in: read as a course file against a fixed issuer's key, as a progress
/// file with a fixed installation secret, and as a return file on a fixed device. Whatever the
/// bytes, opening is a verdict, never a panic; what opens holds together (each blob is its
/// SHA-256, the version is the manifest's, the return file names its device).
pub fn files_that_travel(data: &[u8]) {
    use sha2::Digest;
    let (_, keys) = fixed_issuer();
    if let Ok(file) = dala_parcel::open_course(data, &keys) {
        assert_eq!(file.manifest_sha256, hex::encode(sha2::Sha256::digest(&file.manifest_json)));
        for (sha, bytes) in &file.blobs {
            assert_eq!(*sha, hex::encode(sha2::Sha256::digest(bytes)), "an opened blob is its SHA-256");
        }
    }
    let installation = dala_parcel::InstallationSecret::from_seed(&FIXED_INSTALLATION_SEED);
    if let Ok(opened) = dala_parcel::open_progress(data, &[installation]) {
        assert_eq!(opened.device, fixed_device().id(), "only the fixed device signed the corpus");
    }
    if let Ok(returned) = dala_parcel::open_return(data, &fixed_device(), &keys) {
        assert_eq!(returned.device, fixed_device().id());
    }
}

/// The installation and device of the `files` corpus: fixed bytes, so the corpus stays valid.
pub const FIXED_INSTALLATION_SEED: [u8; 32] = [11; 32];

pub fn fixed_device() -> dala_parcel::DeviceSecret {
    dala_parcel::DeviceSecret::from_seed(&[12; 32])
}

/// What a stranger or an operator says about languages: a browser's `Accept-Language`, a
/// `/locales/` file name, and `--language-fallback` items, separated by NUL bytes. Whatever
/// they say, the answer is an interface language, and every chain starts with its own
/// language, ends in English and names none twice.
pub fn languages(data: &[u8]) {
    use dala_wire::languages::{ENGLISH, UI_LANGUAGES, from_accept_language, language, ui_language};
    let text = String::from_utf8_lossy(data);
    let mut parts = text.split('\0');
    let header = parts.next().unwrap_or("");
    let file = parts.next().unwrap_or("");
    let overrides: Vec<String> = parts.take(16).map(str::to_owned).collect();
    let known = |tag: &str| UI_LANGUAGES.iter().any(|l| l.tag == tag);
    if let Some(tag) = from_accept_language(header) {
        assert!(known(tag), "`{tag}` from an Accept-Language header is not an interface language");
    }
    if let Some(tag) = ui_language(file) {
        assert!(known(tag), "`{tag}` from `{file}` is not an interface language");
    }
    if let Some(found) = language(file) {
        let spelled = file.trim().replace('_', "-");
        assert!(found.tag.eq_ignore_ascii_case(&spelled), "`{file}` is not the file of {}", found.tag);
    }
    let default = overrides.first().map_or(ENGLISH, |first| first.split('=').next().unwrap_or(ENGLISH));
    let Ok(chosen) = crate::languages::Languages::new(default, &overrides[overrides.len().min(1)..]) else {
        return;
    };
    assert!(known(chosen.for_accept_language(header)));
    for language in UI_LANGUAGES {
        let chain = chosen.chain(language.tag).expect("every interface language has a chain");
        assert_eq!(chain.first(), Some(&language.tag));
        assert_eq!(chain.last(), Some(&ENGLISH));
        let mut seen = chain.to_vec();
        seen.sort_unstable();
        seen.dedup();
        assert_eq!(seen.len(), chain.len(), "a chain names a language twice: {chain:?}");
    }
}

/// The seed inputs of every target, made from the sample courses in `courses_dir`, a genuine
/// certificate of the [`fixed_issuer`] and small images of each accepted format: what
/// `fuzz/corpus/` starts from. Each is (target, bytes).
pub fn seed_corpus(courses_dir: &Path) -> anyhow::Result<Vec<(&'static str, Vec<u8>)>> {
    use anyhow::Context;
    let mut seeds = Vec::new();
    let mut folders: Vec<PathBuf> = std::fs::read_dir(courses_dir)
        .with_context(|| format!("could not read {}", courses_dir.display()))?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.join("course.toml").is_file())
        .collect();
    folders.sort();
    for folder in &folders {
        let mut entries = Vec::new();
        for entry in std::fs::read_dir(folder)?.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            let bytes = std::fs::read(entry.path())?;
            if name.ends_with(".quiz.toml") {
                seeds.push(("quiz", bytes.clone()));
            }
            entries.push((name, bytes));
        }
        entries.sort();
        seeds.push(("course_source", course_files(&entries)));
        if let Ok(source) = course::load_files("fuzz-course", entries) {
            seeds.push(("sync_request", sync_seed(&source)));
        }
    }
    // A small course too: the sample ones take milliseconds each, this one microseconds, so
    // mutations of it reach far more cases per second.
    let small = vec![
        ("01-start.md".to_owned(), SMALL_LESSON.as_bytes().to_vec()),
        ("02-check.quiz.toml".to_owned(), SMALL_QUIZ.as_bytes().to_vec()),
        ("course.toml".to_owned(), QUIZ_COURSE.as_bytes().to_vec()),
    ];
    seeds.push(("course_source", course_files(&small)));
    seeds.push(("quiz", SMALL_QUIZ.as_bytes().to_vec()));
    let (key, keys) = fixed_issuer();
    let kid = keys.keys[0].kid.clone();
    // Files that travel: the small course packed, and a progress file and its return file.
    if let Ok(source) = course::load_files("fuzz-course", small.clone()) {
        let published = course::publish(&source, &[]);
        let blobs: Vec<(String, Vec<u8>)> =
            published.blobs.iter().map(|b| (b.blob.sha256.clone(), b.bytes.clone())).collect();
        seeds.push((
            "files",
            dala_parcel::pack_course(
                &course::manifest_json(&published.manifest),
                1_790_000_000,
                &blobs,
                &key,
                &kid,
            ),
        ));
        let version = course::manifest_sha256(&published.manifest);
        let contents = dala_parcel::ProgressContents {
            account: "fuzz-account".into(),
            file_id: "0".repeat(32),
            made_at: 1_790_000_000_000,
            events: vec![ProgressEvent {
                id: "1".repeat(32),
                device_id: "fuzz-device".into(),
                course: "fuzz-course".into(),
                course_version: version,
                item: "start".into(),
                kind: dala_wire::EventKind::LessonCompleted,
                client_time: 1_790_000_000_000,
                counter: 1,
            }],
            certificates_after: 0,
            messages_after: 0,
            trust_etag: None,
        };
        let installation = dala_parcel::InstallationSecret::from_seed(&FIXED_INSTALLATION_SEED);
        let device = fixed_device();
        if let Ok(file) = dala_parcel::seal_progress(&contents, &device, &installation.public(), [13; 32]) {
            seeds.push(("files", file));
        }
        let returned = dala_parcel::ReturnContents {
            account: "fuzz-account".into(),
            device: device.id(),
            file_id: "0".repeat(32),
            made_at: 1_790_000_000_000,
            answer: dala_wire::SyncResponse {
                accepted: vec!["1".repeat(32)],
                rejected: vec![],
                progress: vec![],
                completed_courses: vec![],
                certificates: vec![],
                trust: None,
                messages: vec![],
            },
        };
        if let Ok(file) =
            dala_parcel::seal_return(&returned, &device.encryption_public(), &key, &kid, [14; 32])
        {
            seeds.push(("files", file));
        }
    }
    let list_url = format!("{FIXED_ISSUER_URL}/credentials/status/1");
    let certificate = dala_credential::sign(
        &key,
        &kid,
        "vc+jwt",
        &dala_credential::credential(&dala_credential::NewCredential {
            id: "urn:uuid:00000000-0000-4000-8000-000000000001",
            issuer_url: FIXED_ISSUER_URL,
            issuer_name: "Fuzz issuer",
            learner: "Айгуль Нурланова",
            achievement_id: "https://issuer.example/courses/fuzz",
            course_title: "Fuzz course",
            course_summary: "A course.",
            criteria: "Completed every lesson.",
            issued_at: 1_790_000_000,
            status: Some((&list_url, 3)),
        }),
    );
    let mut bits = vec![0u8; 16];
    dala_credential::set_bit(&mut bits, 5);
    let list = dala_credential::sign(
        &key,
        &kid,
        "vc+jwt",
        &dala_credential::status_list_credential(&list_url, FIXED_ISSUER_URL, 1_790_000_100, &bits),
    );
    seeds.push(("credential", certificate.clone().into_bytes()));
    seeds.push(("credential", format!("{certificate}\u{0}{list}").into_bytes()));
    seeds.push(("credential", serde_json::to_vec(&dala_credential::envelope(&certificate))?));
    for format in
        [image::ImageFormat::Png, image::ImageFormat::Jpeg, image::ImageFormat::Gif, image::ImageFormat::WebP]
    {
        let picture =
            image::RgbImage::from_fn(12, 8, |x, y| image::Rgb([(x * 20) as u8, (y * 30) as u8, 90]));
        let mut bytes = std::io::Cursor::new(Vec::new());
        image::DynamicImage::ImageRgb8(picture).write_to(&mut bytes, format)?;
        seeds.push(("image", bytes.into_inner()));
    }
    for seed in [
        "ru-KZ, ru;q=0.9, en;q=0.5\0kk.ftl\0ru\0ky=kk,ru",
        "fa-AF,prs;q=0.8\0fa-AF\0fa-AF\0fa-AF=tg;uz=ru",
        "de;q=1, tk;q=0.5, *;q=0.1\0default\0en\0mn=ru,en\0ky=",
    ] {
        seeds.push(("languages", seed.as_bytes().to_vec()));
    }
    Ok(seeds)
}

/// A sync request with one event of each kind for the course `source`.
fn sync_seed(source: &course::CourseSource) -> Vec<u8> {
    let published = course::publish(source, &[]);
    let version = course::manifest_sha256(&published.manifest);
    let mut events = Vec::new();
    let mut counter = 0;
    let mut event = |item: &str, kind: dala_wire::EventKind| {
        counter += 1;
        events.push(ProgressEvent {
            id: format!("{counter:032x}"),
            device_id: "fuzz-device".into(),
            course: source.slug.clone(),
            course_version: version.clone(),
            item: item.to_owned(),
            kind,
            client_time: 1_790_000_000_000 + counter as i64,
            counter,
        });
    };
    if let Some(lesson) = source.lessons.first() {
        event(&lesson.id, dala_wire::EventKind::LessonOpened);
        event(&lesson.id, dala_wire::EventKind::LessonCompleted);
    }
    for (quiz, _) in &source.quizzes {
        let answers = quiz.questions.iter().map(|q| q.kind.correct_answer()).collect();
        event(&quiz.id, dala_wire::EventKind::QuizAttempt { answers });
    }
    let request =
        SyncRequest { events, certificates_after: 0, trust_etag: Some("\"etag\"".into()), messages_after: 0 };
    serde_json::to_vec(&request).expect("a request encodes")
}

/// The file name a corpus input is kept under: its SHA-256, so each is kept once.
pub fn corpus_name(input: &[u8]) -> String {
    hex::encode(<sha2::Sha256 as sha2::Digest>::digest(input))
}

/// What one run of [`run`] did.
#[derive(Debug, Default, Clone)]
pub struct Report {
    pub executions: u64,
    pub corpus_inputs: usize,
    /// Inputs that panicked, saved under the findings folder.
    pub findings: Vec<PathBuf>,
}

/// Runs `target` on every input in `corpus`, then on mutations of them for `time`, from
/// `seed`. An input that panics is written to `findings` (named by its SHA-256) and counted.
pub fn run(target: fn(&[u8]), corpus: &Path, findings: &Path, time: Duration, seed: u64) -> Report {
    let mut inputs: Vec<Vec<u8>> = std::fs::read_dir(corpus)
        .into_iter()
        .flatten()
        .flatten()
        .filter(|e| e.path().is_file())
        .filter_map(|e| std::fs::read(e.path()).ok())
        .collect();
    inputs.sort();
    let mut report = Report { corpus_inputs: inputs.len(), ..Report::default() };
    if inputs.is_empty() {
        inputs.push(Vec::new());
    }
    quiet_panics_while_fuzzing();
    FUZZING.set(true);
    let try_one = |input: &[u8], report: &mut Report| {
        report.executions += 1;
        if catch_unwind(AssertUnwindSafe(|| target(input))).is_err() {
            let path = findings.join(corpus_name(input));
            if std::fs::create_dir_all(findings).is_ok() && std::fs::write(&path, input).is_ok() {
                report.findings.push(path);
            }
        }
    };
    for input in &inputs {
        try_one(input, &mut report);
    }
    let mut rng = Rng(seed | 1);
    let started = Instant::now();
    while started.elapsed() < time {
        for _ in 0..16 {
            let input = mutate(&mut rng, &inputs);
            try_one(&input, &mut report);
        }
    }
    FUZZING.set(false);
    report
}

thread_local! {
    static FUZZING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// A panic while fuzzing is a finding, recorded by [`run`]; its default message would only
/// flood the output. Other threads (tests running beside) keep the default report.
fn quiet_panics_while_fuzzing() {
    static INSTALLED: std::sync::Once = std::sync::Once::new();
    INSTALLED.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if !FUZZING.get() {
                previous(info);
            }
        }));
    });
}

/// xorshift64*: fast, seeded, and good enough to pick mutations.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        if n == 0 { 0 } else { (self.next() % n as u64) as usize }
    }
}

/// Tokens that matter to the parsers; spliced in, they reach deeper than random bytes.
const DICTIONARY: &[&[u8]] = &[
    b"\x00",
    b"\n",
    b"\"",
    b"'",
    b"[",
    b"]",
    b"{",
    b"}",
    b"<",
    b">",
    b"=",
    b"#",
    b"`",
    b"\\u0000",
    b"<script>",
    b"<img src=x onerror=",
    b"javascript:",
    b"<div>",
    b"](",
    b"![",
    b"[[questions]]",
    b"answer = ",
    b"options = [",
    b"max_attempts = ",
    b"title = ",
    b"language = ",
    b"translation_of = ",
    b"\"events\":[",
    b"\"kind\":",
    b"\"quiz_attempt\"",
    b"\"answers\":[",
    b"\"counter\":",
    b"18446744073709551615",
    b"-9223372036854775808",
    b"1e999",
    b"eyJ",
    b".",
    b"~",
    b"\xef\xbb\xbf",
    b"\xe2\x80\xae",
    b"\xcc\x81",
    b"\xff\xd8\xff",
    b"\x89PNG\r\n\x1a\n",
    b"GIF89a",
    b"RIFF",
    b"WEBP",
];

fn mutate(rng: &mut Rng, inputs: &[Vec<u8>]) -> Vec<u8> {
    let mut data = inputs[rng.below(inputs.len())].clone();
    for _ in 0..1 + rng.below(4) {
        let at = rng.below(data.len() + 1);
        match rng.below(7) {
            0 if !data.is_empty() => {
                let i = rng.below(data.len());
                data[i] ^= 1 << rng.below(8);
            }
            1 if !data.is_empty() => {
                let i = rng.below(data.len());
                data[i] = rng.next() as u8;
            }
            2 => {
                let end = (at + 1 + rng.below(16)).min(data.len());
                data.drain(at.min(end)..end);
            }
            3 => {
                let token = DICTIONARY[rng.below(DICTIONARY.len())];
                data.splice(at..at, token.iter().copied());
            }
            4 => {
                // Repeat a slice: deep nesting and long runs.
                let end = (at + 1 + rng.below(8)).min(data.len());
                let piece = data[at.min(end)..end].to_vec();
                for _ in 0..rng.below(64) {
                    data.splice(at..at, piece.iter().copied());
                }
            }
            5 => {
                // Splice in part of another input.
                let other = &inputs[rng.below(inputs.len())];
                let start = rng.below(other.len() + 1);
                let end = (start + rng.below(64)).min(other.len());
                data.splice(at..at, other[start..end].iter().copied());
            }
            _ => data.truncate(at),
        }
    }
    data.truncate(256 * 1024);
    data
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn course_files_round_trip() {
        let entries =
            vec![("course.toml".to_owned(), b"a\nb".to_vec()), ("01-x.md".to_owned(), b"# X".to_vec())];
        assert_eq!(files(&course_files(&entries)), entries);
    }

    #[test]
    fn a_panicking_input_is_a_finding() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("seed"), b"boom").unwrap();
        fn fragile(data: &[u8]) {
            assert!(!data.starts_with(b"boom"));
        }
        let report = run(fragile, dir.path(), &dir.path().join("findings"), Duration::ZERO, 1);
        assert_eq!(report.executions, 1);
        assert_eq!(report.findings.len(), 1);
        assert_eq!(std::fs::read(&report.findings[0]).unwrap(), b"boom");
    }

    #[test]
    fn the_course_seeds_are_valid_courses() {
        let courses = Path::new(env!("CARGO_MANIFEST_DIR")).join("../courses");
        let seeds = seed_corpus(&courses).unwrap();
        for (target, bytes) in &seeds {
            match *target {
                "course_source" => {
                    course::load_files("fuzz-course", files(bytes)).expect("a seed course is valid");
                }
                "quiz" => {
                    let entries = vec![
                        ("course.toml".to_owned(), QUIZ_COURSE.as_bytes().to_vec()),
                        ("01-start.md".to_owned(), SMALL_LESSON.as_bytes().to_vec()),
                        ("02-check.quiz.toml".to_owned(), bytes.clone()),
                    ];
                    let course = course::load_files("fuzz-course", entries).expect("a seed quiz is valid");
                    assert_eq!(course.quizzes.len(), 1);
                }
                "image" => {
                    images::process(bytes, "alt", &ImageLimits::default()).expect("a seed image is accepted");
                }
                _ => {}
            }
        }
    }

    #[test]
    fn mutations_change_inputs_but_stay_bounded() {
        let mut rng = Rng(42);
        let inputs = vec![b"title = \"x\"".to_vec()];
        let mutated: Vec<Vec<u8>> = (0..200).map(|_| mutate(&mut rng, &inputs)).collect();
        assert!(mutated.iter().any(|m| m != &inputs[0]));
        assert!(mutated.iter().all(|m| m.len() <= 256 * 1024));
    }
}
