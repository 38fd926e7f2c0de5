//! Course updates that move only what changed: the entries of a new manifest that a device
//! holding an older one lacks (`GET /api/v1/courses/{slug}/manifest?since={sha256}`).
//!
//! A delta is computed by the server from two published manifests and applied by the client to
//! the manifest it holds. The client then serialises the result and checks its SHA-256 against
//! [`ManifestDelta::sha256`]: a delta that does not give exactly the new version is never kept
//! (the client fetches the whole manifest instead).

use serde::{Deserialize, Serialize};

use crate::{AssetEntry, LessonEntry, Manifest, QuizEntry, Translation};

/// The media type of an answer that is a [`ManifestDelta`] rather than a whole [`Manifest`].
pub const MANIFEST_DELTA_TYPE: &str = "application/vnd.dala.manifest-delta+json";

/// The media type of a blob patch (`GET /api/v1/blobs/{sha256}?from={held}`): the ASCII line
/// `{prefix} {suffix}\n`, then the bytes that replace everything of the held blob but its first
/// `prefix` and last `suffix` bytes. The client checks the joined bytes against the blob's name.
pub const BLOB_PATCH_TYPE: &str = "application/vnd.dala.blob-patch";

/// What turns the manifest `base` into the manifest `sha256`: every field that changed, and
/// each list as pieces of the old list and new entries. A field left out is unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ManifestDelta {
    /// SHA-256 of the manifest this applies to.
    pub base: String,
    /// SHA-256 of the manifest it makes (the client checks it).
    pub sha256: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authors: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub licence: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub open: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub translations: Option<Vec<Translation>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lessons: Option<Vec<Piece<LessonEntry>>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quizzes: Option<Vec<Piece<QuizEntry>>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assets: Option<Vec<Piece<AssetEntry>>>,
}

/// One piece of a new list: a run of the old list's entries, or a new entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Piece<T> {
    /// `[start, count]`: the old list's entries `start..start + count`, unchanged.
    Keep([u32; 2]),
    New(T),
}

fn changed<T: PartialEq + Clone>(old: &T, new: &T) -> Option<T> {
    (old != new).then(|| new.clone())
}

/// `new` as pieces of `old`; `None` when the lists are equal.
fn list_delta<T: PartialEq + Clone>(old: &[T], new: &[T]) -> Option<Vec<Piece<T>>> {
    if old == new {
        return None;
    }
    let mut pieces: Vec<Piece<T>> = Vec::new();
    for entry in new {
        // Continue the current run when the next old entry is this one; else start a run at
        // the first equal old entry; else it is new.
        if let Some(Piece::Keep([start, count])) = pieces.last_mut() {
            let next = (*start + *count) as usize;
            if old.get(next) == Some(entry) {
                *count += 1;
                continue;
            }
        }
        match old.iter().position(|o| o == entry) {
            Some(at) => pieces.push(Piece::Keep([at as u32, 1])),
            None => pieces.push(Piece::New(entry.clone())),
        }
    }
    Some(pieces)
}

/// The list the pieces make from `old`; `None` if a piece points outside it.
fn apply_list<T: Clone>(old: &[T], pieces: &Option<Vec<Piece<T>>>) -> Option<Vec<T>> {
    let Some(pieces) = pieces else { return Some(old.to_vec()) };
    let mut list = Vec::new();
    for piece in pieces {
        match piece {
            Piece::Keep([start, count]) => {
                let (start, count) = (*start as usize, *count as usize);
                list.extend_from_slice(old.get(start..start.checked_add(count)?)?);
            }
            Piece::New(entry) => list.push(entry.clone()),
        }
    }
    Some(list)
}

impl ManifestDelta {
    /// What turns `base` (SHA-256 `base_sha256`) into `new` (SHA-256 `sha256`).
    pub fn between(base: &Manifest, base_sha256: &str, new: &Manifest, sha256: &str) -> ManifestDelta {
        ManifestDelta {
            base: base_sha256.to_owned(),
            sha256: sha256.to_owned(),
            title: changed(&base.title, &new.title),
            summary: changed(&base.summary, &new.summary),
            language: changed(&base.language, &new.language),
            version: changed(&base.version, &new.version),
            authors: changed(&base.authors, &new.authors),
            licence: changed(&base.licence, &new.licence),
            open: changed(&base.open, &new.open),
            translations: changed(&base.translations, &new.translations),
            lessons: list_delta(&base.lessons, &new.lessons),
            quizzes: list_delta(&base.quizzes, &new.quizzes),
            assets: list_delta(&base.assets, &new.assets),
        }
    }

