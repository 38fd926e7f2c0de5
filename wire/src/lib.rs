//! Every type that crosses the wire between the Dala server and its clients.
//!
//! This crate is the API contract: the server serialises these types and the wasm client
//! deserialises them (and the other way round). It depends on serde (and sha2, for the compact
//! sync's digests), builds for wasm32 and for the host, and knows nothing about HTTP, databases
//! or the browser. Change it deliberately:
//! a downloaded course keeps its manifest for months, so the client must still read old ones.

use serde::{Deserialize, Serialize};

mod authoring;
pub mod bundles;
mod certificates;
mod compact;
mod delta;
pub mod display;
mod files;
pub mod languages;
pub mod limits;
mod mentoring;
mod organizations;
mod progress;
mod quiz;
mod reports;
pub use authoring::{
    AuthoringCourse, CourseDraft, CourseMetadata, CoursePublished, CreateCourse, DraftImage, DraftItem,
    DraftLesson, DraftProblem, DraftSaved, Preview, PreviewRequest, PublishDraft, SaveDraft, SourceChange,
    StoredDraft, TranslationRecord, TranslationStatus, UploadedImage,
};
#[cfg(feature = "qr")]
pub use certificates::qr_code;
pub use certificates::{
    CertificateRecord, CredentialSummary, IssuedCertificate, Jwk, Jwks, QrModules, Revocation,
    RevokeCertificate, SharedCertificate, Trust, Verification, VerificationReason, VerificationStatus,
    VerifyRequest,
};
pub use compact::{
    CompactEvent, CompactKind, CompactSyncRequest, CompactSyncResponse, CourseDelta, DeltaMismatch,
    EventGroup, HeldCourse, HeldQuiz, QuizDelta, apply, delta, held, same_device,
};
pub use delta::{BLOB_PATCH_TYPE, MANIFEST_DELTA_TYPE, ManifestDelta, Piece};
pub use files::{DeviceKeys, ImportedProgress, MANIFEST_SIGNATURE_HEADER, neutral_name};
pub use mentoring::{
    InboxMessage, InboxPage, InboxThread, MessageAuthor, MessageKind, QuestionCounts, THREADS_PER_PAGE,
    ThreadMessage, ThreadState,
};
pub use organizations::{
    ArchiveCourse, CreateOrganization, EnrollMembers, Enrollment, EnrollmentsMade, JoinCodeInfo, Member,
    Organization, OrganizationCourse, OrganizationListing, PasswordResetIssued, PasswordResetRequest,
    SessionsRevoked,
};
pub use progress::{
    AttemptRecord, CourseProgress, EventKind, Graded, LessonState, MAX_SYNC_BATCH, PENDING, ProgressEvent,
    QuizState, Receipt, RejectedEvent, SyncRequest, SyncResponse, is_event_id, merge,
};
pub use quiz::{Answer, Grade, Question, QuestionKind, Quiz, QuizProblem, normalise_text};
pub use reports::{
    AuditEntry, Counts, CourseReport, CourseSummaryRow, FunnelStep, LearnerCourse, LearnerRow, MonthSummary,
    OrganizationSummary, QuestionDifficulty, ReportFilter, Summary,
};

/// The prefix of every API route. A breaking change to the API gets a new prefix.
pub const API_PREFIX: &str = "/api/v1";

/// One entry of the course catalog (`GET /api/v1/courses`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CourseSummary {
    /// Stable identifier of the course, also its folder name under `courses/`.
    pub slug: String,
    pub title: String,
    pub summary: String,
    /// BCP 47 language tag of the course text, such as `en` or `ru`.
    pub language: String,
    /// The author's label of the current version, such as `2026.1`.
    pub version: String,
    pub lesson_count: u32,
    /// Bytes a learner downloads to study the course offline: the sum of its distinct blobs
    /// before transfer compression.
    pub download_bytes: u64,
    /// SHA-256 of the current manifest: a client holding a different one has an update to fetch.
    pub manifest_sha256: String,
    /// The same course in other languages.
    pub translations: Vec<Translation>,
    /// Whether a signed-in learner may enroll themselves.
    #[serde(default)]
    pub open: bool,
}

