//! Courses that stay translated: which lessons of a translation are behind their source.
//!
//! A translation's `course.toml` records its source course and, per lesson id, the SHA-256 of
//! the source lesson's Markdown it was translated from ([`lesson_sha256`], the one definition
//! of what is hashed). [`compare`] holds that record against the source's published versions:
//! a lesson whose recorded hash is not the current source lesson's is out of date, "changed" on
//! the day the source first published a text after the last version that still had the
//! recorded one. The editor (through `GET /courses/{slug}/draft`) and `dala course check` both
//! ask this module, so they agree on what is out of date.

use crate::i18n::Text;
use crate::text;
use dala_wire::{CourseDraft, DraftItem, SourceChange};
use sha2::{Digest, Sha256};

use super::CourseSource;
use super::draft::draft_of;

/// The SHA-256, as 64 lowercase hex digits, of a lesson's Markdown as UTF-8: exactly the text
/// the folder reader keeps (the file's bytes, unchanged) and a draft carries, so a lesson
/// exported and imported again hashes the same.
pub fn lesson_sha256(markdown: &str) -> String {
    hex::encode(Sha256::digest(markdown.as_bytes()))
}

/// Whether `text` has the shape of a recorded hash: 64 lowercase hex digits.
pub fn is_sha256_hex(text: &str) -> bool {
    text.len() == 64 && text.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

/// One finding about a translation, lesson by lesson.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Finding {
    /// The source lesson changed since the lesson was translated.
    Changed(SourceChange),
    /// The translation has this lesson but records no hash for it.
    NotTracked { lesson: String },
    /// The source course has this lesson; the translation does not.
    MissingInTranslation { lesson: String },
    /// The translation records a hash for this lesson, but the source no longer has it.
    GoneFromSource { lesson: String },
    /// The source course is not there (not published, or not beside it).
    SourceMissing { source: String },
}

/// A version of the source course: when it was published (seconds since the Unix epoch) and
/// its source.
pub type SourceVersion = (i64, CourseDraft);

/// The lessons of a course: id and Markdown, in reading order.
fn lessons(draft: &CourseDraft) -> impl Iterator<Item = (&str, &str)> {
    draft.items.iter().filter_map(|item| match item {
        DraftItem::Lesson(lesson) => Some((lesson.id.as_str(), lesson.markdown.as_str())),
        DraftItem::Quiz(_) => None,
    })
}

fn lesson<'a>(draft: &'a CourseDraft, id: &str) -> Option<&'a str> {
    lessons(draft).find(|(l, _)| *l == id).map(|(_, markdown)| markdown)
}

/// What is out of date in `translation` against its source's `history`: the versions kept,
/// oldest first, the current one last. An empty history is a missing source. A course that
/// records no source has no findings.
pub fn compare(translation: &CourseDraft, history: &[SourceVersion]) -> Vec<Finding> {
    let Some(record) = &translation.metadata.translation else { return Vec::new() };
    let Some((_, current)) = history.last() else {
        return vec![Finding::SourceMissing { source: record.source.clone() }];
    };
    let mut findings = Vec::new();
    for (id, _) in lessons(translation) {
        let Some(recorded) = record.lessons.get(id) else {
            findings.push(Finding::NotTracked { lesson: id.to_owned() });
            continue;
        };
        let Some(new_markdown) = lesson(current, id) else {
            findings.push(Finding::GoneFromSource { lesson: id.to_owned() });
            continue;
        };
        let new_sha256 = lesson_sha256(new_markdown);
        if &new_sha256 == recorded {
            continue;
        }
        let hashes: Vec<Option<String>> =
            history.iter().map(|(_, source)| lesson(source, id).map(lesson_sha256)).collect();
        // The last version that still had the recorded text; the change is the next one.
        let (changed_at, old_markdown) = match hashes.iter().rposition(|hash| hash.as_ref() == Some(recorded))
        {
            Some(last) => (history[last + 1].0, lesson(&history[last].1, id).map(str::to_owned)),
            // Not kept: the earliest version whose text differs.
            None => {
                let first = hashes.iter().position(Option::is_some).unwrap_or(history.len() - 1);
                (history[first].0, None)
            }
        };
        findings.push(Finding::Changed(SourceChange {
            lesson: id.to_owned(),
            changed_at,
            old_markdown,
            new_markdown: new_markdown.to_owned(),
            new_sha256,
            language: current.metadata.language.clone(),
        }));
    }
    for (id, _) in lessons(current) {
        if lesson(translation, id).is_none() {
            findings.push(Finding::MissingInTranslation { lesson: id.to_owned() });
        }
    }
    findings
}

/// The changes the editor shows: [`compare`]'s changed lessons.
pub fn source_changes(translation: &CourseDraft, history: &[SourceVersion]) -> Vec<SourceChange> {
    compare(translation, history)
        .into_iter()
        .filter_map(|finding| match finding {
            Finding::Changed(change) => Some(change),
            _ => None,
        })
        .collect()
}

/// [`compare`] for course folders: `course` against the folder of its source as it stands
/// (`None`: not found), as `dala course check` does. A change has no date here (0): a folder
/// has no history.
pub fn compare_folders(course: &CourseSource, source: Option<&CourseSource>) -> Vec<Finding> {
    let history: Vec<SourceVersion> = source.map(|s| (0, draft_of(s))).into_iter().collect();
    compare(&draft_of(course), &history)
}

