//! The learner's course library: what pages call to list, download, read and mark courses.
//!
//! It combines the network ([`crate::api`]) and the browser's storage ([`crate::storage`]):
//! a downloaded course is read from IndexedDB whether or not the server is reachable, and a
//! course that is not downloaded is read from the network. Pages see neither module.
//!
//! What the learner has done is never stored here: it is derived each time from the events
//! ([`crate::device::view`], which is [`dala_wire::merge`], the server's own rule), so a page
//! shows exactly what the server will hold once the outbox is sent.

use dala_wire::{
    Answer, CourseProgress, CourseSummary, EventKind, Grade, Graded, LessonState, Manifest, Quiz, QuizState,
};

use crate::api::{self, ApiFailure};
use crate::device::{self, Fact};
pub use crate::device::{Access, AfterLesson};
use crate::failure::Failure;
use crate::storage::{self, StorageError, StoredCourse};
use crate::sync;

/// One course of the catalog, with what this device holds of it.
#[derive(Debug, Clone, PartialEq)]
pub struct CatalogEntry {
    pub course: CourseSummary,
    pub downloaded: bool,
    /// Whether the signed-in learner (or nobody) may take it.
    pub access: Access,
    /// A downloaded course's first lesson not completed yet: its number (from 1), id and title.
    pub continue_at: Option<NextLesson>,
}

/// The lesson "continue" leads to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NextLesson {
    /// Counted from 1, as the learner counts.
    pub number: usize,
    pub id: String,
    pub title: String,
}

fn next_lesson(manifest: &Manifest, progress: &CourseProgress) -> Option<NextLesson> {
    device::first_unfinished(manifest, progress).map(|(index, lesson)| NextLesson {
        number: index + 1,
        id: lesson.id.clone(),
        title: lesson.title.clone(),
    })
}

/// Who is signed in (their session's account) and their derived progress in every course.
struct Learner {
    enrollments: Option<Vec<String>>,
    confirmed: Vec<CourseProgress>,
    progress: Vec<CourseProgress>,
}

impl Learner {
    async fn read() -> Learner {
        let user = storage::session().await.ok().flatten().map(|s| s.user);
        let (outbox, state) = storage::waiting_and_confirmed().await.unwrap_or_default();
        let account = user.as_ref().map(|u| u.id.as_str());
        let progress = device::view(&state.confirmed, &outbox, account);
        let confirmed = match account {
            Some(id) if state.confirmed.account == id => state.confirmed.progress,
            _ => Vec::new(),
        };
        Learner { enrollments: user.map(|u| u.enrollments), confirmed, progress }
    }

    fn access(&self, slug: &str, open: bool) -> Access {
        device::access(slug, open, self.enrollments.as_deref(), &self.confirmed)
    }

    fn progress(&self, slug: &str) -> CourseProgress {
        self.progress
            .iter()
            .find(|p| p.course == slug)
            .cloned()
            .unwrap_or_else(|| CourseProgress { course: slug.to_owned(), ..CourseProgress::default() })
    }
}

/// Where the catalog shown came from.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum CatalogSource {
    /// The server's answer just now.
    Server,
    /// The server could not be reached: the last catalog this device saw, from `seen_at`
    /// (milliseconds since the Unix epoch), downloaded courses first.
    Kept { seen_at: f64 },
    /// The server could not be reached and no catalog was ever kept: the downloaded courses.
    Downloads,
}

/// The catalog a page shows.
#[derive(Debug, Clone, PartialEq)]
pub struct Catalog {
    pub entries: Vec<CatalogEntry>,
    pub source: CatalogSource,
}

impl Catalog {
    pub fn is_from_server(&self) -> bool {
        self.source == CatalogSource::Server
    }
}