fn is_false(value: &bool) -> bool {
    !value
}

impl CourseSummary {
    /// The catalog entry of a published manifest.
    pub fn of(manifest: &Manifest, manifest_sha256: &str) -> Self {
        CourseSummary {
            slug: manifest.slug.clone(),
            title: manifest.title.clone(),
            summary: manifest.summary.clone(),
            language: manifest.language.clone(),
            version: manifest.version.clone(),
            lesson_count: manifest.lessons.len() as u32,
            download_bytes: manifest.download_bytes(),
            manifest_sha256: manifest_sha256.to_owned(),
            translations: manifest.translations.clone(),
            open: manifest.open,
        }
    }
}

/// Everything a client needs to download and show one published version of a course. A
/// manifest is immutable: publishing a change makes a new manifest with a new SHA-256.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Manifest {
    pub slug: String,
    pub title: String,
    pub summary: String,
    pub language: String,
    pub version: String,
    pub authors: Vec<String>,
    pub licence: String,
    /// Whether anyone with an account may enroll themselves; a closed course is joined through
    /// a join code. Left out of the JSON when false, so older manifests keep their SHA-256.
    #[serde(default, skip_serializing_if = "is_false")]
    pub open: bool,
    /// The same course in other languages.
    pub translations: Vec<Translation>,
    /// Lessons in reading order.
    pub lessons: Vec<LessonEntry>,
    /// Images and other files the lessons refer to.
    pub assets: Vec<AssetEntry>,
    /// Quizzes; each is a JSON blob of a [`Quiz`]. Absent in manifests older than quizzes.
    #[serde(default)]
    pub quizzes: Vec<QuizEntry>,
}

impl Manifest {
    /// Every blob of the course, lessons first, each distinct SHA-256 once.
    pub fn blobs(&self) -> Vec<&BlobRef> {
        let mut seen: Vec<&str> = Vec::new();
        let mut blobs = Vec::new();
        let all = self
            .lessons
            .iter()
            .map(|l| &l.blob)
            .chain(self.quizzes.iter().map(|q| &q.blob))
            .chain(self.assets.iter().map(|a| &a.blob));
        for blob in all {
            if !seen.contains(&blob.sha256.as_str()) {
                seen.push(&blob.sha256);
                blobs.push(blob);
            }
        }
        blobs
    }

    /// Bytes of all distinct blobs: what "Download for offline" will fetch before compression.
    pub fn download_bytes(&self) -> u64 {
        self.blobs().iter().map(|b| b.bytes).sum()
    }

    /// Bytes of the distinct blobs that are not images: what a download in data-saver mode
    /// fetches (images come later, one by one, when the learner taps them).
    pub fn text_bytes(&self) -> u64 {
        self.blobs().iter().filter(|b| !b.is_image()).map(|b| b.bytes).sum()
    }

    /// The quiz with this id, if the course has one.
    pub fn quiz(&self, id: &str) -> Option<&QuizEntry> {
        self.quizzes.iter().find(|q| q.id == id)
    }

    /// The lesson with this id, if the course has one.
    pub fn lesson(&self, id: &str) -> Option<&LessonEntry> {
        self.lessons.iter().find(|l| l.id == id)
    }
}

/// A link to the same course in another language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Translation {
    pub slug: String,
    /// BCP 47 language tag of that course.
    pub language: String,
    pub title: String,
}

/// One lesson of a manifest. Its content is a blob of sanitised HTML.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LessonEntry {
    /// Stable id from the lesson's file name (`03-media.md` has the id `media`).
    pub id: String,
    pub title: String,
    pub blob: BlobRef,
}

/// One quiz of a manifest, shown after the lesson `after_lesson` (before the first lesson if
/// `None`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuizEntry {
    pub id: String,
    pub title: String,
    pub after_lesson: Option<String>,
    /// The quiz's attempt limit, as in the blob: lets a course page tally attempts without
    /// reading every quiz.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_attempts: Option<u32>,
    pub blob: BlobRef,
}

/// A file that lessons refer to, such as an image.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AssetEntry {
    /// The file name the lesson source used.
    pub name: String,
    pub blob: BlobRef,
}

