//! What trainers exchange with the server to write, check and publish courses.
//!
//! A draft is the course source in structured form: the same content as a folder under
//! `courses/` (metadata, lessons as Markdown, quizzes, images), so the server turns one into the
//! other without loss and `dala course export` writes what the browser edited. Every save names
//! the revision it was based on; a save based on an older revision is refused as a conflict, so
//! two trainers never silently overwrite each other.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::{BlobRef, Quiz};

/// A course's metadata: `course.toml`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CourseMetadata {
    pub title: String,
    pub summary: String,
    /// BCP 47 language tag of the course text.
    pub language: String,
    /// The authors' label of this edition, such as `2026.1`.
    pub version: String,
    pub authors: Vec<String>,
    pub licence: String,
    /// Slugs of the same course in other languages.
    #[serde(default)]
    pub translations: Vec<String>,
    /// Whether any signed-in learner may enroll (else only through a join code).
    #[serde(default)]
    pub open: bool,
    /// For a language version translated from another course: which one, and what of it was
    /// translated (`[translation]` in `course.toml`). Left out of the JSON when absent, so
    /// sources kept before it existed read as they were.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub translation: Option<TranslationRecord>,
}

/// What a translation records of the course it is translated from, so that it can tell when
/// that course changed since. Not in the manifest: learners never see it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TranslationRecord {
    /// The slug of the source course.
    pub source: String,
    /// Whether someone who speaks the language has read the translation.
    #[serde(default)]
    pub status: TranslationStatus,
    /// Per lesson id: the SHA-256 (64 lowercase hex digits) of the source lesson's Markdown
    /// the lesson was translated from (the server's `course::translation::lesson_sha256`). A
    /// lesson not named here is not tracked.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub lessons: BTreeMap<String, String>,
}

/// The review state of a translation.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TranslationStatus {
    /// Written without a review by someone who speaks the language.
    #[default]
    Draft,
    Reviewed,
}

impl TranslationStatus {
    /// The word `course.toml` uses.
    pub fn name(self) -> &'static str {
        match self {
            TranslationStatus::Draft => "draft",
            TranslationStatus::Reviewed => "reviewed",
        }
    }
}

/// A lesson of a translation whose source lesson changed since it was translated: what the
/// translator needs to bring it up to date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceChange {
    /// The lesson's id (the same in the source and the translation).
    pub lesson: String,
    /// When the source first published the changed text: seconds since the Unix epoch.
    pub changed_at: i64,
    /// The source lesson's Markdown as it was translated, if the server still holds it.
    pub old_markdown: Option<String>,
    /// The source lesson's Markdown as published now.
    pub new_markdown: String,
    /// Its SHA-256: what "Mark as updated" records for the lesson.
    pub new_sha256: String,
    /// The language tag of the source course (its texts are shown in their own language).
    #[serde(default)]
    pub language: String,
}

impl SourceChange {
    /// Whether `draft` (the translation) still records another text for the lesson than the
    /// source's current one: false once the lesson is marked as updated.
    pub fn applies_to(&self, draft: &CourseDraft) -> bool {
        let recorded = draft.metadata.translation.as_ref().and_then(|t| t.lessons.get(&self.lesson));
        recorded != Some(&self.new_sha256)
    }
}

/// A lesson being written: its stable id and its Markdown (first line `# Title`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DraftLesson {
    pub id: String,
    pub markdown: String,
}

/// One item of a course, in reading order. Serde's default enum form, like every enum the wasm
/// client decodes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DraftItem {
    Lesson(DraftLesson),
    /// A quiz with its answers 0-based, as published.
    Quiz(Quiz),
}

impl DraftItem {
    /// The item's id (lesson and quiz ids share one namespace).
    pub fn id(&self) -> &str {
        match self {
            DraftItem::Lesson(lesson) => &lesson.id,
            DraftItem::Quiz(quiz) => &quiz.id,
        }
    }
}

/// An image of the course: a processed upload (WebP) or a file of an imported course folder.
/// Lessons show it as `![alt text](name)`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DraftImage {
    pub name: String,
    pub blob: BlobRef,
}

/// The whole source of a course.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CourseDraft {
    pub slug: String,
    pub metadata: CourseMetadata,
    pub items: Vec<DraftItem>,
    pub images: Vec<DraftImage>,
}

