//! The `progress_events` table, which this module alone writes and reads: the stored form of
//! an event (its row codec, both ways), storing a learner's events with the order the server
//! received them in, and reading them back.
//!
//! Every event the server keeps goes through [`store`]: the sync, and the demo data. In the
//! same transaction it hands the events stored for the first time to
//! [`reports::activity::summarise`](crate::reports::activity::summarise), so the dashboard's
//! summaries never miss an event nor count one twice.

use std::collections::{HashMap, HashSet};

use dala_wire::{EventKind, ProgressEvent, Receipt};
use sqlx::{AnyConnection, AnyPool, Row};

use crate::error::AppError;
use crate::store::{Value, insert_rows};

/// An event as the server received it: the second it arrived, and its receipt (see the
/// module docs of [`progress`](super)).
#[derive(Debug, Clone, Copy)]
pub struct Received<'a> {
    pub event: &'a ProgressEvent,
    /// Seconds since the Unix epoch.
    pub at: i64,
    pub receipt: Receipt,
}

/// The stored form of a progress event's kind: its name, and JSON of what it carries. `None`
/// for questions and answers, which `mentoring` stores in its own tables.
pub fn kind_columns(kind: &EventKind) -> Option<(&'static str, String)> {
    Some(match kind {
        EventKind::LessonOpened => ("lesson_opened", String::new()),
        EventKind::LessonCompleted => ("lesson_completed", String::new()),
        EventKind::QuizAttempt { answers } => {
            ("quiz_attempt", serde_json::to_string(answers).expect("answers always serialise"))
        }
        EventKind::Ask { .. }
        | EventKind::Answer { .. }
        | EventKind::Hide { .. }
        | EventKind::MarkAnswered { .. }
        | EventKind::Delete { .. }
        | EventKind::OpenCohortThread { .. } => return None,
    })
}

/// An event's kind from its stored form; `None` for a kind this server does not know.
pub fn kind_from_columns(name: &str, payload: &str) -> Option<EventKind> {
    match name {
        "lesson_opened" => Some(EventKind::LessonOpened),
        "lesson_completed" => Some(EventKind::LessonCompleted),
        "quiz_attempt" => Some(EventKind::QuizAttempt { answers: serde_json::from_str(payload).ok()? }),
        _ => None,
    }
}

/// A device counter or a receipt as a `BIGINT`.
fn bigint(n: u64) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

/// The receipt of a learner's next batch: one above the highest stored. Read inside the
/// transaction that stores the batch (on SQLite one that holds the write lock from its start:
/// `Store::begin_write`).
pub async fn next_receipt(conn: &mut AnyConnection, user_id: &str) -> Result<Receipt, AppError> {
    let highest: i64 =
        sqlx::query_scalar("SELECT COALESCE(MAX(received_order), 0) FROM progress_events WHERE user_id = $1")
            .bind(user_id)
            .fetch_one(&mut *conn)
            .await?;
    Ok(u64::try_from(highest).unwrap_or(0) + 1)
}

/// Stores a learner's events and adds those not stored before to the dashboard's summaries.
/// An event already stored keeps what it was stored with (its receipt among it). The learner
/// must be enrolled in each event's course. Only progress is stored here: a question or an
/// answer handed in is left out (`mentoring::record` stores those).
pub async fn store(conn: &mut AnyConnection, user_id: &str, events: &[Received<'_>]) -> Result<(), AppError> {
    let rows: Vec<Vec<Value>> = events
        .iter()
        .filter_map(|&Received { event, at, receipt }| {
            let (kind, payload) = kind_columns(&event.kind)?;
            Some(vec![
                Value::Text(user_id),
                Value::Text(&event.id),
                Value::Text(&event.device_id),
                Value::Text(&event.course),
                Value::Text(&event.course_version),
                Value::Text(&event.item),
                Value::Text(kind),
                Value::Owned(payload),
                Value::Int(event.client_time),
                Value::Int(bigint(event.counter)),
                Value::Int(at),
                Value::Int(bigint(receipt)),
            ])
        })
        .collect();
    let new_ids: std::collections::HashSet<String> = insert_rows(
        conn,
        "progress_events (user_id, id, device_id, course, course_version, item, kind, payload, \
         client_time, counter, received_at, received_order)",
        "ON CONFLICT (user_id, id) DO NOTHING RETURNING id",
        &rows,
    )
    .await?
    .iter()
    .map(|row| row.get("id"))
    .collect();
    let fresh: Vec<Received> = events.iter().filter(|r| new_ids.contains(&r.event.id)).copied().collect();
    if !fresh.is_empty() {
        crate::reports::activity::summarise(conn, user_id, &fresh).await?;
    }
    Ok(())
}

/// The ids of a learner's stored quiz attempts, per course and quiz.
pub async fn attempt_ids(
    pool: &AnyPool,
    user_id: &str,
) -> Result<HashMap<(String, String), HashSet<String>>, AppError> {
    let rows = sqlx::query(
        "SELECT course, item, id FROM progress_events WHERE user_id = $1 AND kind = 'quiz_attempt'",
    )
    .bind(user_id)
    .fetch_all(pool)
    .await?;
    let mut ids: HashMap<(String, String), HashSet<String>> = HashMap::new();
    for row in rows {
        ids.entry((row.get("course"), row.get("item"))).or_default().insert(row.get("id"));
    }
    Ok(ids)
}

/// Every stored event of a learner, each with its receipt. Events of a kind this server does
/// not know are left out.
pub async fn stored(pool: &AnyPool, user_id: &str) -> Result<Vec<(ProgressEvent, Receipt)>, AppError> {
    let rows = sqlx::query(
        "SELECT id, device_id, course, course_version, item, kind, payload, client_time, counter, \
         received_order FROM progress_events WHERE user_id = $1",
    )
    .bind(user_id)
    .fetch_all(pool)
    .await?;
    Ok(rows
        .into_iter()
        .filter_map(|row| {
            let event = ProgressEvent {
                id: row.get("id"),
                device_id: row.get("device_id"),
                course: row.get("course"),
                course_version: row.get("course_version"),
                item: row.get("item"),
                kind: kind_from_columns(&row.get::<String, _>("kind"), &row.get::<String, _>("payload"))?,
                client_time: row.get("client_time"),
                counter: u64::try_from(row.get::<i64, _>("counter")).unwrap_or(0),
            };
            Some((event, u64::try_from(row.get::<i64, _>("received_order")).unwrap_or(0)))
        })
        .collect())
}