/// The catalog: the server's, kept on the device for offline visits (it is public: the same
/// answer for everyone, asked without a session); or, when the server cannot be reached, the
/// last one kept with what this device holds in front ([`offline_catalog`]).
pub async fn catalog() -> Result<Catalog, Failure> {
    let stored = storage::courses().await.unwrap_or_default();
    let learner = Learner::read().await;
    let entry = |course: CourseSummary| {
        let held = stored.iter().find(|c| c.manifest.slug == course.slug && c.complete);
        CatalogEntry {
            downloaded: held.is_some(),
            access: learner.access(&course.slug, course.open),
            continue_at: held.and_then(|c| next_lesson(&c.manifest, &learner.progress(&course.slug))),
            course,
        }
    };
    let failure = match api::courses().await {
        Ok(courses) => {
            storage::keep_catalog(&courses);
            // The issuer's keys, once a day: what opens a course file carried in with no
            // network, and what a progress file is sealed to.
            wasm_bindgen_futures::spawn_local(crate::certificates::keep_trust_current());
            let entries = courses.into_iter().map(entry).collect();
            return Ok(Catalog { entries, source: CatalogSource::Server });
        }
        Err(failure) => failure,
    };
    // Unreachable: no network, the server down or a gateway answering for it, or something
    // that is not the server's JSON at all (a Wi-Fi login page).
    let unreachable = match &failure {
        ApiFailure::Offline | ApiFailure::Decode(_) => true,
        ApiFailure::Server { status, .. } => matches!(status, 502..=504),
        ApiFailure::Integrity => false,
    };
    if !unreachable {
        return Err(failure.into());
    }
    let downloaded: Vec<CourseSummary> = stored
        .iter()
        .filter(|c| c.complete)
        .map(|c| CourseSummary::of(&c.manifest, &c.manifest_sha256))
        .collect();
    let kept = storage::kept_catalog();
    if kept.is_none() && downloaded.is_empty() && failure != ApiFailure::Offline {
        return Err(failure.into());
    }
    let source = match &kept {
        Some(kept) => CatalogSource::Kept { seen_at: kept.seen_at },
        None => CatalogSource::Downloads,
    };
    let courses = offline_catalog(kept.map(|k| k.courses).unwrap_or_default(), downloaded);
    Ok(Catalog { entries: courses.into_iter().map(entry).collect(), source })
}

/// The catalog shown offline: the downloaded courses first (in the kept catalog's order, then
/// any it does not list), each as the version held here, then the rest of the kept catalog.
pub fn offline_catalog(kept: Vec<CourseSummary>, downloaded: Vec<CourseSummary>) -> Vec<CourseSummary> {
    let mut first: Vec<CourseSummary> = Vec::new();
    let mut rest = Vec::new();
    for course in kept {
        match downloaded.iter().find(|d| d.slug == course.slug) {
            Some(held) => first.push(held.clone()),
            None => rest.push(course),
        }
    }
    for held in downloaded {
        if !first.iter().any(|c| c.slug == held.slug) {
            first.push(held);
        }
    }
    first.extend(rest);
    first
}

/// What downloading a newer version would move: only the blobs this device does not hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UpdateSize {
    pub bytes: u64,
    pub blobs: usize,
}

/// What this device holds of a course.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Download {
    None,
    /// Started and interrupted: downloading again fetches only what is missing.
    Partial,
    Complete,
}

/// Everything the course page shows.
#[derive(Debug, Clone, PartialEq)]
pub struct CourseView {
    pub manifest: Manifest,
    /// The SHA-256 of the manifest shown (the version a question on the course page names).
    pub manifest_sha256: String,
    pub download: Download,
    /// Bytes of this course's blobs held on this device.
    pub stored_bytes: u64,
    /// Bytes of the images of a downloaded course not on this device (left out by the data
    /// saver until tapped).
    pub images_left: u64,
    /// The server has a newer version than the one downloaded: what updating would fetch.
    pub update: Option<UpdateSize>,
    /// The signed-in learner's progress (from every device, and this one's waiting events).
    pub progress: CourseProgress,
    /// Whether the signed-in learner (or nobody) may take the course.
    pub access: Access,
}

impl CourseView {
    /// The first lesson not completed yet, where "continue" leads.
    pub fn continue_at(&self) -> Option<NextLesson> {
        next_lesson(&self.manifest, &self.progress)
    }

