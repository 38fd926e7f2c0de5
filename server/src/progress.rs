//! Progress sync: `POST /api/v1/progress/sync` stores a batch of a learner's events and answers
//! with the merged state of all their progress.
//!
//! The endpoint is idempotent: an event already stored (same learner, same id) is accepted
//! again without being stored twice, so a device that lost the answer to a sync simply sends
//! the batch again. A batch is stored in one transaction: a server that dies halfway stores
//! none of it, and the device's retry stores all of it. Events that can never be stored (an
//! unknown course version or lesson, a malformed id, a closed course the learner is not
//! enrolled in) are answered as rejected with the reason, and the rest of the batch is stored.
//! Progress in an open course enrolls the learner in it. A course completed in its current
//! version earns a certificate, which the answer carries with the issuer's keys and revocation
//! lists when the device does not hold them yet.

use std::collections::HashMap;

use axum::extract::State;
use axum::routing::post;
use axum::{Json, Router};
use dala_wire::{
    Answer, CourseProgress, EventKind, Graded, MAX_SYNC_BATCH, Manifest, ProgressEvent, Quiz, QuizEntry,
    RejectedEvent, SyncRequest, SyncResponse, is_event_id, merge,
};
use sqlx::Row;
use tower_http::compression::CompressionLayer;

use crate::DYNAMIC_COMPRESSION;

use crate::AppState;
use crate::accounts::AuthUser;
use crate::error::{ApiJson, AppError};
use crate::store::Encoding;
use crate::{certificates, enrollment};

pub fn router() -> Router<AppState> {
    // The answer's merged state is repetitive JSON: compressed, it costs a phone a fraction.
    Router::new()
        .route("/progress/sync", post(sync_progress))
        .layer(CompressionLayer::new().quality(DYNAMIC_COMPRESSION))
}

fn kind_from_columns(name: &str, payload: &str) -> Option<EventKind> {
    match name {
        "lesson_opened" => Some(EventKind::LessonOpened),
        "lesson_completed" => Some(EventKind::LessonCompleted),
        "quiz_attempt" => Some(EventKind::QuizAttempt { answers: serde_json::from_str(payload).ok()? }),
        _ => None,
    }
}

/// `POST /api/v1/progress/sync`.
async fn sync_progress(
    State(state): State<AppState>,
    user: AuthUser,
    ApiJson(request): ApiJson<SyncRequest>,
) -> Result<Json<SyncResponse>, AppError> {
    if request.events.len() > MAX_SYNC_BATCH {
        return Err(AppError::BadRequest(format!(
            "at most {MAX_SYNC_BATCH} events per sync; send the rest next"
        )));
    }
    let mut versions = Versions::default();
    let mut enrolled = enrollment::enrolled_courses(&state, &user.user_id).await?;
    // Open courses whose progress enrolls the learner with this batch.
    let mut to_enroll = Vec::new();
    let mut accepted = Vec::new();
    let mut rejected = Vec::new();
    let mut valid = Vec::new();
    for event in request.events {
        let manifest = versions.get(&state, &event.course, &event.course_version).await?;
        let verdict = check(&event, manifest).and_then(|()| {
            if enrolled.contains(&event.course) {
                Ok(())
            } else if manifest.is_some_and(|m| m.open) {
                enrolled.insert(event.course.clone());
                to_enroll.push(event.course.clone());
                Ok(())
            } else {
                Err(format!("not enrolled in course `{}`: ask a trainer for a join code", event.course))
            }
        });
        match verdict {
            Ok(()) => valid.push(event),
            Err(reason) => rejected.push(RejectedEvent { id: event.id, reason }),
        }
    }
    let now = state.clock.now();
    let mut tx = state.store.pool().begin().await?;
    for course in &to_enroll {
        enrollment::enroll(&mut *tx, &user.user_id, course, None, now).await?;
    }
    let received: Vec<(&ProgressEvent, i64)> = valid.iter().map(|event| (event, now)).collect();
    crate::reports::activity::store_events(&mut tx, &user.user_id, &received).await?;
    accepted.extend(valid.iter().map(|event| event.id.clone()));
    tx.commit().await?;
    let events = stored_events(&state, &user.user_id).await?;
    let (progress, completed) = merged_state(&state, &events, &mut versions).await?;
    certificates::issue_for_completions(&state, &user.user_id, &completed).await?;
    let certificates =
        certificates::certificates_after(&state, &user.user_id, request.certificates_after).await?;
    let trust = certificates::trust_unless(&state, request.trust_etag.as_deref()).await?;
    let completed_courses = completed.into_iter().map(|(slug, _, _)| slug).collect();
    Ok(Json(SyncResponse { accepted, rejected, progress, completed_courses, certificates, trust }))
}

/// The courses complete in their current version: slug, manifest SHA-256 and manifest.
type Completed = Vec<(String, String, Manifest)>;

