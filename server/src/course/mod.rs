//! The course source format (`courses/<slug>/`): loading, validation and publishing.
//!
//! A course folder holds `course.toml` (metadata), lessons named `NN-<id>.md` in reading order,
//! and the images they show. [`load`] reads a folder and reports *every* problem it finds, each
//! with its file and (where there is one) line, so an author can fix them all in one pass.
//! [`publish`] turns a valid course into a manifest plus immutable content-addressed blobs. The
//! format is documented for authors in `courses/README.md`; keep the two in step.

pub mod draft;
mod quiz;
mod render;
mod source;
pub mod translation;

pub use render::{MAX_DEPTH, MAX_ELEMENTS, markup_problem, sanitize_lesson_html};
pub use source::{
    CourseSource, Image, Lesson, Metadata, Problem, is_id, is_language_tag, load, load_all, load_files,
};

use dala_wire::{AssetEntry, BlobRef, CourseDraft, LessonEntry, Manifest, QuizEntry, Translation};
use sha2::{Digest, Sha256};

/// A blob ready for the blob store: its reference and its bytes.
#[derive(Debug, Clone)]
pub struct Blob {
    pub blob: BlobRef,
    pub bytes: Vec<u8>,
}

impl Blob {
    /// Names `bytes` by their SHA-256.
    pub fn new(bytes: Vec<u8>, media_type: &str) -> Self {
        let sha256 = hex::encode(Sha256::digest(&bytes));
        let blob = BlobRef { sha256, bytes: bytes.len() as u64, media_type: media_type.into() };
        Blob { blob, bytes }
    }
}

/// The metadata file of a course folder.
pub const METADATA_FILE: &str = "course.toml";

/// A published course version: its manifest, every blob the manifest names, and its source
/// (kept so that `dala course export` and the editor start from exactly what was published).
#[derive(Debug, Clone)]
pub struct Published {
    pub manifest: Manifest,
    pub blobs: Vec<Blob>,
    pub source: CourseDraft,
}

/// Turns a validated course into a manifest and blobs. `others` are the courses published
/// beside it, where its translations are looked up. The result depends on content alone, so
/// publishing the same folders twice gives the same blobs and the same manifest.
pub fn publish(course: &CourseSource, others: &[CourseSource]) -> Published {
    publish_with(course, &|slug| others.iter().find(|c| c.slug == slug).map(translation_of))
}

/// The link to `course` that its translations carry.
pub fn translation_of(course: &CourseSource) -> Translation {
    Translation {
        slug: course.slug.clone(),
        language: course.metadata.language.clone(),
        title: course.metadata.title.clone(),
    }
}

/// [`publish`], looking translations up with `translation` (a slug it does not know is left
/// out of the manifest).
pub fn publish_with(course: &CourseSource, translation: &dyn Fn(&str) -> Option<Translation>) -> Published {
    let images: Vec<(String, Blob)> = course
        .images
        .iter()
        .map(|image| (image.name.clone(), Blob::new(image.bytes.clone(), image.media_type)))
        .collect();
    let image_sha = |name: &str| -> Option<String> {
        images.iter().find(|(n, _)| n == name).map(|(_, b)| b.blob.sha256.clone())
    };
    let mut blobs: Vec<Blob> = Vec::new();
    let mut lessons = Vec::new();
    for lesson in &course.lessons {
        let html = render::lesson_html(&lesson.markdown, &image_sha);
        let blob = Blob::new(html.into_bytes(), "text/html; charset=utf-8");
        lessons.push(LessonEntry {
            id: lesson.id.clone(),
            title: lesson.title.clone(),
            blob: blob.blob.clone(),
        });
        blobs.push(blob);
    }
    let mut quizzes = Vec::new();
    for (quiz, after_lesson) in &course.quizzes {
        let json = serde_json::to_vec(quiz).expect("a quiz always serialises");
        let blob = Blob::new(json, "application/json");
        quizzes.push(QuizEntry {
            id: quiz.id.clone(),
            title: quiz.title.clone(),
            after_lesson: after_lesson.clone(),
            max_attempts: quiz.max_attempts,
            blob: blob.blob.clone(),
        });
        blobs.push(blob);
    }
    let mut assets = Vec::new();
    for (name, blob) in images {
        // An image no lesson shows is not worth a learner's download.
        if course.lessons.iter().any(|l| l.images.iter().any(|(n, _)| *n == name)) {
            assets.push(AssetEntry { name, blob: blob.blob.clone() });
            blobs.push(blob);
        }
    }
    let meta = &course.metadata;
    let manifest = Manifest {
        slug: course.slug.clone(),
        title: meta.title.clone(),
        summary: meta.summary.clone(),
        language: meta.language.clone(),
        version: meta.version.clone(),
        authors: meta.authors.clone(),
        licence: meta.licence.clone(),
        open: meta.open,
        translations: meta.translations.iter().filter_map(|slug| translation(slug)).collect(),
        lessons,
        assets,
        quizzes,
    };
    Published { manifest, blobs, source: draft::draft_of(course) }
}

/// A lesson's HTML as [`publish`] renders it, with images named in `images` pointing at their
/// blobs: what the editor's preview shows. A lesson over the bounds of
/// [`render::markup_problem`] is refused with its reason, before any HTML is parsed.
pub fn render_lesson(markdown: &str, images: &[dala_wire::DraftImage]) -> Result<String, crate::i18n::Text> {
    if let Some(problem) = render::markup_problem(markdown) {
        return Err(problem);
    }
    Ok(render::lesson_html(markdown, &|name| {
        images.iter().find(|i| i.name == name).map(|i| i.blob.sha256.clone())
    }))
}

/// The SHA-256 of a manifest's canonical JSON: the identity of a course version.
pub fn manifest_sha256(manifest: &Manifest) -> String {
    hex::encode(Sha256::digest(manifest_json(manifest)))
}

/// The canonical JSON of a manifest (serde's field order, no whitespace).
pub fn manifest_json(manifest: &Manifest) -> Vec<u8> {
    serde_json::to_vec(manifest).expect("a manifest always serialises")
}
