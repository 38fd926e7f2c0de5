//! Storing progress events, and the summaries of them the dashboard counts from.
//!
//! Every event the server keeps goes through [`store_events`]: the sync, and the demo data.
//! In the same transaction it updates three summary tables (see `0007_reports.sql`): the days
//! on which each learner's progress in a course arrived (`activity_days`), the lessons each
//! reached or completed (`lesson_reach`) and each learner's first attempt at each quiz
//! (`first_attempts`). Only events stored for the first time count, so a device that sends a
//! batch again changes nothing. The summaries hold one row per learner, course and day, lesson
//! or quiz, where the events hold one per click: the dashboard answers from them in
//! milliseconds on a year of ten thousand learners.

use std::collections::{BTreeMap, HashMap, HashSet};

use dala_wire::{EventKind, ProgressEvent};
use sqlx::{AnyConnection, Row};

use crate::error::AppError;

const DAY: i64 = 24 * 60 * 60;
/// Rows per INSERT: well under the parameter limits of SQLite (32,766) and PostgreSQL (65,535).
const ROWS_PER_STATEMENT: usize = 500;

/// The stored form of an event's kind: its name, and JSON of what it carries.
pub fn kind_columns(kind: &EventKind) -> (&'static str, String) {
    match kind {
        EventKind::LessonOpened => ("lesson_opened", String::new()),
        EventKind::LessonCompleted => ("lesson_completed", String::new()),
        EventKind::QuizAttempt { answers } => {
            ("quiz_attempt", serde_json::to_string(answers).expect("answers always serialise"))
        }
    }
}

