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
//!
//! **Order of receipt.** Quiz attempts under an attempt limit count in the order the server
//! received them, never by the device's clock, which the learner sets (an attempt sent after
//! the limit was used up, dated decades back, still comes last). Each batch a learner sends is
//! numbered one above the highest number of that learner's stored events, read and written in
//! the batch's one transaction; every event the batch stores for the first time carries that
//! number, and an event sent again keeps the number it was first stored with. Attempts of one
//! number count in the device's counter order, then by event id ([`dala_wire::merge`] and
//! `AttemptRecord::order` hold the rule, on the server and on the device alike). On SQLite the
//! transaction holds the write lock from its start, so batches are numbered one after another;
//! on PostgreSQL two syncs of one learner running at the same moment may read the same highest
//! number and share the next, their attempts then ordered by device counter and id. Events
//! stored before numbering existed got the second they arrived as their number (migration
//! `0008`), and the demo data gets its invented arrival seconds: both below every later batch.
//!
//! `events` owns the `progress_events` table: storing, reading, and its row codec.

mod events;

pub use events::{Received, attempt_ids, kind_columns, next_receipt, store, stored};

use crate::text;
use std::collections::HashMap;

use axum::extract::State;
use axum::routing::post;
use axum::{Json, Router};
use dala_wire::limits::ATTEMPTS_KEPT_PER_QUIZ;
use dala_wire::{
    Answer, CompactSyncRequest, CompactSyncResponse, CourseProgress, EventKind, Graded, MAX_SYNC_BATCH,
    Manifest, ProgressEvent, Quiz, Receipt, RejectedEvent, SyncRequest, SyncResponse, is_event_id, merge,
};
use tower_http::compression::CompressionLayer;

use crate::DYNAMIC_COMPRESSION;

use crate::AppState;
use crate::accounts::AuthUser;
use crate::body::EncodedJson;
use crate::error::AppError;
use crate::languages::Asked;
use crate::{certificates, enrollment, mentoring};

pub fn router() -> Router<AppState> {
    // The answer's merged state is repetitive JSON: compressed, it costs a phone a fraction.
    Router::new()
        .route("/progress/sync", post(sync_progress))
        .route("/progress/compact", post(compact_sync))
        .layer(CompressionLayer::new().quality(DYNAMIC_COMPRESSION))
}

/// `POST /api/v1/progress/sync`: the first shape, each event in full and every attempt in the
/// answer. Kept for devices whose service worker still serves an older client: they sync and
/// lose nothing.
async fn sync_progress(
    State(state): State<AppState>,
    user: AuthUser,
    asked: Asked,
    EncodedJson(request): EncodedJson<SyncRequest>,
) -> Result<Json<SyncResponse>, AppError> {
    let after = After {
        certificates: request.certificates_after,
        trust_etag: request.trust_etag.as_deref(),
        messages: request.messages_after,
    };
    Ok(Json(ingest(&state, &user.user_id, &asked, request.events, after).await?))
}

/// `POST /api/v1/progress/compact`: the same sync in the compact shape of
/// [`dala_wire::CompactSyncRequest`]: repeated fields said once, and an answer that carries only
/// what changed since the state the device says it holds (see `dala_wire`'s `compact` module).
async fn compact_sync(
    State(state): State<AppState>,
    user: AuthUser,
    asked: Asked,
    EncodedJson(request): EncodedJson<CompactSyncRequest>,
) -> Result<Json<CompactSyncResponse>, AppError> {
    let events = request.events();
    let after = After {
        certificates: request.certificates_after,
        trust_etag: request.trust_etag.as_deref(),
        messages: request.messages_after,
    };
    let synced = ingest(&state, &user.user_id, &asked, events, after).await?;
    Ok(Json(CompactSyncResponse {
        rejected: synced.rejected,
        progress: dala_wire::delta(&synced.progress, &request.held),
        completed_courses: synced.completed_courses,
        certificates: synced.certificates,
        trust: synced.trust,
        messages: synced.messages,
    }))
}