    /// The manifest this delta makes from `base`, or `None` if it does not fit `base` (a piece
    /// beyond its lists). The caller still checks the result's SHA-256 against
    /// [`ManifestDelta::sha256`].
    pub fn apply(&self, base: &Manifest) -> Option<Manifest> {
        let pick = |new: &Option<String>, old: &String| new.clone().unwrap_or_else(|| old.clone());
        Some(Manifest {
            slug: base.slug.clone(),
            title: pick(&self.title, &base.title),
            summary: pick(&self.summary, &base.summary),
            language: pick(&self.language, &base.language),
            version: pick(&self.version, &base.version),
            authors: self.authors.clone().unwrap_or_else(|| base.authors.clone()),
            licence: pick(&self.licence, &base.licence),
            open: self.open.unwrap_or(base.open),
            translations: self.translations.clone().unwrap_or_else(|| base.translations.clone()),
            lessons: apply_list(&base.lessons, &self.lessons)?,
            assets: apply_list(&base.assets, &self.assets)?,
            quizzes: apply_list(&base.quizzes, &self.quizzes)?,
        })
    }

    /// Whether the delta changes nothing (the device already holds the current version).
    pub fn is_empty(&self) -> bool {
        self.base == self.sha256
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::BlobRef;

    fn lesson(id: &str, text: &str) -> LessonEntry {
        LessonEntry {
            id: id.into(),
            title: format!("Lesson {id}"),
            blob: BlobRef { sha256: format!("{text:0>64}"), bytes: 100, media_type: "text/html".into() },
        }
    }

    fn manifest(lessons: Vec<LessonEntry>) -> Manifest {
        Manifest {
            slug: "course".into(),
            title: "Course".into(),
            summary: "A course".into(),
            language: "en".into(),
            version: "1".into(),
            authors: vec!["A".into()],
            licence: "CC-BY-4.0".into(),
            open: false,
            translations: vec![],
            lessons,
            assets: vec![],
            quizzes: vec![],
        }
    }

    #[test]
    fn one_changed_lesson_is_one_new_entry_between_two_runs() {
        let old = manifest((0..20).map(|i| lesson(&i.to_string(), &i.to_string())).collect());
        let mut new = old.clone();
        new.lessons[7] = lesson("7", "edited");
        let delta = ManifestDelta::between(&old, "a", &new, "b");
        assert_eq!(
            delta.lessons,
            Some(vec![Piece::Keep([0, 7]), Piece::New(new.lessons[7].clone()), Piece::Keep([8, 12])])
        );
        assert_eq!((delta.title.as_ref(), delta.quizzes.as_ref(), delta.assets.as_ref()), (None, None, None));
        assert_eq!(delta.apply(&old), Some(new.clone()));
        // The JSON names only what changed: far smaller than the manifest.
        let json = serde_json::to_string(&delta).unwrap();
        assert!(json.len() * 5 < serde_json::to_string(&new).unwrap().len(), "{json}");
        let back: ManifestDelta = serde_json::from_str(&json).unwrap();
        assert_eq!(back, delta);
    }

    #[test]
    fn moves_removals_insertions_and_fields() {
        let old = manifest((0..6).map(|i| lesson(&i.to_string(), &i.to_string())).collect());
        let mut new = old.clone();
        new.lessons.swap(1, 4);
        new.lessons.remove(2);
        new.lessons.insert(0, lesson("x", "x"));
        new.title = "Renamed".into();
        new.open = true;
        new.version = "2".into();
        let delta = ManifestDelta::between(&old, "a", &new, "b");
        assert_eq!(delta.apply(&old), Some(new.clone()));
        assert_eq!(delta.summary, None);
        // Nothing changed: nothing but the two names.
        let same = ManifestDelta::between(&old, "a", &old, "a");
        assert!(same.is_empty());
        assert_eq!(serde_json::to_string(&same).unwrap(), r#"{"base":"a","sha256":"a"}"#);
        assert_eq!(same.apply(&old), Some(old.clone()));
        // Applied to some other manifest it does not fit, or gives something else (which the
        // client's SHA-256 check refuses).
        let short = manifest(vec![lesson("0", "0")]);
        assert_eq!(delta.apply(&short), None);
    }
}