/// `($first, $first+1, …), (…)`: placeholders for `rows` rows of `width` values.
fn placeholders(rows: usize, width: usize) -> String {
    (0..rows)
        .map(|row| {
            let values: Vec<String> = (1..=width).map(|col| format!("${}", row * width + col)).collect();
            format!("({})", values.join(", "))
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// A value of a row to insert.
pub enum Value<'a> {
    Text(&'a str),
    Owned(String),
    OptionalText(Option<&'a str>),
    Int(i64),
}

/// Runs `INSERT INTO {head} VALUES … {tail}` for `rows`, many rows per statement.
pub async fn insert_rows(
    conn: &mut AnyConnection,
    head: &str,
    tail: &str,
    rows: &[Vec<Value<'_>>],
) -> Result<(), AppError> {
    let Some(width) = rows.first().map(Vec::len) else { return Ok(()) };
    for chunk in rows.chunks(ROWS_PER_STATEMENT) {
        let sql = format!("INSERT INTO {head} VALUES {} {tail}", placeholders(chunk.len(), width));
        let mut query = sqlx::query(&sql);
        for value in chunk.iter().flatten() {
            query = match value {
                Value::Text(text) => query.bind(*text),
                Value::Owned(text) => query.bind(text.as_str()),
                Value::OptionalText(text) => query.bind(*text),
                Value::Int(int) => query.bind(*int),
            };
        }
        query.execute(&mut *conn).await?;
    }
    Ok(())
}

/// Stores a learner's events, each with the second the server received it, and updates the
/// summaries with those not stored before. The learner must be enrolled in each event's course.
pub async fn store_events(
    conn: &mut AnyConnection,
    user_id: &str,
    events: &[(&ProgressEvent, i64)],
) -> Result<(), AppError> {
    let mut new_ids = HashSet::new();
    for chunk in events.chunks(ROWS_PER_STATEMENT) {
        let sql = format!(
            "INSERT INTO progress_events (user_id, id, device_id, course, course_version, item, kind, \
             payload, client_time, counter, received_at) VALUES {} \
             ON CONFLICT (user_id, id) DO NOTHING RETURNING id",
            placeholders(chunk.len(), 11)
        );
        let mut query = sqlx::query(&sql);
        for (event, received_at) in chunk {
            let (kind, payload) = kind_columns(&event.kind);
            query = query
                .bind(user_id)
                .bind(&event.id)
                .bind(&event.device_id)
                .bind(&event.course)
                .bind(&event.course_version)
                .bind(&event.item)
                .bind(kind)
                .bind(payload)
                .bind(event.client_time)
                .bind(i64::try_from(event.counter).unwrap_or(i64::MAX))
                .bind(*received_at);
        }
        for row in query.fetch_all(&mut *conn).await? {
            new_ids.insert(row.get::<String, _>("id"));
        }
    }
    let fresh: Vec<(&ProgressEvent, i64)> =
        events.iter().filter(|(event, _)| new_ids.contains(&event.id)).copied().collect();
    if !fresh.is_empty() {
        summarise(conn, user_id, &fresh).await?;
    }
    Ok(())
}

/// The enrollment a summary row copies: organization and date.
type Enrolled = (Option<String>, i64);

/// Adds newly stored events to the summaries.
async fn summarise(
    conn: &mut AnyConnection,
    user_id: &str,
    events: &[(&ProgressEvent, i64)],
) -> Result<(), AppError> {
    let enrolled: HashMap<String, Enrolled> =
        sqlx::query("SELECT course, organization_id, enrolled_at FROM enrollments WHERE user_id = $1")
            .bind(user_id)
            .fetch_all(&mut *conn)
            .await?
            .iter()
            .map(|r| (r.get("course"), (r.get("organization_id"), r.get("enrolled_at"))))
            .collect();

    // (course, day) → last second; (course, lesson) → completed; (course, quiz) → first attempt.
    let mut days: BTreeMap<(&str, i64), i64> = BTreeMap::new();
    let mut lessons: BTreeMap<(&str, &str), bool> = BTreeMap::new();
    let mut attempts: BTreeMap<(&str, &str), (&ProgressEvent, String)> = BTreeMap::new();
    for &(event, received_at) in events {
        if !enrolled.contains_key(&event.course) {
            continue;
        }
        let last = days.entry((&event.course, received_at.div_euclid(DAY))).or_insert(received_at);
        *last = (*last).max(received_at);
        let key = (event.course.as_str(), event.item.as_str());
        match &event.kind {
            EventKind::LessonOpened => {
                lessons.entry(key).or_insert(false);
            }
            EventKind::LessonCompleted => {
                lessons.insert(key, true);
            }
            EventKind::QuizAttempt { .. } => {
                let order = |e: &ProgressEvent| (e.client_time, e.counter, e.id.clone());
                if attempts.get(&key).is_none_or(|(kept, _)| order(event) < order(kept)) {
                    attempts.insert(key, (event, kind_columns(&event.kind).1));
                }
            }
        }
    }
    let enrollment = |course: &str| {
        let (organization, at) = &enrolled[course];
        (Value::OptionalText(organization.as_deref()), Value::Int(*at))
    };

    let rows: Vec<Vec<Value>> = days
        .iter()
        .map(|(&(course, day), &last)| {
            let (organization, _) = enrollment(course);
            vec![Value::Text(user_id), Value::Text(course), Value::Int(day), Value::Int(last), organization]
        })
        .collect();
    insert_rows(
        conn,
        "activity_days (user_id, course, day, last_at, organization_id)",
        "ON CONFLICT (user_id, course, day) DO UPDATE SET last_at = excluded.last_at \
         WHERE excluded.last_at > activity_days.last_at",
        &rows,
    )
    .await?;

    let rows: Vec<Vec<Value>> = lessons
        .iter()
        .map(|(&(course, lesson), &completed)| {
            let (organization, at) = enrollment(course);
            vec![
                Value::Text(user_id),
                Value::Text(course),
                Value::Text(lesson),
                Value::Int(i64::from(completed)),
                organization,
                at,
            ]
        })
        .collect();
    insert_rows(
        conn,
        "lesson_reach (user_id, course, lesson, completed, organization_id, enrolled_at)",
        "ON CONFLICT (user_id, course, lesson) DO UPDATE SET completed = 1 \
         WHERE excluded.completed = 1 AND lesson_reach.completed = 0",
        &rows,
    )
    .await?;

    let rows: Vec<Vec<Value>> = attempts
        .iter()
        .map(|(&(course, quiz), (event, payload))| {
            let (organization, at) = enrollment(course);
            vec![
                Value::Text(user_id),
                Value::Text(course),
                Value::Text(quiz),
                Value::Text(&event.course_version),
                Value::Text(payload),
                Value::Int(event.client_time),
                Value::Int(i64::try_from(event.counter).unwrap_or(i64::MAX)),
                Value::Text(&event.id),
                organization,
                at,
            ]
        })
        .collect();
    insert_rows(
        conn,
        "first_attempts (user_id, course, quiz, course_version, payload, client_time, counter, event_id, \
         organization_id, enrolled_at)",
        "ON CONFLICT (user_id, course, quiz) DO UPDATE SET course_version = excluded.course_version, \
         payload = excluded.payload, client_time = excluded.client_time, counter = excluded.counter, \
         event_id = excluded.event_id \
         WHERE (excluded.client_time, excluded.counter, excluded.event_id) \
             < (first_attempts.client_time, first_attempts.counter, first_attempts.event_id)",
        &rows,
    )
    .await?;
    Ok(())
}
