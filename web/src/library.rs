//! The learner's course library: what pages call to list, download, read and mark courses.
//!
//! It combines the network ([`crate::api`]) and the browser's storage ([`crate::storage`]):
//! a downloaded course is read from IndexedDB whether or not the server is reachable, and a
//! course that is not downloaded is read from the network. Pages see neither module.

use std::collections::BTreeMap;

use dala_wire::{
    Answer, AttemptRecord, CourseSummary, ErrorCode, EventKind, Grade, Manifest, Quiz, QuizState,
};

use crate::api::{self, ApiFailure};
use crate::storage::{self, LessonProgress, StorageError, StoredCourse};
use crate::sync;

/// A failure as the learner sees it; each has a translated message.
#[derive(Debug, Clone, PartialEq)]
pub enum Failure {
    /// Needs the server, which cannot be reached, and nothing is stored offline.
    Offline,
    NotFound,
    Integrity,
    Storage(String),
    Server(String),
    NotSignedIn,
    /// The session was ended by signing out elsewhere or by an administrator.
    SessionEnded,
    SessionExpired,
    WrongCredentials,
    TooManyAttempts,
    JoinCodeInvalid,
    JoinCodeExpired,
    JoinCodeUsedUp,
    LoginTaken,
    /// The server refused the input, with its explanation (English).
    Invalid(String),
    /// No certificate has this id (or the link's key is wrong: the server answers alike).
    CertificateNotFound,
    /// A certificate cannot be checked: no network, and no keys or revocation lists stored.
    NoTrust,
    /// Signed in, but this account may not see or do this.
    Forbidden,
    /// A refusal of the course editor, by its Fluent id (an image too large, a draft with
    /// problems, a course name taken…).
    Authoring(&'static str),
}

impl Failure {
    /// The Fluent id of the message shown for this failure.
    pub fn message_id(&self) -> &'static str {
        match self {
            Failure::Offline => "error-offline",
            Failure::NotFound => "error-not-found",
            Failure::Integrity => "error-integrity",
            Failure::Storage(_) => "error-storage",
            Failure::Server(_) => "error-server",
            Failure::NotSignedIn => "error-not-signed-in",
            Failure::SessionEnded => "error-session-ended",
            Failure::SessionExpired => "error-session-expired",
            Failure::WrongCredentials => "error-wrong-credentials",
            Failure::TooManyAttempts => "error-too-many-attempts",
            Failure::JoinCodeInvalid => "error-join-code-invalid",
            Failure::JoinCodeExpired => "error-join-code-expired",
            Failure::JoinCodeUsedUp => "error-join-code-used-up",
            Failure::LoginTaken => "error-login-taken",
            Failure::Invalid(_) => "error-invalid",
            Failure::CertificateNotFound => "error-certificate-not-found",
            Failure::NoTrust => "error-no-trust",
            Failure::Forbidden => "error-forbidden",
            Failure::Authoring(id) => id,
        }
    }
}

impl From<ApiFailure> for Failure {
    fn from(f: ApiFailure) -> Self {
        match f {
            ApiFailure::Offline => Failure::Offline,
            ApiFailure::Server { status, error } => match error.as_ref().map(|e| e.code) {
                Some(ErrorCode::WrongCredentials) => Failure::WrongCredentials,
                Some(ErrorCode::TooManyAttempts) => Failure::TooManyAttempts,
                Some(ErrorCode::JoinCodeInvalid) => Failure::JoinCodeInvalid,
                Some(ErrorCode::JoinCodeExpired) => Failure::JoinCodeExpired,
                Some(ErrorCode::JoinCodeUsedUp) => Failure::JoinCodeUsedUp,
                Some(ErrorCode::Conflict) => Failure::LoginTaken,
                Some(ErrorCode::SessionExpired) => Failure::SessionExpired,
                Some(ErrorCode::SessionRevoked | ErrorCode::SessionInvalid | ErrorCode::Unauthorized) => {
                    Failure::SessionEnded
                }
                Some(ErrorCode::Forbidden) => Failure::Forbidden,
                Some(ErrorCode::BadRequest) => Failure::Invalid(error.map(|e| e.message).unwrap_or_default()),
                _ if status == 404 => Failure::NotFound,
                _ => Failure::Server(match error {
                    Some(e) => e.message,
                    None => format!("HTTP {status}"),
                }),
            },
            ApiFailure::Integrity => Failure::Integrity,
            ApiFailure::Decode(e) => Failure::Server(e),
        }
    }
}

impl From<StorageError> for Failure {
    fn from(e: StorageError) -> Self {
        Failure::Storage(e.0)
    }
}

/// One course of the catalog, with what this device holds of it.
#[derive(Debug, Clone, PartialEq)]
pub struct CatalogEntry {
    pub course: CourseSummary,
    pub downloaded: bool,
}

