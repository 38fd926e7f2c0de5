//! `dala course export` and `dala course import`: published courses to and from course folders.
//!
//! Export writes the source of a course's current version in the format of `courses/`, so a
//! course written in the browser can be kept and reviewed in git; import checks folders with the
//! same code as `dala course check` and publishes them. Because lesson Markdown and image bytes
//! pass through untouched, exporting and importing again gives the very same blobs.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use anyhow::{Context, bail};

use crate::course::{self, Problem, draft};
use crate::store::{Encoding, ImportOutcome, Store};

/// What an export wrote into the course's folder, and which stale course files it removed.
#[derive(Debug, Default)]
pub struct Exported {
    pub folder: PathBuf,
    pub written: Vec<String>,
    pub removed: Vec<String>,
}

/// Writes the current version of `slug` into `dir/<slug>/`. Course files already there that the
/// version does not have (a lesson renumbered or deleted since) are removed; other files stay.
pub async fn export(store: &Store, slug: &str, dir: &Path) -> anyhow::Result<Exported> {
    let (_, source) = store.current_source(slug).await?.with_context(|| {
        format!("no published course `{slug}` with a kept source (import its folder once)")
    })?;
    let mut bytes = HashMap::new();
    for image in &source.images {
        let data = store.read_blob(&image.blob.sha256, Encoding::Identity).await?.with_context(|| {
            format!("image {} ({}) is missing from the blob store", image.name, image.blob.sha256)
        })?;
        bytes.insert(image.name.clone(), data);
    }
    let files = draft::files_of(&source, &|image| bytes.get(&image.name).cloned());
    let folder = dir.join(slug);
    std::fs::create_dir_all(&folder).with_context(|| format!("could not create {}", folder.display()))?;
    let mut exported = Exported { folder: folder.clone(), ..Exported::default() };
    for entry in std::fs::read_dir(&folder)?.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if entry.path().is_file() && is_course_file(&name) && !files.iter().any(|(n, _)| *n == name) {
            std::fs::remove_file(entry.path()).with_context(|| format!("could not remove {name}"))?;
            exported.removed.push(name);
        }
    }
    for (name, data) in files {
        // Names were checked when the draft was published; check again before touching the disk.
        if name.contains(['/', '\\']) || name.starts_with('.') {
            bail!("refusing to write the unsafe file name {name:?}");
        }
        std::fs::write(folder.join(&name), data).with_context(|| format!("could not write {name}"))?;
        exported.written.push(name);
    }
    exported.removed.sort();
    Ok(exported)
}

/// Whether `name` is a file a course folder holds (and an export may replace).
fn is_course_file(name: &str) -> bool {
    let extension = name.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase()).unwrap_or_default();
    name == course::METADATA_FILE
        || name.ends_with(".quiz.toml")
        || ["md", "png", "jpg", "jpeg", "gif", "webp", "svg"].contains(&extension.as_str())
}

/// The courses found at `path`: one course folder (it holds `course.toml`) or a folder of them.
pub fn load(path: &Path) -> (Vec<course::CourseSource>, Vec<Problem>) {
    if path.join(course::METADATA_FILE).exists() {
        match course::load(path) {
            Ok(course) => (vec![course], Vec::new()),
            Err(problems) => (Vec::new(), problems),
        }
    } else {
        course::load_all(path)
    }
}

/// Publishes checked courses, each as a new version unless identical to its current one.
/// Translations are looked up among these courses and those already published. With
/// `organization` (an organization id), the courses become that organization's to edit.
pub async fn import(
    store: &Store,
    courses: &[course::CourseSource],
    organization: Option<&str>,
) -> anyhow::Result<Vec<(String, ImportOutcome)>> {
    let mut translations = store.translations().await?;
    translations.extend(courses.iter().map(|c| (c.slug.clone(), course::translation_of(c))));
    let mut outcomes = Vec::new();
    for source in courses {
        let published = course::publish_with(source, &|slug| translations.get(slug).cloned());
        let outcome =
            store.import(&published).await.with_context(|| format!("could not publish {}", source.slug))?;
        if let Some(organization) = organization {
            store.set_course_owner(&source.slug, organization).await?;
        }
        outcomes.push((source.slug.clone(), outcome));
    }
    Ok(outcomes)
}
