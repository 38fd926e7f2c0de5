//! What a course update costs a learner's device. An installation administrator makes a
//! 20-lesson course through the authoring API (the sample course's lessons, each repeated as
//! further parts with a line of its own, its quiz and its image), publishes it, then changes
//! one lesson (as the browser editor does) and publishes again. A device holding the first
//! version asks for what changed since it (`?since=`, a manifest delta) and fetches only the
//! blobs it does not hold, an edited lesson as a patch of the one it holds (`?from=`). Bytes are counted as sent with `Accept-Encoding: br`, like every
//! other figure.

use std::net::SocketAddr;
use std::path::Path;

use anyhow::{Context, Result, bail, ensure};
use dala_wire::{CourseDraft, DraftItem, DraftLesson, Manifest, Organization, StoredDraft};
use sha2::{Digest, Sha256};

use crate::bench::{add_superadmin, blob_wire, course_manifest, decompressed, sign_in};
use crate::http;

/// The sample course the bench course is made from.
const SAMPLE: &str = "cso-communications-en";
/// The bench's own course, so that the other figures keep measuring the sample courses.
const COURSE: &str = "bench-update-20";
const LESSONS: usize = 20;
const PASSWORD: &str = "bench password 2026";

pub struct UpdateFigure {
    lesson: String,
    lessons: usize,
    new_blobs: usize,
    blobs: usize,
    /// The manifest delta and the new blobs (an edited lesson as a patch of the one held), on
    /// the wire.
    update_wire: u64,
    /// The delta alone.
    delta_wire: u64,
    /// The delta and the new blobs whole (no patch).
    unpatched_update_wire: u64,
    /// The whole new manifest and the new blobs whole: what an update cost before deltas (and
    /// still costs a device whose version the server does not know).
    full_manifest_update_wire: u64,
    /// The whole new version (manifest and every blob), on the wire, for comparison.
    download_wire: u64,
}

fn lessons_of(draft: &mut CourseDraft) -> impl Iterator<Item = &mut DraftLesson> {
    draft.items.iter_mut().filter_map(|item| match item {
        DraftItem::Lesson(lesson) => Some(lesson),
        DraftItem::Quiz(_) => None,
    })
}

/// Saves `draft` over revision `base` and publishes it; the new manifest and its SHA-256.
fn save_and_publish(
    address: SocketAddr,
    token: &str,
    base: u64,
    draft: &CourseDraft,
) -> Result<(Manifest, String)> {
    let save = serde_json::json!({ "base_revision": base, "draft": draft }).to_string();
    let (response, _) =
        http::send(address, "PUT", &format!("/api/v1/courses/{COURSE}/draft"), Some(token), save.as_bytes())?;
    ensure!(response.status == 200, "saving the draft answered {}", response.status);
    let saved: dala_wire::DraftSaved = serde_json::from_slice(&decompressed(&response)?)?;
    let publish = serde_json::json!({ "revision": saved.revision }).to_string();
    let (response, _) =
        http::post(address, &format!("/api/v1/courses/{COURSE}/publish"), Some(token), publish.as_bytes())?;
    if response.status != 200 {
        bail!(
            "publishing answered {}: {}",
            response.status,
            String::from_utf8_lossy(&decompressed(&response)?)
        );
    }
    let response = http::get(address, &format!("/api/v1/courses/{COURSE}/manifest"))?;
    ensure!(response.status == 200, "the manifest answered {}", response.status);
    let body = decompressed(&response)?;
    Ok((serde_json::from_slice(&body)?, hex::encode(Sha256::digest(&body))))
}