/// A finding in `dala course check`'s words, for translation `slug`.
pub fn describe(slug: &str, finding: &Finding) -> Text {
    let course = slug.to_owned();
    match finding {
        Finding::Changed(change) => {
            text!("check-source-changed", course = course, lesson = change.lesson.as_str())
        }
        Finding::NotTracked { lesson } => {
            text!("check-not-tracked", course = course, lesson = lesson.as_str())
        }
        Finding::MissingInTranslation { lesson } => {
            text!("check-not-translated", course = course, lesson = lesson.as_str())
        }
        Finding::GoneFromSource { lesson } => {
            text!("check-gone-from-source", course = course, lesson = lesson.as_str())
        }
        Finding::SourceMissing { source } => {
            text!("check-source-missing", course = course, source = source.as_str())
        }
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use dala_wire::{CourseMetadata, DraftLesson, TranslationRecord};

    use super::*;

    fn course(lessons: &[(&str, &str)]) -> CourseDraft {
        CourseDraft {
            slug: "c".into(),
            metadata: CourseMetadata::default(),
            items: lessons
                .iter()
                .map(|(id, markdown)| {
                    DraftItem::Lesson(DraftLesson { id: (*id).into(), markdown: (*markdown).into() })
                })
                .collect(),
            images: Vec::new(),
        }
    }

    fn translation(lessons: &[&str], recorded: &[(&str, &str)]) -> CourseDraft {
        let mut draft = course(&lessons.iter().map(|id| (*id, "# Перевод\n")).collect::<Vec<_>>());
        let lessons: BTreeMap<String, String> =
            recorded.iter().map(|(id, text)| ((*id).to_owned(), lesson_sha256(text))).collect();
        draft.metadata.translation =
            Some(TranslationRecord { source: "c-en".into(), lessons, ..TranslationRecord::default() });
        draft
    }

    /// The sample translations record the English text they were translated from, and it is
    /// the English course as it stands: nothing is out of date, nothing untracked.
    #[test]
    fn the_sample_translations_are_up_to_date() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../courses");
        let (courses, problems) = crate::course::load_all(&dir);
        assert!(problems.is_empty(), "{problems:?}");
        let mut tracked = Vec::new();
        for course in &courses {
            let Some(record) = &course.metadata.translation else { continue };
            let source = courses.iter().find(|c| c.slug == record.source);
            assert_eq!(compare_folders(course, source), [], "{}", course.slug);
            tracked.push(course.metadata.language.as_str());
        }
        assert_eq!(tracked, ["kk", "ky", "tg", "uz"]);
    }

    #[test]
    fn the_hash_is_of_the_markdown_bytes_as_kept() {
        assert_eq!(lesson_sha256(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assert_ne!(lesson_sha256("# A\n"), lesson_sha256("# A\r\n"));
        assert!(is_sha256_hex(&lesson_sha256("x")));
        assert!(!is_sha256_hex(&lesson_sha256("x").to_uppercase()));
        assert!(!is_sha256_hex("abc"));
    }

    #[test]
    fn an_up_to_date_translation_has_no_findings() {
        let source = course(&[("a", "# A\n"), ("b", "# B\n")]);
        let t = translation(&["a", "b"], &[("a", "# A\n"), ("b", "# B\n")]);
        assert_eq!(compare(&t, &[(10, source)]), []);
        // No record: nothing to say.
        assert_eq!(compare(&course(&[("a", "x")]), &[]), []);
    }

    #[test]
    fn a_changed_lesson_dates_from_the_first_version_after_the_recorded_text() {
        let v1 = course(&[("a", "# A\n"), ("b", "# B\n")]);
        let v2 = course(&[("a", "# A\n"), ("b", "# B\n")]);
        let v3 = course(&[("a", "# A, better\n"), ("b", "# B\n")]);
        let v4 = course(&[("a", "# A, best\n"), ("b", "# B\n")]);
        let t = translation(&["a", "b"], &[("a", "# A\n"), ("b", "# B\n")]);
        let findings = compare(&t, &[(10, v1), (20, v2), (30, v3), (40, v4)]);
        assert_eq!(
            findings,
            [Finding::Changed(SourceChange {
                lesson: "a".into(),
                changed_at: 30,
                old_markdown: Some("# A\n".into()),
                new_markdown: "# A, best\n".into(),
                new_sha256: lesson_sha256("# A, best\n"),
                language: String::new(),
            })]
        );
    }

    #[test]
    fn a_text_no_version_kept_dates_from_the_earliest_version_and_has_no_old_text() {
        let v1 = course(&[("b", "# B\n")]);
        let v2 = course(&[("a", "# A2\n"), ("b", "# B\n")]);
        let v3 = course(&[("a", "# A3\n"), ("b", "# B\n")]);
        let t = translation(&["a", "b"], &[("a", "# A0\n"), ("b", "# B\n")]);
        let [Finding::Changed(change)] = &compare(&t, &[(10, v1), (20, v2), (30, v3)])[..] else {
            panic!("one change expected")
        };
        assert_eq!((change.changed_at, change.old_markdown.as_deref()), (20, None));
        assert_eq!(change.new_markdown, "# A3\n");
    }

    #[test]
    fn untracked_missing_and_gone_lessons_and_a_missing_source_are_reported() {
        let source = course(&[("a", "# A\n"), ("new", "# New\n")]);
        let t = translation(&["a", "untracked", "old"], &[("a", "# A\n"), ("old", "# Old\n")]);
        assert_eq!(
            compare(&t, &[(10, source)]),
            [
                Finding::NotTracked { lesson: "untracked".into() },
                Finding::GoneFromSource { lesson: "old".into() },
                Finding::MissingInTranslation { lesson: "new".into() },
            ]
        );
        assert_eq!(compare(&t, &[]), [Finding::SourceMissing { source: "c-en".into() }]);
    }
}
