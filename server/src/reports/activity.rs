//! The summaries of progress events the dashboard counts from.
//!
//! [`progress::store`](crate::progress::store) hands [`summarise`] the events it stored for the
//! first time, in the same transaction, so a device that sends a batch again changes nothing.
//! Three summary tables (see `0007_reports.sql`) are kept: the days on which each learner's
//! progress in a course arrived (`activity_days`), the lessons each reached or completed
//! (`lesson_reach`) and each learner's first attempt at each quiz (`first_attempts`). The
//! summaries hold one row per learner, course and day, lesson or quiz, where the events hold one
//! per click: the dashboard answers from them in milliseconds on a year of ten thousand learners.

use std::collections::{BTreeMap, HashMap};

use dala_wire::{EventKind, ProgressEvent};
use sqlx::{AnyConnection, Row};

use crate::error::AppError;
use crate::progress::{Received, kind_columns};
use crate::store::{Value, insert_rows};

const DAY: i64 = 24 * 60 * 60;

/// The enrollment a summary row copies: organization and date.
type Enrolled = (Option<String>, i64);

/// Adds newly stored events of a learner to the summaries; events of a course the learner is
/// not enrolled in are left out.
pub async fn summarise(
    conn: &mut AnyConnection,
    user_id: &str,
    events: &[Received<'_>],
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
    for &Received { event, at: received_at, .. } in events {
        // A question is not lesson activity: it neither makes a learner active nor reaches a
        // lesson (and `progress` never hands one in; this keeps the rule here too).
        if !enrolled.contains_key(&event.course) || !event.kind.is_progress() {
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
                    let answers = kind_columns(&event.kind).map(|(_, answers)| answers).unwrap_or_default();
                    attempts.insert(key, (event, answers));
                }
            }
            EventKind::Ask { .. }
            | EventKind::Answer { .. }
            | EventKind::Hide { .. }
            | EventKind::MarkAnswered { .. }
            | EventKind::Delete { .. }
            | EventKind::OpenCohortThread { .. } => {}
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
