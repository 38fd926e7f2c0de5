//! Mentoring: a learner asks the trainers of her organization about a lesson (or the course),
//! offline if need be; the answer comes back with her next sync.
//!
//! Questions and answers are events of the progress log (`EventKind::Ask`, `Answer`, `Hide`,
//! `MarkAnswered`, `Delete`, `OpenCohortThread`): a device keeps them in its outbox and sends
//! them with the sync, both shapes, and the sync stores them here ([`record`]) in the batch's
//! one transaction, once per event id. A sync answer then carries the messages after the
//! highest number the device holds ([`messages_after`]). Trainers answer the same way, from
//! their own device's sync; online they read `GET /organizations/{id}/questions`, the inbox.
//!
//! **Which organization.** A question goes to the organization of the learner's enrollment in
//! the course, else to her only organization as a learner; with neither (or several and no
//! enrollment to choose) it is refused with a reason ([`organization_for`]).
//!
//! **Who sees what** ([`may_mentor`]): the trainers and administrators of the thread's
//! organization see and answer its threads, hidden ones marked; the learner sees her own
//! threads, and the cohort threads of the organization and course she studies in (a hidden one
//! leaves her view). Nobody else, not the superadmin as such, nor a trainer of another
//! organization. A learner deletes her own question while no trainer answered it: its texts
//! are emptied, the thread stays as a tombstone so the same events sent again change nothing.
//!
//! **Limits.** Text of at most `limits::MESSAGE_CHARS` characters, `limits::QUESTIONS_PER_DAY`
//! questions (follow-ups included) per account in 24 hours; a refused event is answered as
//! rejected with a reason in the request's language, like an event of a closed course.
//!
//! `threads` owns the tables.

mod threads;

pub use threads::{Verdict, counts, may_mentor, messages_after, organization_for, record};

use std::collections::HashMap;

use axum::extract::{Path, State};
use axum::routing::get;
use axum::{Json, Router};
use dala_wire::{InboxPage, InboxThread, Manifest, THREADS_PER_PAGE};
use serde::Deserialize;

use crate::AppState;
use crate::accounts::AuthUser;
use crate::error::{ApiQuery, AppError};

pub fn router() -> Router<AppState> {
    Router::new().route("/organizations/{organization_id}/questions", get(list_questions))
}

#[derive(Debug, Default, Deserialize)]
struct InboxQuery {
    #[serde(default)]
    offset: u64,
}

/// `GET /api/v1/organizations/{id}/questions?offset=N`: the organization's threads for its
/// trainers and administrators, unanswered questions first, newest first, each with its course,
/// the lesson's title and blob (the text at hand to answer) and every message. Anyone else,
/// an unknown organization and the superadmin as such: 403.
async fn list_questions(
    State(state): State<AppState>,
    user: AuthUser,
    Path(organization_id): Path<String>,
    ApiQuery(query): ApiQuery<InboxQuery>,
) -> Result<Json<InboxPage>, AppError> {
    let mut conn = state.store.pool().acquire().await?;
    if !may_mentor(&mut conn, &user.user_id, &organization_id).await? {
        return Err(AppError::Forbidden);
    }
    drop(conn);
    let mut stored =
        threads::inbox(state.store.pool(), &organization_id, query.offset, THREADS_PER_PAGE + 1).await?;
    let next_offset = (stored.len() > THREADS_PER_PAGE).then(|| query.offset + THREADS_PER_PAGE as u64);
    stored.truncate(THREADS_PER_PAGE);
    let mut manifests: HashMap<String, Option<Manifest>> = HashMap::new();
    let mut questions = Vec::new();
    for thread in stored {
        if !manifests.contains_key(&thread.course) {
            let manifest = match state.store.manifest(&thread.course).await? {
                Some((_, json)) => serde_json::from_str::<Manifest>(&json).ok(),
                None => None,
            };
            manifests.insert(thread.course.clone(), manifest);
        }
        let manifest = manifests[&thread.course].as_ref();
        questions.push(InboxThread {
            course_title: manifest.map(|m| m.title.clone()).unwrap_or_default(),
            lesson: manifest.and_then(|m| m.lesson(&thread.item)).cloned(),
            thread: thread.id,
            course: thread.course,
            item: thread.item,
            learner: thread.learner,
            state: thread.state,
            hidden: thread.hidden,
            cohort: thread.cohort,
            created: thread.created,
            last_activity: thread.last_activity,
            messages: thread.messages,
        });
    }
    Ok(Json(InboxPage { questions, next_offset }))
}