    /// Every lesson completed and every quiz passed: the server's rule.
    pub fn complete(&self) -> bool {
        self.progress.is_complete(&self.manifest)
    }

    pub fn lesson(&self, id: &str) -> LessonState {
        self.progress.lessons.get(id).copied().unwrap_or_default()
    }

    pub fn quiz_passed(&self, id: &str) -> bool {
        self.progress.quizzes.get(id).is_some_and(|q| q.passed)
    }
}

/// Which hand-over of a course's current version (slug, manifest, SHA-256) is meant.
#[derive(Clone, Copy)]
enum Latest {
    /// What [`course`] found at the server, for the [`download`] its page may start.
    Seen,
    /// What [`download`] stored, for the page it reloads.
    Downloaded,
}

thread_local! {
    /// The hand-overs (slug and version), each used once, so neither side asks the server
    /// again for what the other just learnt. A page opened later asks again.
    static LATEST: std::cell::RefCell<[Option<(String, api::Version)>; 2]> =
        const { std::cell::RefCell::new([None, None]) };
}

fn take_latest(which: Latest, slug: &str) -> Option<api::Version> {
    LATEST.with(|l| l.borrow_mut()[which as usize].take()).filter(|(s, _)| s == slug).map(|(_, v)| v)
}

fn keep_latest(which: Latest, slug: &str, version: &api::Version) {
    LATEST.with(|l| l.borrow_mut()[which as usize] = Some((slug.to_owned(), version.clone())));
}

pub async fn course(slug: &str) -> Result<CourseView, Failure> {
    let stored = storage::course(slug).await?;
    let learner = Learner::read().await;
    let progress = learner.progress(slug);
    // A device holding a version asks for what changed since it (a few hundred bytes); just
    // after a download it knows.
    let current = match (take_latest(Latest::Downloaded, slug), &stored) {
        (Some(latest), Some(_)) => Ok(latest),
        (_, stored) => {
            let asked = match stored {
                Some(s) => api::version_since(slug, &s.manifest, &s.manifest_sha256).await,
                None => api::version(slug).await,
            };
            if let Ok(version) = &asked {
                keep_latest(Latest::Seen, slug, version);
            }
            asked
        }
    };
    let (manifest, manifest_sha256, update) = match (current, &stored) {
        (Ok(api::Version { manifest, sha256: sha, .. }), Some(s))
            if s.complete && sha != s.manifest_sha256 =>
        {
            let mut update = UpdateSize { bytes: 0, blobs: 0 };
            for blob in manifest.blobs() {
                if !storage::has_blob(&blob.sha256).await? {
                    update.bytes += blob.bytes;
                    update.blobs += 1;
                }
            }
            (s.manifest.clone(), s.manifest_sha256.clone(), Some(update))
        }
        (Ok(api::Version { manifest, sha256, .. }), _) => (manifest, sha256, None),
        (Err(ApiFailure::Offline), Some(s)) => (s.manifest.clone(), s.manifest_sha256.clone(), None),
        (Err(e), _) => return Err(e.into()),
    };
    let download = match &stored {
        None => Download::None,
        Some(s) if s.complete => Download::Complete,
        Some(_) => Download::Partial,
    };
    let (mut stored_bytes, mut images_left) = (0, 0);
    if download != Download::None {
        for blob in manifest.blobs() {
            if storage::has_blob(&blob.sha256).await? {
                stored_bytes += blob.bytes;
            } else if blob.is_image() {
                images_left += blob.bytes;
            }
        }
    }
    let access = learner.access(slug, manifest.open);
    Ok(CourseView {
        manifest,
        manifest_sha256,
        download,
        stored_bytes,
        images_left,
        update,
        progress,
        access,
    })
}

