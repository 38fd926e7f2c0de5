//! What a course update costs a learner's device: an installation administrator changes one
//! lesson of a sample course through the authoring API (as the browser editor does) and
//! publishes; the device then fetches the new manifest and only the blobs it does not hold.
//! Bytes are counted as sent with `Accept-Encoding: br`, like every other figure.

use std::net::SocketAddr;
use std::path::Path;

use anyhow::{Context, Result, bail, ensure};
use dala_wire::{DraftItem, StoredDraft};

use crate::bench::{add_superadmin, blob_wire, course_manifest, decompressed, sign_in};
use crate::http;

/// The sample course whose lesson is changed.
const COURSE: &str = "cso-communications-en";
const PASSWORD: &str = "bench password 2026";

pub struct UpdateFigure {
    lesson: String,
    new_blobs: usize,
    blobs: usize,
    /// The new manifest and the new blobs, on the wire.
    update_wire: u64,
    /// The whole new version (manifest and every blob), on the wire, for comparison.
    download_wire: u64,
}

/// Changes one paragraph of the course's third lesson, publishes, and measures the update.
pub fn measure(address: SocketAddr, binary: &Path, data_dir: &Path) -> Result<UpdateFigure> {
    add_superadmin(binary, data_dir, "bench-author", PASSWORD)?;
    let token = &sign_in(address, "bench-author", PASSWORD)?;

    let (before, _) = course_manifest(address, COURSE)?;
    let response = http::get_as(address, &format!("/api/v1/courses/{COURSE}/draft"), token)?;
    ensure!(response.status == 200, "the draft answered {}", response.status);
    let mut stored: StoredDraft = serde_json::from_slice(&decompressed(&response)?)?;
    let lesson = stored
        .draft
        .items
        .iter_mut()
        .filter_map(|item| match item {
            DraftItem::Lesson(lesson) => Some(lesson),
            DraftItem::Quiz(_) => None,
        })
        .nth(2)
        .context("the course has a third lesson")?;
    lesson.markdown.push_str("\nThis year's edition adds one sentence to this lesson.\n");
    let lesson_id = lesson.id.clone();
    let save = serde_json::json!({ "base_revision": stored.revision, "draft": stored.draft }).to_string();
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

    let (after, manifest_wire) = course_manifest(address, COURSE)?;
    let (mut update_wire, mut download_wire, mut new_blobs) = (manifest_wire, manifest_wire, 0);
    for blob in after.blobs() {
        let wire = blob_wire(address, &blob.sha256)?;
        download_wire += wire;
        if !before.blobs().iter().any(|old| old.sha256 == blob.sha256) {
            update_wire += wire;
            new_blobs += 1;
        }
    }
    Ok(UpdateFigure { lesson: lesson_id, new_blobs, blobs: after.blobs().len(), update_wire, download_wire })
}

pub fn print(figure: &UpdateFigure) {
    println!("\n## Course update\n");
    println!(
        "One sentence added to lesson `{}` of `{COURSE}` through the authoring API, then published. \
         A device holding the previous version fetches the new manifest and the blobs it lacks.\n",
        figure.lesson
    );
    println!("| what | blobs | on the wire |\n|---|---:|---:|");
    println!("| update (manifest + new blobs) | {} | {} |", figure.new_blobs, figure.update_wire);
    println!("| whole new version, for comparison | {} | {} |", figure.blobs, figure.download_wire);
}
