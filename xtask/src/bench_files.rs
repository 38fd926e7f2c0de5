//! Files that travel when the network is cut: the size of each sample course's course file
//! (`dala course pack`, with and without images) beside its download, and of a real progress
//! file and its return file for one learner's whole course.
//!
//! The progress file is sealed with `dala_parcel` as the browser seals it, from a device key
//! registered through `POST /api/v1/devices`; the server imports it through
//! `POST /api/v1/progress/files` and the return file it answers is measured as it comes.

use std::net::SocketAddr;
use std::path::Path;
use std::process::Command;

use anyhow::{Context, Result, ensure};
use dala_parcel::{DeviceSecret, ProgressContents};
use dala_wire::{Answer, CourseSummary, EventKind, ImportedProgress, ProgressEvent};

use crate::bench::{add_superadmin, add_user, course_manifest, decompressed, session, sign_in};
use crate::http;

const PASSWORD: &str = "benchmark password";
const COURSE: &str = "cso-communications-en";

/// One course's figures.
pub struct CourseFile {
    slug: String,
    download: u64,
    with_images: u64,
    without_images: u64,
}

pub struct FileFigures {
    courses: Vec<CourseFile>,
    progress_events: usize,
    progress_bytes: usize,
    accepted: usize,
    return_bytes: usize,
    certificates: usize,
}

fn pack(binary: &Path, data_dir: &Path, slug: &str, file: &Path, images: bool) -> Result<u64> {
    let mut command = Command::new(binary);
    command.args(["course", "pack", slug]).arg(file).arg("--data-dir").arg(data_dir).env("DALA_LOG", "warn");
    if !images {
        command.arg("--without-images");
    }
    let output = command.output()?;
    ensure!(output.status.success(), "dala course pack {slug}: {}", String::from_utf8_lossy(&output.stderr));
    let bytes = std::fs::metadata(file)?.len();
    std::fs::remove_file(file)?;
    Ok(bytes)
}

/// 32 bytes from the kernel, as the browser's `crypto.getRandomValues` gives.
fn random() -> [u8; 32] {
    use std::io::Read;
    let mut bytes = [0u8; 32];
    std::fs::File::open("/dev/urandom").and_then(|mut f| f.read_exact(&mut bytes)).expect("/dev/urandom");
    bytes
}

/// The events of one learner taking the English sample course from start to end: each lesson
/// opened and completed, and the final check passed.
fn whole_course(device: &str, version: &str, manifest: &dala_wire::Manifest) -> Vec<ProgressEvent> {
    let mut kinds: Vec<(String, EventKind)> = Vec::new();
    for lesson in &manifest.lessons {
        kinds.push((lesson.id.clone(), EventKind::LessonOpened));
        kinds.push((lesson.id.clone(), EventKind::LessonCompleted));
    }
    for quiz in &manifest.quizzes {
        let answers = vec![
            Answer::Choice(1),
            Answer::Choices(vec![0, 1, 3]),
            Answer::Bool(false),
            Answer::Text("press release".into()),
            Answer::Bool(true),
        ];
        kinds.push((quiz.id.clone(), EventKind::QuizAttempt { answers }));
    }
    kinds
        .into_iter()
        .enumerate()
        .map(|(n, (item, kind))| ProgressEvent {
            id: hex::encode(&random()[..16]),
            device_id: device.into(),
            course: COURSE.into(),
            course_version: version.into(),
            item,
            kind,
            client_time: 1_790_000_000_000 + n as i64 * 60_000,
            counter: n as u64 + 1,
        })
        .collect()
}