/// A batch of any size from a progress file (`parcels`), stored as syncs of at most
/// [`MAX_SYNC_BATCH`] events would store it, answered as the first sync shape answers: the
/// same ids, stored once, whichever way they arrive.
pub(crate) async fn answer_events(
    state: &AppState,
    user_id: &str,
    asked: &Asked,
    events: Vec<ProgressEvent>,
    after: After<'_>,
) -> Result<SyncResponse, AppError> {
    let mut batches: Vec<Vec<ProgressEvent>> = events.chunks(MAX_SYNC_BATCH).map(<[_]>::to_vec).collect();
    let last = batches.pop().unwrap_or_default();
    let (mut accepted, mut rejected) = (Vec::new(), Vec::new());
    for batch in batches {
        let synced = ingest(state, user_id, asked, batch, after).await?;
        accepted.extend(synced.accepted);
        rejected.extend(synced.rejected);
    }
    let mut answer = ingest(state, user_id, asked, last, after).await?;
    accepted.append(&mut answer.accepted);
    rejected.append(&mut answer.rejected);
    Ok(SyncResponse { accepted, rejected, ..answer })
}

/// What the device holds already, in either shape: the answer carries what came after.
#[derive(Clone, Copy)]
pub(crate) struct After<'a> {
    pub certificates: u64,
    pub trust_etag: Option<&'a str>,
    pub messages: u64,
}

/// Stores a batch of the account's events (progress, and questions and answers, which
/// [`mentoring`] checks and stores in the same transaction) and merges all of them: what the
/// sync did and answers, as the first shape answers it (the compact shape derives its own).
async fn ingest(
    state: &AppState,
    user_id: &str,
    asked: &Asked,
    events: Vec<ProgressEvent>,
    after: After<'_>,
) -> Result<SyncResponse, AppError> {
    if events.len() > MAX_SYNC_BATCH {
        return Err(AppError::BadRequest(text!("error-sync-too-many-events", max = MAX_SYNC_BATCH)));
    }
    let mut versions = Versions::default();
    let mut enrolled = enrollment::enrolled_courses(state, user_id).await?;
    // Open courses whose progress enrolls the learner with this batch.
    let mut to_enroll = Vec::new();
    let mut accepted = Vec::new();
    let mut rejected = Vec::new();
    let mut valid = Vec::new();
    // Mentoring events, with whether their author may take the course (a new thread needs it).
    let mut mentoring_events = Vec::new();
    // Attempts kept per quiz are bounded: every answer carries them all.
    let mut attempts = attempt_ids(state.store.pool(), user_id).await?;
    for event in events {
        if !event.kind.is_progress() {
            match check_ids(&event) {
                Ok(()) => mentoring_events.push(event),
                Err(reason) => rejected.push(RejectedEvent { id: event.id, reason }),
            }
            continue;
        }
        let manifest = versions.get(state, &event.course, &event.course_version).await?;
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
        let verdict = verdict.and_then(|()| {
            if !matches!(event.kind, EventKind::QuizAttempt { .. }) {
                return Ok(());
            }
            let kept = attempts.entry((event.course.clone(), event.item.clone())).or_default();
            // A stored attempt sent again is not a new one.
            if kept.contains(&event.id) || kept.len() < ATTEMPTS_KEPT_PER_QUIZ {
                kept.insert(event.id.clone());
                Ok(())
            } else {
                Err(format!(
                    "at most {ATTEMPTS_KEPT_PER_QUIZ} attempts at quiz `{}` are kept: this one was not",
                    event.item
                ))
            }
        });
        match verdict {
            Ok(()) => valid.push(event),
            Err(reason) => rejected.push(RejectedEvent { id: event.id, reason }),
        }
    }
    let now = state.clock.now();
    let mut tx = state.store.begin_write().await?;
    for course in &to_enroll {
        enrollment::enroll(&mut *tx, user_id, course, None, now).await?;
    }
    if !valid.is_empty() {
        let receipt = next_receipt(&mut tx, user_id).await?;
        let received: Vec<Received> =
            valid.iter().map(|event| Received { event, at: now, receipt }).collect();
        store(&mut tx, user_id, &received).await?;
    }
    accepted.extend(valid.iter().map(|event| event.id.clone()));
    for event in mentoring_events {
        let manifest = versions.get(state, &event.course, &event.course_version).await?;
        let may_study = enrolled.contains(&event.course) || manifest.is_some_and(|m| m.open);
        match mentoring::record(&mut tx, user_id, &event, manifest, may_study, now).await? {
            Ok(()) => accepted.push(event.id),
            Err(reason) => rejected.push(RejectedEvent { id: event.id, reason: asked.render(&reason) }),
        }
    }
    tx.commit().await?;
    let events = stored(state.store.pool(), user_id).await?;
    let (progress, completed) = merged_state(state, &events, &mut versions).await?;
    certificates::issue_for_completions(state, user_id, &completed).await?;
    let certificates = certificates::certificates_after(state, user_id, after.certificates).await?;
    let trust = certificates::trust_unless(state, after.trust_etag).await?;
    let messages = mentoring::messages_after(state.store.pool(), user_id, after.messages).await?;
    let completed_courses = completed.into_iter().map(|(slug, _, _)| slug).collect();
    Ok(SyncResponse { accepted, rejected, progress, completed_courses, certificates, trust, messages })
}