/// The catalog, and whether it came from the server (`true`) or from offline storage.
pub async fn catalog() -> Result<(Vec<CatalogEntry>, bool), Failure> {
    let stored = storage::courses().await.unwrap_or_default();
    let downloaded = |slug: &str| stored.iter().any(|c| c.manifest.slug == slug && c.complete);
    match api::courses().await {
        Ok(courses) => {
            let entries = courses
                .into_iter()
                .map(|course| CatalogEntry { downloaded: downloaded(&course.slug), course })
                .collect();
            Ok((entries, true))
        }
        Err(ApiFailure::Offline) => {
            let entries = stored
                .iter()
                .filter(|c| c.complete)
                .map(|c| CatalogEntry {
                    course: CourseSummary::of(&c.manifest, &c.manifest_sha256),
                    downloaded: true,
                })
                .collect();
            Ok((entries, false))
        }
        Err(other) => Err(other.into()),
    }
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
    pub download: Download,
    /// Bytes of this course's blobs held on this device.
    pub stored_bytes: u64,
    /// The server has a newer version than the one downloaded: what updating would fetch.
    pub update: Option<UpdateSize>,
    pub progress: BTreeMap<String, LessonProgress>,
    /// Ids of the quizzes passed (on this device or any other).
    pub quizzes_passed: Vec<String>,
}

impl CourseView {
    /// Every lesson completed and every quiz passed.
    pub fn complete(&self) -> bool {
        self.manifest.lessons.iter().all(|l| self.progress.get(&l.id).is_some_and(|p| p.completed))
            && self.manifest.quizzes.iter().all(|q| self.quizzes_passed.contains(&q.id))
    }
}

pub async fn course(slug: &str) -> Result<CourseView, Failure> {
    let stored = storage::course(slug).await?;
    let progress = progress(slug).await;
    let (manifest, update) = match (api::manifest(slug).await, &stored) {
        (Ok((manifest, sha)), Some(s)) if s.complete && sha != s.manifest_sha256 => {
            let mut update = UpdateSize { bytes: 0, blobs: 0 };
            for blob in manifest.blobs() {
                if !storage::has_blob(&blob.sha256).await? {
                    update.bytes += blob.bytes;
                    update.blobs += 1;
                }
            }
            (s.manifest.clone(), Some(update))
        }
        (Ok((manifest, _)), _) => (manifest, None),
        (Err(ApiFailure::Offline), Some(s)) => (s.manifest.clone(), None),
        (Err(e), _) => return Err(e.into()),
    };
    let download = match &stored {
        None => Download::None,
        Some(s) if s.complete => Download::Complete,
        Some(_) => Download::Partial,
    };
    let mut stored_bytes = 0;
    if download != Download::None {
        for blob in manifest.blobs() {
            if storage::has_blob(&blob.sha256).await? {
                stored_bytes += blob.bytes;
            }
        }
    }
    let mut quizzes_passed = Vec::new();
    for quiz in &manifest.quizzes {
        if quiz_state(slug, &quiz.id, quiz.max_attempts).await.passed {
            quizzes_passed.push(quiz.id.clone());
        }
    }
    Ok(CourseView { manifest, download, stored_bytes, update, progress, quizzes_passed })
}

/// This device's marks for a course, with what the server confirmed from every device.
async fn progress(slug: &str) -> BTreeMap<String, LessonProgress> {
    let mut progress = storage::progress(slug).await.unwrap_or_default();
    let confirmed = storage::sync_state().await.unwrap_or_default();
    for course in confirmed.progress.iter().filter(|c| c.course == slug) {
        for (id, state) in &course.lessons {
            let mark = progress.entry(id.clone()).or_default();
            mark.opened |= state.opened;
            mark.completed |= state.completed;
        }
    }
    progress
}

/// How far a download has got.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct DownloadProgress {
    pub done_bytes: u64,
    pub total_bytes: u64,
}