/// A content-addressed, immutable piece of a course, fetched at `GET /api/v1/blobs/{sha256}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BlobRef {
    /// Lowercase hex SHA-256 of the bytes: the blob's name and its integrity check.
    pub sha256: String,
    pub bytes: u64,
    /// IANA media type, such as `text/html; charset=utf-8` or `image/svg+xml`.
    pub media_type: String,
}

impl BlobRef {
    /// Whether the blob is an image (by its media type): what data-saver mode leaves for a tap.
    pub fn is_image(&self) -> bool {
        self.media_type.starts_with("image/")
    }
}

/// The URL path of a blob.
pub fn blob_path(sha256: &str) -> String {
    format!("{API_PREFIX}/blobs/{sha256}")
}

/// `POST /api/v1/sessions`: signing in with a login name and a password.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignInRequest {
    pub login: String,
    pub password: String,
}

/// The answer to a successful sign-in. The token goes in every later request as
/// `Authorization: Bearer <token>`; the server keeps only its SHA-256.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignInResponse {
    pub token: String,
    /// Seconds since the Unix epoch after which the session ends unless used; every use moves
    /// it forward.
    pub expires_at: i64,
    pub user: Me,
}

/// The signed-in account (`GET /api/v1/me`). An account holds no e-mail and no phone number:
/// a login name and a display name are all Dala asks for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Me {
    pub id: String,
    pub login: String,
    pub display_name: String,
    /// The installation-wide administrator, created from the command line.
    pub superadmin: bool,
    pub memberships: Vec<Membership>,
    /// Slugs of the courses the account is enrolled in.
    #[serde(default)]
    pub enrollments: Vec<String>,
}

impl Me {
    /// The organizations where this account is a trainer or an administrator, each once (its
    /// first such membership), in the order the server listed them.
    pub fn staff_memberships(&self) -> Vec<&Membership> {
        let mut staff: Vec<&Membership> = Vec::new();
        for membership in &self.memberships {
            let is_staff = matches!(membership.role, Role::Trainer | Role::Administrator);
            if is_staff && !staff.iter().any(|m| m.organization_id == membership.organization_id) {
                staff.push(membership);
            }
        }
        staff
    }
}

/// A role in one organization.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Membership {
    pub organization_id: String,
    pub organization_name: String,
    pub role: Role,
}

/// What an account may do in an organization.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Learner,
    Trainer,
    Administrator,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Learner => "learner",
            Role::Trainer => "trainer",
            Role::Administrator => "administrator",
        }
    }

    pub fn parse(s: &str) -> Option<Role> {
        [Role::Learner, Role::Trainer, Role::Administrator].into_iter().find(|r| r.as_str() == s)
    }
}

/// `POST /api/v1/organizations/{id}/join-codes`: a trainer's code for a cohort.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CreateJoinCode {
    /// Slugs of the courses the code enrolls in.
    pub courses: Vec<String>,
    /// 1 to 365.
    pub expires_in_days: u32,
    /// How many accounts the code may create, 1 to 10,000 (exactly 1 for an invitation).
    pub max_uses: u32,
    /// The trainer's note on whom the code is for; may be empty.
    #[serde(default)]
    pub label: String,
    /// The role the code gives: `Learner` (the default) for a cohort; `Trainer` or
    /// `Administrator` makes a one-time invitation, which only an administrator may create.
    #[serde(default = "learner")]
    pub role: Role,
}

fn learner() -> Role {
    Role::Learner
}

/// A new join code. The code is shown this once: the server keeps only its SHA-256.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct JoinCodeCreated {
    /// Twelve letters and digits in groups of four, such as `K7QX-M2PD-9HTR`; easy to read
    /// out and to type on a phone (no 0/O, 1/I).
    pub code: String,
    /// The code's public id in the list (`JoinCodeInfo::id`).
    #[serde(default)]
    pub id: String,
    #[serde(default)]
    pub label: String,
    #[serde(default = "learner")]
    pub role: Role,
    pub organization_id: String,
    pub courses: Vec<String>,
    pub expires_at: i64,
    pub max_uses: u32,
}

/// `POST /api/v1/join`: a learner redeems a join code, creating an account. The answer is a
/// [`SignInResponse`]: the new account is signed in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct JoinRequest {
    pub code: String,
    pub login: String,
    pub display_name: String,
    pub password: String,
}