/// The courses complete in their current version: slug, manifest SHA-256 and manifest.
type Completed = Vec<(String, String, Manifest)>;

/// The merged state of `events` (each with its receipt), every quiz attempt graded by the
/// server against the quiz of the course version the learner took it in, and the courses
/// complete in their current version.
async fn merged_state(
    state: &AppState,
    events: &[(ProgressEvent, Receipt)],
    versions: &mut Versions,
) -> Result<(Vec<CourseProgress>, Completed), AppError> {
    let mut quizzes: HashMap<(String, String), Option<Quiz>> = HashMap::new();
    for (event, _) in events {
        let key = (event.course_version.clone(), event.item.clone());
        if matches!(event.kind, EventKind::QuizAttempt { .. }) && !quizzes.contains_key(&key) {
            let manifest = versions.get(state, &event.course, &event.course_version).await?;
            let quiz = match manifest.and_then(|m| m.quiz(&event.item)) {
                Some(entry) => Some(state.store.quiz(entry).await?),
                None => None,
            };
            quizzes.insert(key, quiz);
        }
    }
    let grade = |event: &ProgressEvent, answers: &[Answer]| -> Option<Graded> {
        let quiz = quizzes.get(&(event.course_version.clone(), event.item.clone()))?.as_ref()?;
        Some(Graded { grade: quiz.grade(answers), max_attempts: quiz.max_attempts })
    };
    let progress = merge(&[], events.iter().map(|(event, receipt)| (event, *receipt)), &grade);
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
            let manifest = state.store.course_version(course, version).await?;
            self.0.insert(key.clone(), manifest);
        }
        Ok(self.0[&key].as_ref())
    }
}

/// The event's and device's ids have their shapes.
fn check_ids(event: &ProgressEvent) -> Result<(), String> {
    if !is_event_id(&event.id) {
        return Err("an event id is 32 lowercase hexadecimal digits".into());
    }
    if event.device_id.is_empty() || event.device_id.len() > 64 {
        return Err("a device id is 1 to 64 characters".into());
    }
    Ok(())
}

pub(crate) fn check(event: &ProgressEvent, manifest: Option<&Manifest>) -> Result<(), String> {
    check_ids(event)?;
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
        EventKind::LessonOpened | EventKind::LessonCompleted | EventKind::QuizAttempt { .. } => Ok(()),
        // Questions and answers: `mentoring::record` checks them.
        EventKind::Ask { .. }
        | EventKind::Answer { .. }
        | EventKind::Hide { .. }
        | EventKind::MarkAnswered { .. }
        | EventKind::Delete { .. }
        | EventKind::OpenCohortThread { .. } => Ok(()),
    }
}
