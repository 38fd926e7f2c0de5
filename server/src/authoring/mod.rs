//! Trainers write courses in the browser: drafts, image uploads and publishing.
//!
//! A course belongs to one organization (`course_owners`); its trainers and administrators, and
//! the superadmin, may create, edit and publish it. Everyone else gets 403, for a course that
//! does not exist too, so the answer tells nothing about other organizations.
//!
//! A draft is the whole course source ([`CourseDraft`]), saved whole. Every save names the
//! revision it started from and is refused with `draft_conflict` when someone saved since, so a
//! trainer who edited offline for a day cannot silently erase a colleague's work. A course that
//! has no draft row is edited from the source of its published version (revision 0).
//!
//! A draft is checked and published by the code that checks and publishes `courses/`: it is
//! written out as the files of a course folder ([`course::draft::files_of`]) and read back
//! ([`course::load_files`]), so the browser and a folder in git can never disagree.

pub mod images;
pub mod transfer;

use crate::course::draft::Issue;
use crate::i18n::Text;
use crate::languages::Asked;
use crate::text;
use std::collections::HashMap;

use axum::body::Body;
use axum::extract::{DefaultBodyLimit, Path, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::routing::{get, post};
use axum::{Json, Router};
use dala_wire::{
    ArchiveCourse, AuthoringCourse, CourseDraft, CoursePublished, CreateCourse, DraftImage, DraftSaved,
    Preview, PreviewRequest, PublishDraft, Role, SaveDraft, StoredDraft, UploadedImage,
};
use serde::Deserialize;
use sqlx::Row;

use crate::AppState;
use crate::accounts::AuthUser;
use crate::course::{self, Blob, CourseSource, draft};
use crate::error::{ApiJson, ApiQuery, AppError};
use crate::organizations::holds_role;
use crate::store::ImportOutcome;
use images::{ImageError, ImageLimits};

/// The largest draft accepted: a whole course's text as JSON. Images travel separately.
const MAX_DRAFT_BYTES: usize = 4 * 1024 * 1024;

/// Image names: lowercase letters, digits and hyphens, then one of the image extensions.
const IMAGE_EXTENSIONS: [&str; 6] = ["webp", "png", "jpg", "jpeg", "gif", "svg"];

/// What authoring needs beside the store: the image limits. Images are converted on the
/// state's work pool ([`crate::work`]), as many at once as there are cores (each takes a core
/// and up to `max_pixels` × 8 bytes of memory).
#[derive(Debug, Default)]
pub struct Authoring {
    pub limits: ImageLimits,
}

impl Authoring {
    pub fn new(limits: ImageLimits) -> Authoring {
        Authoring { limits }
    }
}

pub fn router(state: &AppState) -> Router<AppState> {
    // The upload reads its body itself, bounded by the configured limit rather than axum's.
    let upload_limit = state.authoring.limits.max_upload_bytes;
    Router::new()
        .route("/authoring/courses", get(list_courses))
        .route("/organizations/{organization_id}/courses", post(create_course))
        .route(
            "/courses/{slug}/draft",
            get(get_draft).put(save_draft).layer(DefaultBodyLimit::max(MAX_DRAFT_BYTES)),
        )
        .route("/courses/{slug}/publish", post(publish))
        .route("/courses/{slug}/archive", post(archive))
        .route("/courses/{slug}/preview", post(preview).layer(DefaultBodyLimit::max(MAX_DRAFT_BYTES)))
        .route(
            "/courses/{slug}/images",
            post(upload_image).layer(DefaultBodyLimit::max(upload_limit.saturating_add(1))),
        )
}

/// Whether `user` may edit course `slug`: the superadmin, or a trainer or administrator of the
/// organization that owns it.
pub async fn may_author(state: &AppState, user: &AuthUser, slug: &str) -> Result<bool, AppError> {
    if user.superadmin {
        return Ok(true);
    }
    let owner = state.store.course_owner(slug).await?;
    match owner {
        Some(organization) => {
            holds_role(state, user, &organization, &[Role::Trainer, Role::Administrator]).await
        }
        None => Ok(false),
    }
}

async fn require_author(state: &AppState, user: &AuthUser, slug: &str) -> Result<(), AppError> {
    if may_author(state, user, slug).await? { Ok(()) } else { Err(AppError::Forbidden) }
}

/// `GET /api/v1/authoring/courses`: the courses the caller may edit, in slug order.
async fn list_courses(
    State(state): State<AppState>,
    user: AuthUser,
) -> Result<Json<Vec<AuthoringCourse>>, AppError> {
    // Every course known anywhere (published, owned, or drafted), with its owner if any.
    let rows = sqlx::query(
        "SELECT k.slug, o.organization_id FROM (SELECT slug FROM courses UNION SELECT slug FROM course_owners \
         UNION SELECT slug FROM drafts) k LEFT JOIN course_owners o ON o.slug = k.slug ORDER BY k.slug",
    )
    .fetch_all(state.store.pool())
    .await?;
    let archived = crate::catalog::archived_courses(&state).await?;
    // The one role check, asked once per organization rather than once per course.
    let mut allowed: HashMap<String, bool> = HashMap::new();
    let mut courses = Vec::new();
    for row in rows {
        let slug: String = row.get("slug");
        let owner: Option<String> = row.get("organization_id");
        let may = match &owner {
            _ if user.superadmin => true,
            None => false,
            Some(organization) => match allowed.get(organization) {
                Some(may) => *may,
                None => {
                    let may = holds_role(&state, &user, organization, &[Role::Trainer, Role::Administrator])
                        .await?;
                    allowed.insert(organization.clone(), may);
                    may
                }
            },
        };
        if !may {
            continue;
        }
        let stored = load_draft(&state, &slug).await?;
        let published = state.store.current_source(&slug).await?;
        let (title, language) = match (&stored, &published) {
            (Some(row), _) => (row.draft.metadata.title.clone(), row.draft.metadata.language.clone()),
            (None, Some((_, source))) => (source.metadata.title.clone(), source.metadata.language.clone()),
            (None, None) => continue,
        };
        courses.push(AuthoringCourse {
            archived: archived.contains(&slug),
            slug,
            title,
            language,
            organization_id: owner,
            draft_revision: stored.as_ref().map(|row| row.revision),
            published_version: published.map(|(_, source)| source.metadata.version),
            unpublished_changes: stored
                .as_ref()
                .is_some_and(|row| row.published_revision != Some(row.revision)),
        });
    }
    Ok(Json(courses))
}

/// A draft row.
struct DraftRow {
    revision: u64,
    draft: CourseDraft,
    saved_by: String,
    saved_at: i64,
    published_revision: Option<u64>,
}

async fn load_draft(state: &AppState, slug: &str) -> Result<Option<DraftRow>, AppError> {
    let row = sqlx::query(
        "SELECT d.revision, d.draft_json, u.display_name, d.saved_at, d.published_revision FROM drafts d \
         JOIN users u ON u.id = d.saved_by WHERE d.slug = $1",
    )
    .bind(slug)
    .fetch_optional(state.store.pool())
    .await?;
    let Some(row) = row else { return Ok(None) };
    let json: String = row.get("draft_json");
    let draft = serde_json::from_str(&json)
        .map_err(|e| AppError::Internal(format!("stored draft of {slug}: {e}")))?;
    Ok(Some(DraftRow {
        revision: row.get::<i64, _>("revision") as u64,
        draft,
        saved_by: row.get("display_name"),
        saved_at: row.get("saved_at"),
        published_revision: row.get::<Option<i64>, _>("published_revision").map(|r| r as u64),
    }))
}

/// The draft of `slug` as the editor sees it: the saved draft, else the published source as
/// revision 0.
async fn stored_draft(state: &AppState, slug: &str, asked: &Asked) -> Result<StoredDraft, AppError> {
    let published = state.store.current_source(slug).await?;
    let published_manifest = published.as_ref().map(|(sha, _)| sha.clone());
    let (draft, revision, saved_by, saved_at, is_published) = match load_draft(state, slug).await? {
        Some(row) => {
            let is_published = row.published_revision == Some(row.revision);
            (row.draft, row.revision, row.saved_by, row.saved_at, is_published)
        }
        None => {
            let (_, source) = published.ok_or(AppError::NotFound(text!("error-not-found-course")))?;
            (source, 0, String::new(), 0, true)
        }
    };
    let problems = match check(state, &draft, false).await? {
        Ok(_) => Vec::new(),
        Err(problems) => problems.iter().map(|p| p.render(asked.messages())).collect(),
    };
    let source_changes = source_changes(state, &draft).await?;
    Ok(StoredDraft {
        draft,
        revision,
        saved_by,
        saved_at,
        published_manifest,
        published: is_published,
        problems,
        source_changes,
    })
}

/// For a translation, its lessons whose source changed since they were translated
/// ([`course::translation`]). The source's texts are its published versions', which anyone may
/// read; the caller may edit the translation.
async fn source_changes(
    state: &AppState,
    draft: &CourseDraft,
) -> Result<Vec<dala_wire::SourceChange>, AppError> {
    let Some(record) = &draft.metadata.translation else { return Ok(Vec::new()) };
    let history = state.store.source_history(&record.source).await?;
    let draft = draft.clone();
    // Hashing every kept version of every lesson computes: on the work pool.
    state.work.run(move || course::translation::source_changes(&draft, &history)).await
}

/// `GET /api/v1/courses/{slug}/draft`.
async fn get_draft(
    State(state): State<AppState>,
    user: AuthUser,
    asked: Asked,
    Path(slug): Path<String>,
) -> Result<Json<StoredDraft>, AppError> {
    require_author(&state, &user, &slug).await?;
    Ok(Json(stored_draft(&state, &slug, &asked).await?))
}

/// `POST /api/v1/organizations/{id}/courses`: a new course owned by the organization, with its
/// first draft (revision 1).
async fn create_course(
    State(state): State<AppState>,
    user: AuthUser,
    asked: Asked,
    Path(organization_id): Path<String>,
    ApiJson(request): ApiJson<CreateCourse>,
) -> Result<(StatusCode, Json<StoredDraft>), AppError> {
    if !holds_role(&state, &user, &organization_id, &[Role::Trainer, Role::Administrator]).await? {
        return Err(AppError::Forbidden);
    }
    let slug = request.draft.slug.clone();
    if !course::is_id(&slug) || slug.len() > 64 {
        return Err(AppError::Unprocessable(text!("error-course-slug")));
    }
    let taken: Option<String> = sqlx::query_scalar(
        "SELECT slug FROM courses WHERE slug = $1 UNION SELECT slug FROM course_owners WHERE slug = $1 \
         UNION SELECT slug FROM drafts WHERE slug = $1",
    )
    .bind(&slug)
    .fetch_optional(state.store.pool())
    .await?;
    if taken.is_some() {
        return Err(AppError::Conflict(text!("error-course-exists", course = &slug)));
    }
    let json = serde_json::to_string(&request.draft).map_err(|e| AppError::Internal(e.to_string()))?;
    let mut tx = state.store.pool().begin().await?;
    let owned = sqlx::query(
        "INSERT INTO course_owners (slug, organization_id) VALUES ($1, $2) ON CONFLICT (slug) DO NOTHING",
    )
    .bind(&slug)
    .bind(&organization_id)
    .execute(&mut *tx)
    .await?;
    if owned.rows_affected() == 0 {
        return Err(AppError::Conflict(text!("error-course-exists", course = &slug)));
    }
    sqlx::query(
        "INSERT INTO drafts (slug, revision, draft_json, saved_by, saved_at) VALUES ($1, 1, $2, $3, $4)",
    )
    .bind(&slug)
    .bind(&json)
    .bind(&user.user_id)
    .bind(state.clock.now())
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok((StatusCode::CREATED, Json(stored_draft(&state, &slug, &asked).await?)))
}

/// `PUT /api/v1/courses/{slug}/draft`: saves the whole draft if `base_revision` is the current
/// revision, else answers `draft_conflict`. A draft with problems is saved (work is never lost);
/// the answer lists them.
async fn save_draft(
    State(state): State<AppState>,
    user: AuthUser,
    asked: Asked,
    Path(slug): Path<String>,
    ApiJson(request): ApiJson<SaveDraft>,
) -> Result<Json<DraftSaved>, AppError> {
    require_author(&state, &user, &slug).await?;
    if request.draft.slug != slug {
        return Err(AppError::Unprocessable(text!(
            "error-draft-wrong-course",
            draft = &request.draft.slug,
            course = &slug
        )));
    }
    let json = serde_json::to_string(&request.draft).map_err(|e| AppError::Internal(e.to_string()))?;
    let now = state.clock.now();
    let revision = request.base_revision + 1;
    let saved = if request.base_revision == 0 {
        sqlx::query(
            "INSERT INTO drafts (slug, revision, draft_json, saved_by, saved_at) VALUES ($1, 1, $2, $3, $4) \
             ON CONFLICT (slug) DO NOTHING",
        )
        .bind(&slug)
        .bind(&json)
        .bind(&user.user_id)
        .bind(now)
        .execute(state.store.pool())
        .await?
    } else {
        sqlx::query(
            "UPDATE drafts SET revision = $1, draft_json = $2, saved_by = $3, saved_at = $4 \
             WHERE slug = $5 AND revision = $6",
        )
        .bind(revision as i64)
        .bind(&json)
        .bind(&user.user_id)
        .bind(now)
        .bind(&slug)
        .bind(request.base_revision as i64)
        .execute(state.store.pool())
        .await?
    };
    if saved.rows_affected() == 0 {
        return Err(AppError::DraftConflict);
    }
    let problems = match check(&state, &request.draft, false).await? {
        Ok(_) => Vec::new(),
        Err(problems) => problems.iter().map(|p| p.render(asked.messages())).collect(),
    };
    Ok(Json(DraftSaved { revision, problems }))
}

/// `POST /api/v1/courses/{slug}/archive`: hides a published course from the catalog
/// (`archived: true`) or shows it again, for whoever may author it. Those who hold it keep its
/// manifest, blobs, progress and certificates; join codes and trainers can no longer offer it.
async fn archive(
    State(state): State<AppState>,
    user: AuthUser,
    Path(slug): Path<String>,
    ApiJson(request): ApiJson<ArchiveCourse>,
) -> Result<StatusCode, AppError> {
    require_author(&state, &user, &slug).await?;
    if state.store.manifest(&slug).await?.is_none() {
        return Err(AppError::NotFound(text!("error-not-found-course")));
    }
    crate::catalog::set_archived(&state, &slug, request.archived, &user.user_id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// `POST /api/v1/courses/{slug}/publish`: checks the named draft revision and publishes it as a
/// new immutable course version.
async fn publish(
    State(state): State<AppState>,
    user: AuthUser,
    Path(slug): Path<String>,
    ApiJson(request): ApiJson<PublishDraft>,
) -> Result<Json<CoursePublished>, AppError> {
    require_author(&state, &user, &slug).await?;
    let row = load_draft(&state, &slug).await?;
    let draft = match row {
        Some(row) if row.revision == request.revision => row.draft,
        None if request.revision == 0 => {
            state
                .store
                .current_source(&slug)
                .await?
                .ok_or(AppError::NotFound(text!("error-not-found-course")))?
                .1
        }
        _ => return Err(AppError::DraftConflict),
    };
    let source = match check(&state, &draft, true).await? {
        Ok(source) => source,
        Err(problems) => {
            let list: Vec<Text> = problems.iter().map(Issue::located).collect();
            return Err(AppError::DraftInvalid(text!("error-draft-problems", problems = list)));
        }
    };
    let translations = state.store.translations().await?;
    // Rendering and sanitising every lesson: on the work pool.
    let published = state
        .work
        .run(move || course::publish_with(&source, &|slug| translations.get(slug).cloned()))
        .await?;
    let outcome = state.store.import(&published).await.map_err(AppError::from_storage)?;
    if request.revision > 0 {
        sqlx::query("UPDATE drafts SET published_revision = $1 WHERE slug = $2 AND revision = $1")
            .bind(request.revision as i64)
            .bind(&slug)
            .execute(state.store.pool())
            .await?;
    }
    let answer = match outcome {
        ImportOutcome::Unchanged => CoursePublished {
            manifest_sha256: course::manifest_sha256(&published.manifest),
            changed: false,
            new_blobs: 0,
        },
        ImportOutcome::Published { manifest_sha256, new_blobs } => {
            tracing::info!(course = %slug, manifest = %manifest_sha256, new_blobs, "course published from a draft");
            CoursePublished { manifest_sha256, changed: true, new_blobs: new_blobs as u32 }
        }
    };
    Ok(Json(answer))
}

/// `POST /api/v1/courses/{slug}/preview`: a lesson rendered and sanitised exactly as publishing
/// will, for the editor's live preview. Nothing is stored.
async fn preview(
    State(state): State<AppState>,
    user: AuthUser,
    Path(slug): Path<String>,
    ApiJson(request): ApiJson<PreviewRequest>,
) -> Result<Json<Preview>, AppError> {
    require_author(&state, &user, &slug).await?;
    let PreviewRequest { markdown, images } = request;
    // Rendering and sanitising compute: on the work pool, never on an async worker.
    let html = state.work.run(move || course::render_lesson(&markdown, &images)).await?;
    Ok(Json(Preview { html: html.map_err(AppError::DraftInvalid)? }))
}

/// Checks a draft as `dala course check` checks a folder, plus what only a draft can get wrong:
/// image names that are not plain file names, images that are not stored images, translations
/// that name no course here.
///
/// Checking needs only to know that each image is a stored image; `for_publishing` also reads
/// the images' bytes from the blob store, which publishing needs and every save would not.
pub async fn check(
    state: &AppState,
    draft: &CourseDraft,
    for_publishing: bool,
) -> Result<Result<CourseSource, Vec<Issue>>, AppError> {
    let mut problems = Vec::new();
    let mut bytes: HashMap<String, Vec<u8>> = HashMap::new();
    for image in &draft.images {
        let problem = |message: Text| Issue::of_file(image.name.clone(), message);
        if !is_image_name(&image.name) {
            problems.push(problem(text!("problem-image-name")));
            continue;
        }
        let stored = state.store.blob_info(&image.blob.sha256).await?;
        let Some(stored) = stored.filter(|s| s.media_type.starts_with("image/")) else {
            problems.push(problem(text!("problem-image-missing")));
            continue;
        };
        if !for_publishing {
            bytes.insert(image.name.clone(), Vec::new());
            continue;
        }
        match state.store.read_blob(&stored.sha256, crate::store::Encoding::Identity).await? {
            Some(data) => {
                bytes.insert(image.name.clone(), data);
            }
            None => problems.push(problem(text!("problem-image-missing"))),
        }
    }
    let owners = state.store.course_owners().await?;
    for slug in &draft.metadata.translations {
        let known: Option<String> = sqlx::query_scalar(
            "SELECT slug FROM courses WHERE slug = $1 UNION SELECT slug FROM drafts WHERE slug = $1",
        )
        .bind(slug)
        .fetch_optional(state.store.pool())
        .await?;
        let message = if known.is_none() || slug == &draft.slug {
            text!("problem-translation-unknown", course = slug)
        } else if owners.get(slug) != owners.get(&draft.slug) {
            // Only the owner of both may say two courses are one in two languages.
            text!("problem-translation-other-organization", course = slug)
        } else {
            continue;
        };
        problems.push(Issue::of_file(course::METADATA_FILE, message));
    }
    if let Some(record) = &draft.metadata.translation {
        let known: Option<String> = sqlx::query_scalar(
            "SELECT slug FROM courses WHERE slug = $1 UNION SELECT slug FROM drafts WHERE slug = $1",
        )
        .bind(&record.source)
        .fetch_optional(state.store.pool())
        .await?;
        if known.is_none() {
            let message = text!("problem-translation-source-unknown", course = record.source.as_str());
            problems.push(Issue::of_file(course::METADATA_FILE, message));
        }
    }
    let files = draft::files_of(draft, &|image| bytes.get(&image.name).cloned());
    // Parsing every lesson and quiz of a course: on the work pool.
    let slug = draft.slug.clone();
    match state.work.run(move || course::load_files(&slug, files)).await? {
        Ok(source) if problems.is_empty() => Ok(Ok(source)),
        Ok(_) => Ok(Err(problems)),
        Err(found) => {
            problems.extend(found.iter().map(draft::draft_problem));
            Ok(Err(problems))
        }
    }
}

fn is_image_name(name: &str) -> bool {
    match name.rsplit_once('.') {
        Some((stem, extension)) => {
            course::is_id(stem) && stem.len() <= 64 && IMAGE_EXTENSIONS.contains(&extension)
        }
        None => false,
    }
}

/// `name`'s stem as an image name: lowercase ASCII letters and digits, other runs as one hyphen.
fn image_stem(name: &str) -> String {
    let file = name.rsplit(['/', '\\']).next().unwrap_or(name);
    let stem = file.rsplit_once('.').map(|(s, _)| s).unwrap_or(file);
    let mut out = String::new();
    for c in stem.chars().flat_map(char::to_lowercase).take(48) {
        if c.is_ascii_lowercase() || c.is_ascii_digit() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    let out = out.trim_end_matches('-');
    if out.is_empty() { "image".to_owned() } else { out.to_owned() }
}

#[derive(Debug, Deserialize)]
struct UploadQuery {
    /// The file's name on the trainer's device: only its stem is kept, as the image's name.
    #[serde(default)]
    name: String,
    /// What the image shows, for learners who cannot see it. Required.
    #[serde(default)]
    alt: String,
}

/// `POST /api/v1/courses/{slug}/images?name=…&alt=…`: the body is the image file. It is checked
/// and converted (see [`images::process`]) and stored as a blob; the trainer's draft then names it.
async fn upload_image(
    State(state): State<AppState>,
    user: AuthUser,
    Path(slug): Path<String>,
    ApiQuery(query): ApiQuery<UploadQuery>,
    headers: HeaderMap,
    body: Body,
) -> Result<(StatusCode, Json<UploadedImage>), AppError> {
    require_author(&state, &user, &slug).await?;
    let alt = query.alt.trim().to_owned();
    if alt.is_empty() {
        return Err(ImageError::AltTextMissing.into());
    }
    let limit = state.authoring.limits.max_upload_bytes;
    let declared =
        headers.get(header::CONTENT_LENGTH).and_then(|v| v.to_str().ok()).and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|length| length > limit as u64) {
        return Err(ImageError::TooLarge { limit }.into());
    }
    // Reads at most one byte more than the limit, whatever the client declared.
    let bytes = axum::body::to_bytes(body, limit.saturating_add(1))
        .await
        .map_err(|_| AppError::from(ImageError::TooLarge { limit }))?;
    if bytes.len() > limit {
        return Err(ImageError::TooLarge { limit }.into());
    }
    let limits = state.authoring.limits.clone();
    let alt_for_check = alt.clone();
    let processed = state.work.run(move || images::process(&bytes, &alt_for_check, &limits)).await??;
    let blob = Blob::new(processed.webp, "image/webp");
    state.store.put_blob(&blob).await?;
    let name = format!("{}.webp", image_stem(&query.name));
    let markdown = format!("![{}]({name})", escape_alt(&alt));
    Ok((
        StatusCode::CREATED,
        Json(UploadedImage {
            image: DraftImage { name, blob: blob.blob },
            width: processed.width,
            height: processed.height,
            markdown,
        }),
    ))
}

/// Alt text inside `![…]`: brackets and backslashes escaped so the text cannot end the image early.
fn escape_alt(alt: &str) -> String {
    let mut out = String::with_capacity(alt.len());
    for c in alt.chars() {
        if matches!(c, '[' | ']' | '\\') {
            out.push('\\');
        }
        if c == '\n' || c == '\r' {
            out.push(' ');
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn image_names_are_plain() {
        for ok in ["a.webp", "map-2.png", "x.svg"] {
            assert!(is_image_name(ok), "{ok}");
        }
        for bad in ["../a.webp", "a/b.webp", "A.webp", "a.exe", "a", ".webp", "a.WEBP", "-a.webp"] {
            assert!(!is_image_name(bad), "{bad}");
        }
    }

    #[test]
    fn upload_names_become_image_stems() {
        assert_eq!(image_stem("IMG_2024 05 01.JPG"), "img-2024-05-01");
        assert_eq!(image_stem("../../etc/passwd"), "passwd");
        assert_eq!(image_stem("C:\\Users\\a\\My photo.v2.png"), "my-photo-v2");
        assert_eq!(image_stem("Фото.jpg"), "image");
        assert_eq!(image_stem(""), "image");
        assert!(is_image_name(&format!("{}.webp", image_stem(&"x".repeat(500)))));
    }

    #[test]
    fn alt_text_cannot_break_out_of_the_image() {
        assert_eq!(escape_alt("a ] (b) [c]"), "a \\] (b) \\[c\\]");
        assert_eq!(escape_alt("two\nlines"), "two lines");
    }
}