/// A draft as the server holds it (`GET /api/v1/courses/{slug}/draft`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoredDraft {
    pub draft: CourseDraft,
    /// Goes up by one at every save; a save must name the revision it started from.
    pub revision: u64,
    /// Display name of whoever saved this revision.
    pub saved_by: String,
    /// Seconds since the Unix epoch.
    pub saved_at: i64,
    /// SHA-256 of the course's current published manifest, if it was ever published.
    pub published_manifest: Option<String>,
    /// Whether this revision is the one published (nothing changed since "Publish").
    pub published: bool,
    /// What stops this revision from being published, if anything.
    pub problems: Vec<DraftProblem>,
    /// For a translation: its lessons whose source changed since they were translated (and
    /// not marked as updated in this revision).
    #[serde(default)]
    pub source_changes: Vec<SourceChange>,
}

/// `PUT /api/v1/courses/{slug}/draft`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SaveDraft {
    /// The revision this draft was edited from. The save is refused with `draft_conflict`
    /// (409) when the server holds a newer one.
    pub base_revision: u64,
    pub draft: CourseDraft,
}

/// The answer to a save: the new revision and what stops it from being published.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DraftSaved {
    pub revision: u64,
    pub problems: Vec<DraftProblem>,
}

/// One problem of a draft, as `dala course check` reports it for a folder: the file (such as
/// `03-media.md`, `course.toml`), the line where there is one, and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DraftProblem {
    pub file: String,
    /// The lesson or quiz the problem is in, if any: lets the editor show it beside the item.
    pub item: Option<String>,
    pub line: Option<u32>,
    pub message: String,
}

/// `POST /api/v1/courses/{slug}/publish`: publishes the draft revision the trainer reviewed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PublishDraft {
    pub revision: u64,
}

/// The answer to a publish.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CoursePublished {
    /// The new version's identity (or the current one's, if nothing changed).
    pub manifest_sha256: String,
    /// Whether a new version was made; `false` when the content equals the current version.
    pub changed: bool,
    /// Blobs the server did not hold before.
    pub new_blobs: u32,
}

/// `POST /api/v1/organizations/{id}/courses`: a new course, owned by that organization.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CreateCourse {
    /// The first draft: slug, metadata and usually one lesson.
    pub draft: CourseDraft,
}

/// One course a trainer may edit (`GET /api/v1/authoring/courses`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuthoringCourse {
    pub slug: String,
    pub title: String,
    pub language: String,
    /// The organization whose trainers and administrators edit it (none: the superadmin only).
    pub organization_id: Option<String>,
    /// The draft's revision, if there is a draft.
    pub draft_revision: Option<u64>,
    /// The published version's label, if it was ever published.
    pub published_version: Option<String>,
    /// Whether the draft differs from what is published.
    pub unpublished_changes: bool,
    /// Hidden from the catalog (`POST /api/v1/courses/{slug}/archive`).
    #[serde(default)]
    pub archived: bool,
}

/// The answer to an image upload (`POST /api/v1/courses/{slug}/images?name=…&alt=…`, the
/// image's bytes as the body): the processed image, stored and ready to add to the draft.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UploadedImage {
    pub image: DraftImage,
    pub width: u32,
    pub height: u32,
    /// What to put in the lesson: `![alt](name)`.
    pub markdown: String,
}

/// `POST /api/v1/courses/{slug}/preview`: a lesson rendered as publishing would render it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PreviewRequest {
    pub markdown: String,
    /// The draft's images, so that `![…](name)` shows the uploaded picture.
    #[serde(default)]
    pub images: Vec<DraftImage>,
}

/// The answer to a preview: sanitised HTML, exactly what learners would get.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Preview {
    pub html: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Drafts and sources stored before translations were tracked still read, and a course
    /// that is no translation writes the same JSON as before.
    #[test]
    fn metadata_and_drafts_from_before_translation_records_still_read() {
        let old = r#"{"title":"T","summary":"S","language":"kk","version":"1","authors":["A"],"licence":"L","translations":["x"],"open":true}"#;
        let metadata: CourseMetadata = serde_json::from_str(old).unwrap();
        assert_eq!(metadata.translation, None);
        assert_eq!(serde_json::to_string(&metadata).unwrap(), old);
        let stored = format!(
            r#"{{"draft":{{"slug":"c","metadata":{old},"items":[],"images":[]}},"revision":1,"saved_by":"A","saved_at":0,"published_manifest":null,"published":false,"problems":[]}}"#
        );
        let stored: StoredDraft = serde_json::from_str(&stored).unwrap();
        assert!(stored.source_changes.is_empty());
        let record = r#"{"source":"c-en","lessons":{"a":"00"}}"#;
        let record: TranslationRecord = serde_json::from_str(record).unwrap();
        assert_eq!(record.status, TranslationStatus::Draft);
    }
}