pub fn measure(address: SocketAddr, binary: &Path, data_dir: &Path) -> Result<FileFigures> {
    let catalog: Vec<CourseSummary> =
        serde_json::from_slice(&decompressed(&http::get(address, "/api/v1/courses")?)?)?;
    let mut courses = Vec::new();
    let file = data_dir.join("bench-course.dala");
    for course in &catalog {
        let (manifest, _) = course_manifest(address, &course.slug)?;
        courses.push(CourseFile {
            slug: course.slug.clone(),
            download: manifest.download_bytes(),
            with_images: pack(binary, data_dir, &course.slug, &file, true)?,
            without_images: pack(binary, data_dir, &course.slug, &file, false)?,
        });
    }

    // A learner's device key, registered as the browser registers it.
    add_user(binary, data_dir, "files-learner", &[], PASSWORD)?;
    add_superadmin(binary, data_dir, "files-admin", PASSWORD)?;
    let session = session(address, "files-learner", PASSWORD)?;
    let device = DeviceSecret::from_seed(&random());
    let keys = dala_wire::DeviceKeys {
        signing_key: hex::encode(device.signing_public()),
        encryption_key: hex::encode(device.encryption_public()),
    };
    let (response, _) =
        http::post(address, "/api/v1/devices", Some(&session.token), &serde_json::to_vec(&keys)?)?;
    ensure!(response.status / 100 == 2, "registering the device key answered {}", response.status);

    let trust: dala_wire::Trust =
        serde_json::from_slice(&decompressed(&http::get(address, "/api/v1/trust")?)?)?;
    let mut installation = [0u8; 32];
    hex::decode_to_slice(&trust.encryption_key, &mut installation).context("the installation's key")?;
    let (manifest, _) = course_manifest(address, COURSE)?;
    let version =
        catalog.iter().find(|c| c.slug == COURSE).context("the sample course")?.manifest_sha256.clone();
    let events = whole_course("bench-device", &version, &manifest);
    let contents = ProgressContents {
        account: session.user.id.clone(),
        file_id: hex::encode(&random()[..16]),
        made_at: 1_790_000_000_000,
        events,
        certificates_after: 0,
        messages_after: 0,
        trust_etag: Some(trust.etag.clone()),
    };
    let progress = dala_parcel::seal_progress(&contents, &device, &installation, random())
        .map_err(|e| anyhow::anyhow!("sealing the progress file: {e}"))?;

    let trainer = sign_in(address, "files-admin", PASSWORD)?;
    let (response, _) = http::post(address, "/api/v1/progress/files", Some(&trainer), &progress)?;
    ensure!(response.status == 200, "importing the progress file answered {}", response.status);
    let imported: ImportedProgress = serde_json::from_slice(&decompressed(&response)?)?;
    let returned = {
        use base64::Engine as _;
        base64::engine::general_purpose::STANDARD.decode(&imported.return_file).context("the return file")?
    };
    // Opened as her device opens it: what it carries back.
    let answer = dala_parcel::open_return(&returned, &device, &trust.jwks)
        .map_err(|e| anyhow::anyhow!("opening the return file: {e}"))?
        .answer;
    Ok(FileFigures {
        courses,
        progress_events: contents.events.len(),
        progress_bytes: progress.len(),
        accepted: imported.accepted,
        return_bytes: returned.len(),
        certificates: answer.certificates.len(),
    })
}

pub fn print(figures: &FileFigures) {
    println!("\n## Files that travel (`cargo xtask bench files`)\n");
    println!(
        "Course files as `dala course pack` writes them (gzip inside), bytes, beside the sum of the \
         course's blob sizes (a download's bytes on the wire are in *Course download*); a messenger \
         carries them as they are.\n"
    );
    println!("| course | sum of blob sizes | course file | without images |\n|---|---:|---:|---:|");
    for course in &figures.courses {
        println!(
            "| {} | {} | {} | {} |",
            course.slug, course.download, course.with_images, course.without_images
        );
    }
    println!(
        "\nA progress file of one learner's whole course ({} events: every lesson opened and completed, \
         the final check passed): {} bytes; the server accepted {} of them. The return file it answered \
         (her state{}): {} bytes.",
        figures.progress_events,
        figures.progress_bytes,
        figures.accepted,
        match figures.certificates {
            0 => " and no certificate".to_owned(),
            n => format!(" and {n} certificate(s)"),
        },
        figures.return_bytes
    );
}