/// The signed-in learner's progress in a course: what the server last confirmed for them,
/// merged with their events still waiting here. Nobody signed in: none.
async fn progress(slug: &str) -> CourseProgress {
    let account = storage::session().await.ok().flatten().map(|s| s.user.id);
    // Only this course's part is merged: a page never needs the others.
    let (mut outbox, state) = storage::waiting_and_confirmed().await.unwrap_or_default();
    outbox.retain(|entry| entry.event.course == slug);
    let mut confirmed = state.confirmed;
    confirmed.progress.retain(|course| course.course == slug);
    device::view(&confirmed, &outbox, account.as_deref())
        .pop()
        .unwrap_or_else(|| CourseProgress { course: slug.to_owned(), ..CourseProgress::default() })
}

/// How far a download has got.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct DownloadProgress {
    pub done_bytes: u64,
    pub total_bytes: u64,
}

/// Downloads the current version of a course for offline study, reporting progress as bytes
/// arrive. A device holding a version asks only for what changed since it (a manifest delta);
/// a blob cut halfway resumes with `Range` where it stopped. Blobs already stored (from an interrupted attempt, an earlier version, or shared
/// with another course) are not fetched again, so an update moves only what changed; every fetched blob is checked against its SHA-256 before it
/// is stored, and the course counts as downloaded only when every blob is in.
///
/// `text_only` (data saver) leaves the images out: the course counts as downloaded with its
/// text, and each image is fetched when the learner taps it ([`show_image`]).
pub async fn download(
    slug: &str,
    text_only: bool,
    on_progress: impl Fn(DownloadProgress),
) -> Result<(), Failure> {
    // Asked on the learner's action, as browsers expect; the course works without it.
    let _persisted = storage::request_persistence().await;
    let previous = storage::course(slug).await?;
    let version = match (take_latest(Latest::Seen, slug), &previous) {
        (Some(latest), _) => latest,
        (None, Some(p)) => api::version_since(slug, &p.manifest, &p.manifest_sha256).await?,
        (None, None) => api::version(slug).await?,
    };
    let api::Version { manifest, sha256: manifest_sha256, seal } = version.clone();
    let blobs: Vec<_> =
        manifest.blobs().into_iter().filter(|b| !(text_only && b.is_image())).cloned().collect();
    let total_bytes = if text_only { manifest.text_bytes() } else { manifest.download_bytes() };
    let mut progress = DownloadProgress { done_bytes: 0, total_bytes };
    let total = progress.total_bytes;
    let full = move |e: StorageError, done: u64| Failure::from(e.needing(total - done));
    // An update leaves the downloaded version in place until the new one is whole: an update
    // cut short (network gone, tab closed) keeps the course studiable offline.
    if previous.as_ref().is_none_or(|p| !p.complete) {
        let record = StoredCourse {
            manifest: manifest.clone(),
            manifest_sha256: manifest_sha256.clone(),
            complete: false,
            seal: seal.clone(),
        };
        storage::put_course(&record).await.map_err(|e| full(e, 0))?;
    }
    on_progress(progress);
    for blob in &blobs {
        if !storage::has_blob(&blob.sha256).await? {
            // A cut connection resumes where it stopped; the bar moves as bytes arrive.
            let done = progress.done_bytes;
            let on_bytes =
                |part| on_progress(DownloadProgress { done_bytes: done + part, total_bytes: total });
            // An edited lesson comes as a patch of the one held, when that is smaller.
            let held = match previous.as_ref().and_then(|p| predecessor(&p.manifest, &manifest, &blob.sha256))
            {
                Some(old) => storage::blob(&old.sha256).await?.map(|bytes| (old.sha256.clone(), bytes)),
                None => None,
            };
            let bytes = match held {
                Some((old, old_bytes)) => api::blob_patched(blob, &old, &old_bytes, &on_bytes).await?,
                None => api::blob_resuming(blob, &on_bytes).await?,
            };
            // A full device refuses this blob: what is stored stays, the download resumes later.
            storage::put_blob(&blob.sha256, &bytes).await.map_err(|e| full(e, progress.done_bytes))?;
        }
        progress.done_bytes += blob.bytes;
        on_progress(progress);
    }
    keep_latest(Latest::Downloaded, slug, &version);
    storage::put_course(&StoredCourse { manifest, manifest_sha256, complete: true, seal }).await?;
    // The previous version's lessons that changed are no longer named by any kept course.
    storage::prune_blobs().await?;
    Ok(())
}