/// Downloads the current version of a course for offline study, reporting progress after
/// every blob. Blobs already stored (from an interrupted attempt, an earlier version, or shared
/// with another course) are not fetched again, so an update moves only what changed; every fetched blob is checked against its SHA-256 before it
/// is stored, and the course counts as downloaded only when every blob is in.
pub async fn download(slug: &str, on_progress: impl Fn(DownloadProgress)) -> Result<(), Failure> {
    // Asked on the learner's action, as browsers expect; the course works without it.
    let _persisted = storage::request_persistence().await;
    let (manifest, manifest_sha256) = api::manifest(slug).await?;
    let blobs: Vec<_> = manifest.blobs().into_iter().cloned().collect();
    let mut progress = DownloadProgress { done_bytes: 0, total_bytes: manifest.download_bytes() };
    let previous = storage::course(slug).await?;
    // An update leaves the downloaded version in place until the new one is whole: an update
    // cut short (network gone, tab closed) keeps the course studiable offline.
    if previous.as_ref().is_none_or(|p| !p.complete) {
        let record = StoredCourse {
            manifest: manifest.clone(),
            manifest_sha256: manifest_sha256.clone(),
            complete: false,
        };
        storage::put_course(&record).await?;
    }
    on_progress(progress);
    for blob in &blobs {
        if !storage::has_blob(&blob.sha256).await? {
            let bytes = api::blob(blob).await?;
            storage::put_blob(&blob.sha256, &bytes).await?;
        }
        progress.done_bytes += blob.bytes;
        on_progress(progress);
    }
    storage::put_course(&StoredCourse { manifest, manifest_sha256, complete: true }).await?;
    Ok(())
}

/// Removes a course's downloaded content from this device (progress marks stay).
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
    pub progress: LessonProgress,
    /// SHA-256 of the manifest shown: progress events name the version studied.
    pub manifest_sha256: String,
}

/// Reads a lesson from storage when the course is downloaded, else from the network, and
/// marks it opened.
pub async fn lesson(slug: &str, lesson_id: &str) -> Result<LessonView, Failure> {
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
    let mut progress = self::progress(slug).await.remove(lesson_id).unwrap_or_default();
    if !progress.opened {
        progress.opened = true;
        progress.updated_at = js_sys::Date::now();
        storage::put_progress(slug, lesson_id, &progress).await?;
        sync::record(slug, &manifest_sha256, lesson_id, EventKind::LessonOpened).await?;
    }
    Ok(LessonView { manifest, index, html, object_urls, progress, manifest_sha256 })
}

/// Marks a lesson complete on this device and records it for the server. Completion is
/// never taken back: the server's merge keeps it whatever arrives later.
pub async fn complete_lesson(slug: &str, version: &str, lesson_id: &str) -> Result<LessonProgress, Failure> {
    let mut progress = storage::progress(slug).await?.remove(lesson_id).unwrap_or_default();
    if !progress.completed {
        progress.opened = true;
        progress.completed = true;
        progress.updated_at = js_sys::Date::now();
        storage::put_progress(slug, lesson_id, &progress).await?;
        sync::record(slug, version, lesson_id, EventKind::LessonCompleted).await?;
    }
    Ok(progress)
}

/// A quiz ready to take, with every attempt known (this device's and the server's).
#[derive(Debug, Clone, PartialEq)]
pub struct QuizView {
    pub manifest: Manifest,
    pub manifest_sha256: String,
    pub quiz: Quiz,
    pub state: QuizState,
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
    let state = quiz_state(slug, quiz_id, quiz.max_attempts).await;
    Ok(QuizView { manifest, manifest_sha256, quiz, state })
}

/// This device's attempts merged with the ones the server confirmed (from every device).
/// Attempts beyond `max_attempts` do not count, as on the server.
async fn quiz_state(slug: &str, quiz_id: &str, max_attempts: Option<u32>) -> QuizState {
    let mut state = storage::quiz_state(slug, quiz_id).await.unwrap_or_default();
    let confirmed = storage::sync_state().await.unwrap_or_default();
    let server = confirmed.progress.iter().filter(|c| c.course == slug).find_map(|c| c.quizzes.get(quiz_id));
    if let Some(server) = server {
        for attempt in &server.attempts {
            match state.attempts.iter_mut().find(|a| a.id == attempt.id) {
                // The server's verdict is the record.
                Some(local) => *local = attempt.clone(),
                None => state.attempts.push(attempt.clone()),
            }
        }
    }
    QuizState::from_attempts(state.attempts, max_attempts)
}

/// Grades an attempt here, keeps it, and records it for the server (which grades it again).
pub async fn submit_quiz(view: &QuizView, answers: Vec<Answer>) -> Result<Grade, Failure> {
    let slug = &view.manifest.slug;
    let grade = view.quiz.grade(&answers);
    let id =
        sync::record(slug, &view.manifest_sha256, &view.quiz.id, EventKind::QuizAttempt { answers }).await?;
    let mut state = storage::quiz_state(slug, &view.quiz.id).await?;
    state.attempts.push(AttemptRecord {
        id,
        client_time: js_sys::Date::now() as i64,
        score: grade.score,
        passed: grade.passed,
        counted: true,
    });
    let state = QuizState::from_attempts(state.attempts, view.quiz.max_attempts);
    storage::put_quiz_state(slug, &view.quiz.id, &state).await?;
    Ok(grade)
}

/// Releases what [`lesson`] made for showing a lesson.
pub fn close_lesson(view: &LessonView) {
    for url in &view.object_urls {
        storage::revoke_object_url(url);
    }
}