/// The merged state of `events`, every quiz attempt graded by the server against the quiz of
/// the course version the learner took it in, and the courses complete in their current version.
async fn merged_state(
    state: &AppState,
    events: &[ProgressEvent],
    versions: &mut Versions,
) -> Result<(Vec<CourseProgress>, Completed), AppError> {
    let mut quizzes: HashMap<(String, String), Option<Quiz>> = HashMap::new();
    for event in events {
        let key = (event.course_version.clone(), event.item.clone());
        if matches!(event.kind, EventKind::QuizAttempt { .. }) && !quizzes.contains_key(&key) {
            let manifest = versions.get(state, &event.course, &event.course_version).await?;
            let quiz = match manifest.and_then(|m| m.quiz(&event.item)) {
                Some(entry) => Some(load_quiz(state, entry).await?),
                None => None,
            };
            quizzes.insert(key, quiz);
        }
    }
    let grade = |event: &ProgressEvent, answers: &[Answer]| -> Option<Graded> {
        let quiz = quizzes.get(&(event.course_version.clone(), event.item.clone()))?.as_ref()?;
        Some(Graded { grade: quiz.grade(answers), max_attempts: quiz.max_attempts })
    };
    let progress = merge(events, &grade);
    let mut completed = Vec::new();
    for course in &progress {
        if let Some((sha256, json)) = state.store.manifest(&course.course).await? {
            let manifest: Manifest = serde_json::from_str(&json)
                .map_err(|e| AppError::Internal(format!("stored manifest: {e}")))?;
            if course.is_complete(&manifest) {
                completed.push((course.course.clone(), sha256, manifest));
            }
        }
    }
    Ok((progress, completed))
}

/// A published quiz, read from its blob.
pub(crate) async fn load_quiz(state: &AppState, entry: &QuizEntry) -> Result<Quiz, AppError> {
    let Some(bytes) = state.store.read_blob(&entry.blob.sha256, Encoding::Identity).await? else {
        return Err(AppError::Internal(format!("quiz blob {} is missing", entry.blob.sha256)));
    };
    serde_json::from_slice(&bytes)
        .map_err(|e| AppError::Internal(format!("quiz blob {}: {e}", entry.blob.sha256)))
}

/// The course versions one request needs, each read from the database once.
#[derive(Default)]
struct Versions(HashMap<(String, String), Option<Manifest>>);

impl Versions {
    async fn get(
        &mut self,
        state: &AppState,
        course: &str,
        version: &str,
    ) -> Result<Option<&Manifest>, AppError> {
        let key = (course.to_owned(), version.to_owned());
        if !self.0.contains_key(&key) {
            let manifest = course_version(state, course, version).await?;
            self.0.insert(key.clone(), manifest);
        }
        Ok(self.0[&key].as_ref())
    }
}

fn check(event: &ProgressEvent, manifest: Option<&Manifest>) -> Result<(), String> {
    if !is_event_id(&event.id) {
        return Err("an event id is 32 lowercase hexadecimal digits".into());
    }
    if event.device_id.is_empty() || event.device_id.len() > 64 {
        return Err("a device id is 1 to 64 characters".into());
    }
    let manifest = manifest
        .ok_or_else(|| format!("course `{}` has no version {}", event.course, event.course_version))?;
    match &event.kind {
        EventKind::LessonOpened | EventKind::LessonCompleted if manifest.lesson(&event.item).is_none() => {
            Err(format!("course `{}` has no lesson `{}`", event.course, event.item))
        }
        EventKind::QuizAttempt { .. } if manifest.quiz(&event.item).is_none() => {
            Err(format!("course `{}` has no quiz `{}`", event.course, event.item))
        }
        EventKind::QuizAttempt { answers } if answers.len() > 1000 => Err("too many answers".into()),
        _ => Ok(()),
    }
}

/// A published version of a course, if there is one with this SHA-256.
pub(crate) async fn course_version(
    state: &AppState,
    slug: &str,
    sha256: &str,
) -> Result<Option<Manifest>, AppError> {
    let json: Option<String> = sqlx::query_scalar(
        "SELECT manifest_json FROM course_versions WHERE slug = $1 AND manifest_sha256 = $2",
    )
    .bind(slug)
    .bind(sha256)
    .fetch_optional(state.store.pool())
    .await?;
    json.map(|j| {
        serde_json::from_str(&j).map_err(|e| AppError::Internal(format!("stored manifest {sha256}: {e}")))
    })
    .transpose()
}

/// Every stored event of a learner.
pub async fn stored_events(state: &AppState, user_id: &str) -> Result<Vec<ProgressEvent>, AppError> {
    let rows = sqlx::query(
        "SELECT id, device_id, course, course_version, item, kind, payload, client_time, counter \
         FROM progress_events WHERE user_id = $1",
    )
    .bind(user_id)
    .fetch_all(state.store.pool())
    .await?;
    Ok(rows
        .into_iter()
        .filter_map(|row| {
            Some(ProgressEvent {
                id: row.get("id"),
                device_id: row.get("device_id"),
                course: row.get("course"),
                course_version: row.get("course_version"),
                item: row.get("item"),
                kind: kind_from_columns(&row.get::<String, _>("kind"), &row.get::<String, _>("payload"))?,
                client_time: row.get("client_time"),
                counter: row.get::<i64, _>("counter") as u64,
            })
        })
        .collect())
}