/// The blob of the version held that the new version's blob `sha256` most likely edits: the
/// same lesson's or quiz's.
fn predecessor<'a>(held: &'a Manifest, new: &Manifest, sha256: &str) -> Option<&'a dala_wire::BlobRef> {
    if let Some(lesson) = new.lessons.iter().find(|l| l.blob.sha256 == sha256) {
        return held.lesson(&lesson.id).map(|l| &l.blob);
    }
    let quiz = new.quizzes.iter().find(|q| q.blob.sha256 == sha256)?;
    held.quiz(&quiz.id).map(|q| &q.blob)
}

/// Whether downloads take text first and images only on a tap (the learner's setting, else the
/// browser's `Save-Data` hint).
pub fn data_saver() -> bool {
    storage::data_saver()
}

pub fn set_data_saver(on: bool) {
    storage::set_data_saver(on)
}

/// Fetches image `sha256` of course `slug` on the learner's tap (data saver), keeps it with the
/// course when the course is downloaded, and returns an object URL to show it (it lives as
/// long as the page: one per tapped image).
pub async fn show_image(slug: &str, sha256: &str) -> Result<String, Failure> {
    if let Some(bytes) = storage::blob(sha256).await? {
        let media_type = match storage::course(slug).await? {
            Some(c) => {
                c.manifest.assets.iter().find(|a| a.blob.sha256 == sha256).map(|a| a.blob.media_type.clone())
            }
            None => None,
        };
        return storage::object_url(&bytes, media_type.as_deref().unwrap_or("image/*"))
            .ok_or(Failure::Storage("image".into()));
    }
    let stored = storage::course(slug).await?;
    let manifest = match &stored {
        Some(course) => course.manifest.clone(),
        None => api::manifest(slug).await?.0,
    };
    let blob = manifest
        .assets
        .iter()
        .find(|a| a.blob.sha256 == sha256)
        .map(|a| a.blob.clone())
        .ok_or(Failure::NotFound)?;
    let bytes = api::blob_resuming(&blob, &|_| {}).await?;
    if stored.is_some() {
        // Kept for next time; a full device only means it is fetched again then.
        let _ = storage::put_blob(&blob.sha256, &bytes).await;
    }
    storage::object_url(&bytes, &blob.media_type).ok_or(Failure::Storage("image".into()))
}

/// Removes a course's downloaded content from this device (the learner's progress stays).
pub async fn remove(slug: &str) -> Result<(), Failure> {
    Ok(storage::delete_course(slug).await?)
}

/// A lesson ready to show.
#[derive(Debug, Clone, PartialEq)]
pub struct LessonView {
    pub manifest: Manifest,
    pub index: usize,
    /// Sanitised HTML (sanitised by the server at publish time, verified by SHA-256 here).
    pub html: String,
    /// Object URLs made for images read from storage; revoke them when the lesson closes.
    pub object_urls: Vec<String>,
    pub progress: LessonState,
    /// Opening the lesson could not be recorded (the device is full, say): shown, not fatal.
    pub not_recorded: Option<Failure>,
    /// SHA-256 of the manifest shown: progress events name the version studied.
    pub manifest_sha256: String,
    /// Whether progress can be recorded: nothing is recorded in a course the learner may not take.
    pub access: Access,
    /// Where "Complete and continue" leads.
    pub after: AfterLesson,
}