/// The one shape of every API error body. `code` is stable and machine-readable; the client
/// translates it. `message` is English text for people reading logs or using curl.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApiError {
    pub code: ErrorCode,
    pub message: String,
}

/// Stable error codes. New codes may be added; a client shows a generic message for a code it
/// does not know, which `#[serde(other)]` maps to `Unknown`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    NotFound,
    BadRequest,
    RangeNotSatisfiable,
    Internal,
    /// No `Authorization` header, or not a bearer token.
    Unauthorized,
    /// The token names no session.
    SessionInvalid,
    /// The session was not used for longer than the idle limit.
    SessionExpired,
    /// The session was ended by signing out or by an administrator.
    SessionRevoked,
    /// Wrong login name or password (which of the two is not said).
    WrongCredentials,
    /// Too many failed sign-ins; wait and try again.
    TooManyAttempts,
    /// Signed in, but this account may not do this.
    Forbidden,
    /// The request conflicts with existing data, such as a login name already taken.
    Conflict,
    /// No join code matches (mistyped, or never issued).
    JoinCodeInvalid,
    /// The join code's time is over.
    JoinCodeExpired,
    /// The join code has created as many accounts as it may.
    JoinCodeUsedUp,
    /// A trainer ended the join code.
    JoinCodeEnded,
    /// A password-reset code is wrong, used, replaced by a newer one or expired.
    ResetCodeInvalid,
    /// The course is archived: hidden from the catalog, and no longer offered by join codes.
    CourseArchived,
    /// The course is closed: learners join it through a trainer's join code.
    EnrollmentClosed,
    /// A draft save or publish named a revision older than the server's: someone else saved
    /// in between. The client fetches the current draft and lets the trainer choose.
    DraftConflict,
    /// The draft has problems that stop it from being published (listed with the draft).
    DraftInvalid,
    /// An uploaded image is larger than the server accepts.
    ImageTooLarge,
    /// An uploaded file is not a picture of an accepted type (JPEG, PNG, GIF, WebP).
    NotAnImage,
    /// An uploaded picture has more pixels than the server accepts.
    ImageTooManyPixels,
    /// An uploaded picture could not be decoded (damaged or cut short).
    ImageUnreadable,
    /// An image was uploaded without a text describing it.
    AltTextMissing,
    /// The request's body is larger than this route accepts (compressed, or once decompressed).
    BodyTooLarge,
    /// The request's body is compressed in a way the route does not decode: send it as gzip or
    /// plain.
    UnsupportedEncoding,
    /// The server's disk (or database) is full: nothing of the request was stored. It is
    /// worth trying again later, once the operator has freed space.
    InsufficientStorage,
    #[serde(other)]
    Unknown,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn blob(sha: &str, bytes: u64) -> BlobRef {
        BlobRef { sha256: sha.into(), bytes, media_type: "text/html".into() }
    }

    #[test]
    fn download_bytes_counts_each_distinct_blob_once() {
        let lesson = |id: &str, b: BlobRef| LessonEntry { id: id.into(), title: id.into(), blob: b };
        let manifest = Manifest {
            slug: "c".into(),
            title: "C".into(),
            summary: String::new(),
            language: "en".into(),
            version: "1".into(),
            authors: vec![],
            licence: String::new(),
            open: false,
            translations: vec![],
            lessons: vec![lesson("a", blob("aa", 10)), lesson("b", blob("aa", 10))],
            assets: vec![AssetEntry { name: "x.svg".into(), blob: blob("bb", 5) }],
            quizzes: vec![QuizEntry {
                id: "q".into(),
                title: "Q".into(),
                after_lesson: None,
                max_attempts: None,
                blob: blob("cc", 7),
            }],
        };
        assert_eq!(manifest.download_bytes(), 22);
        assert_eq!(manifest.blobs().len(), 3);
    }

    #[test]
    fn unknown_error_codes_still_decode() {
        let e: ApiError = serde_json::from_str(r#"{"code":"brand_new","message":"m"}"#).unwrap();
        assert_eq!(e.code, ErrorCode::Unknown);
    }
}