/// Makes and publishes the 20-lesson course, changes one paragraph of its third lesson,
/// publishes again, and measures the update.
pub fn measure(address: SocketAddr, binary: &Path, data_dir: &Path) -> Result<UpdateFigure> {
    add_superadmin(binary, data_dir, "bench-author", PASSWORD)?;
    let token = &sign_in(address, "bench-author", PASSWORD)?;

    // The course: the sample's lessons, then further parts of each until there are 20.
    let response = http::get_as(address, &format!("/api/v1/courses/{SAMPLE}/draft"), token)?;
    ensure!(response.status == 200, "the sample's draft answered {}", response.status);
    let sample: StoredDraft = serde_json::from_slice(&decompressed(&response)?)?;
    let mut draft = sample.draft.clone();
    draft.slug = COURSE.to_owned();
    draft.metadata.translations.clear();
    let originals: Vec<DraftLesson> = lessons_of(&mut draft).map(|l| l.clone()).collect();
    ensure!(!originals.is_empty(), "the sample course has lessons");
    let quiz_at =
        draft.items.iter().position(|i| matches!(i, DraftItem::Quiz(_))).unwrap_or(draft.items.len());
    let extra: Vec<DraftItem> = (originals.len()..LESSONS)
        .map(|n| {
            let original = &originals[n % originals.len()];
            let part = n / originals.len() + 1;
            DraftItem::Lesson(DraftLesson {
                id: format!("{}-part-{part}", original.id),
                markdown: format!("{}\n\nPart {part} goes over this lesson again.\n", original.markdown),
            })
        })
        .collect();
    draft.items.splice(quiz_at..quiz_at, extra);

    let body = serde_json::to_vec(&dala_wire::CreateOrganization { name: "Bench organization".into() })?;
    let (response, _) = http::post(address, "/api/v1/organizations", Some(token), &body)?;
    ensure!(response.status == 201, "creating an organization answered {}", response.status);
    let organization: Organization = serde_json::from_slice(&decompressed(&response)?)?;
    let body = serde_json::to_vec(&dala_wire::CreateCourse { draft: draft.clone() })?;
    let (response, _) = http::post(
        address,
        &format!("/api/v1/organizations/{}/courses", organization.id),
        Some(token),
        &body,
    )?;
    ensure!(response.status == 201, "creating the course answered {}", response.status);
    let created: StoredDraft = serde_json::from_slice(&decompressed(&response)?)?;
    let (before, before_sha) = save_and_publish(address, token, created.revision, &draft)?;
    ensure!(before.lessons.len() == LESSONS, "the bench course has {} lessons", before.lessons.len());

    let lesson = lessons_of(&mut draft).nth(2).context("the course has a third lesson")?;
    lesson.markdown.push_str("\nThis year's edition adds one sentence to this lesson.\n");
    let lesson_id = lesson.id.clone();
    let (after, after_sha) = save_and_publish(address, token, created.revision + 1, &draft)?;

    let response = http::get(address, &format!("/api/v1/courses/{COURSE}/manifest?since={before_sha}"))?;
    ensure!(response.status == 200, "the delta answered {}", response.status);
    let delta: dala_wire::ManifestDelta = serde_json::from_slice(&decompressed(&response)?)?;
    let applied = delta.apply(&before).context("the delta fits the version held")?;
    ensure!(
        hex::encode(Sha256::digest(serde_json::to_vec(&applied)?)) == after_sha,
        "the delta does not make the new version"
    );
    let delta_wire = response.body.len() as u64;
    let (_, manifest_wire) = course_manifest(address, COURSE)?;
    let (mut new_wire, mut whole_new_wire, mut download_wire, mut new_blobs) = (0, 0, manifest_wire, 0);
    for blob in after.blobs() {
        let wire = blob_wire(address, &blob.sha256)?;
        download_wire += wire;
        if !before.blobs().iter().any(|old| old.sha256 == blob.sha256) {
            whole_new_wire += wire;
            new_blobs += 1;
            // As the client asks: a patch of the same lesson's blob in the version held.
            let held = after
                .lessons
                .iter()
                .find(|l| l.blob.sha256 == blob.sha256)
                .and_then(|l| before.lesson(&l.id))
                .map(|l| l.blob.sha256.clone());
            new_wire += match held {
                Some(held) => {
                    let path = format!("{}?from={held}", dala_wire::blob_path(&blob.sha256));
                    let response = http::get(address, &path)?;
                    ensure!(response.status == 200, "{path} answered {}", response.status);
                    response.body.len() as u64
                }
                None => wire,
            };
        }
    }
    Ok(UpdateFigure {
        lesson: lesson_id,
        lessons: after.lessons.len(),
        new_blobs,
        blobs: after.blobs().len(),
        update_wire: delta_wire + new_wire,
        delta_wire,
        unpatched_update_wire: delta_wire + whole_new_wire,
        full_manifest_update_wire: manifest_wire + whole_new_wire,
        download_wire,
    })
}

pub fn print(figure: &UpdateFigure) {
    println!("\n## Course update\n");
    println!(
        "A {}-lesson course made from `{SAMPLE}` through the authoring API; one sentence added to \
         lesson `{}`, then published. A device holding the previous version asks for the manifest \
         delta since it and fetches the blobs it lacks, an edited lesson as a patch of the one it holds.\n",
        figure.lessons, figure.lesson
    );
    let share = |wire: u64| 100.0 * wire as f64 / figure.download_wire.max(1) as f64;
    println!("| what | blobs | on the wire | of the whole |\n|---|---:|---:|---:|");
    println!(
        "| update (manifest delta + new blobs, patched) | {} | {} | {:.1} % |",
        figure.new_blobs,
        figure.update_wire,
        share(figure.update_wire)
    );
    println!("| of which the manifest delta | | {} | |", figure.delta_wire);
    println!(
        "| update with the new blobs whole (no patch) | {} | {} | {:.1} % |",
        figure.new_blobs,
        figure.unpatched_update_wire,
        share(figure.unpatched_update_wire)
    );
    println!(
        "| update with the whole manifest (before deltas; a version the server does not know) | {} | {} | {:.1} % |",
        figure.new_blobs,
        figure.full_manifest_update_wire,
        share(figure.full_manifest_update_wire)
    );
    println!("| whole new version, for comparison | {} | {} | 100 % |", figure.blobs, figure.download_wire);
}