/// Reads a lesson from storage when the course is downloaded, else from the network, and
/// marks it opened. In data-saver mode an image not on the device is a button instead
/// (`.image-placeholder`, its blob in `data-blob`), labelled by `image_label` with the image's
/// size and description, which [`show_image`] fetches on a tap.
pub async fn lesson(
    slug: &str,
    lesson_id: &str,
    image_label: &dyn Fn(u64, &str) -> String,
) -> Result<LessonView, Failure> {
    let stored = storage::course(slug).await?.filter(|c| c.complete);
    let (manifest, manifest_sha256) = match &stored {
        Some(course) => (course.manifest.clone(), course.manifest_sha256.clone()),
        None => api::manifest(slug).await?,
    };
    let index = manifest.lessons.iter().position(|l| l.id == lesson_id).ok_or(Failure::NotFound)?;
    let entry = &manifest.lessons[index];
    let mut object_urls = Vec::new();
    let html = if stored.is_some() {
        let bytes =
            storage::blob(&entry.blob.sha256).await?.ok_or(Failure::Storage("missing lesson".into()))?;
        let mut html = String::from_utf8_lossy(&bytes).into_owned();
        // Images point at the server; offline they must come from storage instead.
        for asset in &manifest.assets {
            let path = dala_wire::blob_path(&asset.blob.sha256);
            if !html.contains(&path) {
                continue;
            }
            let stored = storage::blob(&asset.blob.sha256).await?;
            if let Some(url) = stored.and_then(|bytes| storage::object_url(&bytes, &asset.blob.media_type)) {
                html = html.replace(&path, &url);
                object_urls.push(url);
            }
        }
        html
    } else {
        String::from_utf8_lossy(&api::blob(&entry.blob).await?).into_owned()
    };
    let html = if data_saver() {
        manifest
            .assets
            .iter()
            .filter(|a| a.blob.is_image())
            .fold(html, |html, asset| image_placeholders(&html, &asset.blob, image_label))
    } else {
        html
    };
    let learner = Learner::read().await;
    let access = learner.access(slug, manifest.open);
    let course_progress = learner.progress(slug);
    let after = device::after_lesson(&manifest, index, &course_progress);
    let mut progress = course_progress.lessons.get(lesson_id).copied().unwrap_or_default();
    let mut not_recorded = None;
    if !progress.opened && access.allowed() {
        match sync::record(fact(slug, &manifest_sha256, lesson_id, EventKind::LessonOpened)).await {
            Ok(_) => progress.opened = true,
            // Reading without an account is allowed; nothing is kept of it.
            Err(Failure::NotSignedIn) => {}
            Err(other) => not_recorded = Some(other),
        }
    }
    Ok(LessonView {
        manifest,
        index,
        html,
        object_urls,
        progress,
        not_recorded,
        manifest_sha256,
        access,
        after,
    })
}

fn fact(course: &str, version: &str, item: &str, kind: EventKind) -> Fact {
    Fact {
        course: course.to_owned(),
        course_version: version.to_owned(),
        item: item.to_owned(),
        kind,
        graded: None,
    }
}

/// Records that the signed-in learner completed a lesson; the page shows what the events now
/// say. Completion is never taken back: the merge keeps it whatever arrives later.
pub async fn complete_lesson(slug: &str, version: &str, lesson_id: &str) -> Result<LessonState, Failure> {
    let progress = self::progress(slug).await.lessons.remove(lesson_id).unwrap_or_default();
    if progress.completed {
        return Ok(progress);
    }
    sync::record(fact(slug, version, lesson_id, EventKind::LessonCompleted)).await?;
    Ok(self::progress(slug).await.lessons.remove(lesson_id).unwrap_or_default())
}

/// A quiz ready to take, with every attempt known (this device's and the server's).
#[derive(Debug, Clone, PartialEq)]
pub struct QuizView {
    pub manifest: Manifest,
    pub manifest_sha256: String,
    pub quiz: Quiz,
    pub state: QuizState,
    /// Whether attempts can be recorded.
    pub access: Access,
}

impl QuizView {
    /// Attempts left under the quiz's limit; `None` for no limit.
    pub fn attempts_left(&self) -> Option<u32> {
        self.quiz.max_attempts.map(|max| max.saturating_sub(self.state.attempts.len() as u32))
    }
}

/// Reads a quiz, from storage when the course is downloaded, else from the network.
pub async fn quiz(slug: &str, quiz_id: &str) -> Result<QuizView, Failure> {
    let stored = storage::course(slug).await?.filter(|c| c.complete);
    let (manifest, manifest_sha256) = match &stored {
        Some(course) => (course.manifest.clone(), course.manifest_sha256.clone()),
        None => api::manifest(slug).await?,
    };
    let entry = manifest.quiz(quiz_id).ok_or(Failure::NotFound)?;
    let bytes = match stored {
        Some(_) => storage::blob(&entry.blob.sha256).await?.ok_or(Failure::Storage("missing quiz".into()))?,
        None => api::blob(&entry.blob).await?,
    };
    let quiz: Quiz = serde_json::from_slice(&bytes).map_err(|e| Failure::Server(e.to_string()))?;
    let learner = Learner::read().await;
    let state = learner.progress(slug).quizzes.remove(quiz_id).unwrap_or_default();
    let access = learner.access(slug, manifest.open);
    Ok(QuizView { manifest, manifest_sha256, quiz, state, access })
}

/// Grades an attempt here and records it, with its grade, for the server (which grades it
/// again). Nobody signed in: [`Failure::NotSignedIn`], nothing kept.
pub async fn submit_quiz(view: &QuizView, answers: Vec<Answer>) -> Result<Grade, Failure> {
    let grade = view.quiz.grade(&answers);
    let mut fact =
        fact(&view.manifest.slug, &view.manifest_sha256, &view.quiz.id, EventKind::QuizAttempt { answers });
    fact.graded = Some(Graded { grade: grade.clone(), max_attempts: view.quiz.max_attempts });
    sync::record(fact).await?;
    Ok(grade)
}

/// `html` with every `<img>` showing blob `blob` from the server replaced by a button that
/// fetches it on a tap. The HTML is the server's sanitised output, whose attributes are quoted
/// and escaped, so the image's `alt` text is copied as it is.
fn image_placeholders(html: &str, blob: &dala_wire::BlobRef, label: &dyn Fn(u64, &str) -> String) -> String {
    let src = format!("src=\"{}\"", dala_wire::blob_path(&blob.sha256));
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find("<img") {
        let Some(length) = rest[start..].find('>') else { break };
        let tag = &rest[start..start + length + 1];
        out.push_str(&rest[..start]);
        if tag.contains(&src) {
            let alt = tag.split("alt=\"").nth(1).and_then(|a| a.split('"').next()).unwrap_or_default();
            out.push_str(&format!(
                "<button type=\"button\" class=\"image-placeholder\" data-blob=\"{}\" data-bytes=\"{}\" data-alt=\"{alt}\">{}</button>",
                blob.sha256,
                blob.bytes,
                label(blob.bytes, alt)
            ));
        } else {
            out.push_str(tag);
        }
        rest = &rest[start + length + 1..];
    }
    out.push_str(rest);
    out
}

/// Releases what [`lesson`] made for showing a lesson.
pub fn close_lesson(view: &LessonView) {
    for url in &view.object_urls {
        storage::revoke_object_url(url);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn course(slug: &str, version: &str) -> CourseSummary {
        CourseSummary {
            slug: slug.into(),
            title: slug.into(),
            summary: String::new(),
            language: "en".into(),
            version: version.into(),
            lesson_count: 1,
            download_bytes: 1,
            manifest_sha256: version.into(),
            translations: Vec::new(),
            open: true,
        }
    }

    #[test]
    fn offline_the_downloaded_courses_come_first_as_held() {
        let kept = vec![course("a", "2"), course("b", "2"), course("c", "2")];
        let downloaded = vec![course("c", "1"), course("gone", "1")];
        let shown = offline_catalog(kept, downloaded);
        let slugs: Vec<(&str, &str)> = shown.iter().map(|c| (c.slug.as_str(), c.version.as_str())).collect();
        assert_eq!(slugs, [("c", "1"), ("gone", "1"), ("a", "2"), ("b", "2")]);
    }

    #[test]
    fn with_nothing_kept_the_downloads_are_the_catalog() {
        let shown = offline_catalog(Vec::new(), vec![course("a", "1")]);
        assert_eq!(shown, vec![course("a", "1")]);
        assert!(offline_catalog(Vec::new(), Vec::new()).is_empty());
    }
}
