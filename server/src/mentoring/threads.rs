//! The `mentoring_threads`, `mentoring_messages` and `mentoring_counter` tables, which this
//! module alone writes and reads: storing a mentoring event in the sync's transaction (after
//! checking who may do what), the messages a sync answer carries, the inbox's threads and the
//! dashboard's counts.

use std::collections::{BTreeMap, BTreeSet};

use dala_wire::limits::{MESSAGE_CHARS, QUESTIONS_PER_DAY};
use dala_wire::{EventKind, Manifest, MessageAuthor, MessageKind, ProgressEvent, ThreadMessage, is_event_id};
use sqlx::{AnyConnection, AnyPool, Row};

use crate::error::AppError;
use crate::i18n::Text;
use crate::text;

const DAY: i64 = 24 * 60 * 60;

/// What a mentoring event asks of the store: stored, or refused with a reason to show.
pub type Verdict = Result<(), Text>;

/// The organization a learner's question about `course` goes to: the organization of her
/// enrollment in the course if it names one, else her only organization as a learner; `None`
/// when there is none or more than one to choose from.
pub async fn organization_for(
    conn: &mut AnyConnection,
    learner: &str,
    course: &str,
) -> Result<Option<String>, AppError> {
    let enrolled: Option<Option<String>> =
        sqlx::query_scalar("SELECT organization_id FROM enrollments WHERE user_id = $1 AND course = $2")
            .bind(learner)
            .bind(course)
            .fetch_optional(&mut *conn)
            .await?;
    if let Some(Some(organization)) = enrolled {
        return Ok(Some(organization));
    }
    let memberships: Vec<String> = sqlx::query_scalar(
        "SELECT DISTINCT organization_id FROM memberships WHERE user_id = $1 AND role = 'learner'",
    )
    .bind(learner)
    .fetch_all(&mut *conn)
    .await?;
    Ok(match memberships.as_slice() {
        [only] => Some(only.clone()),
        _ => None,
    })
}

/// Whether `user_id` mentors in `organization_id`: a trainer or administrator there. Nobody
/// else, not the superadmin as such: questions are read by the learner's own trainers.
pub async fn may_mentor(
    conn: &mut AnyConnection,
    user_id: &str,
    organization_id: &str,
) -> Result<bool, AppError> {
    let found: Option<i64> = sqlx::query_scalar(
        "SELECT 1 FROM memberships WHERE user_id = $1 AND organization_id = $2 \
         AND role IN ('trainer', 'administrator')",
    )
    .bind(user_id)
    .bind(organization_id)
    .fetch_optional(&mut *conn)
    .await?;
    Ok(found.is_some())
}

/// A message's text: Markdown, not blank, at most [`MESSAGE_CHARS`] characters, no control
/// characters but line breaks and tabs.
fn check_text(text: &str) -> Verdict {
    if text.trim().is_empty() {
        return Err(text!("error-message-empty"));
    }
    if text.chars().count() > MESSAGE_CHARS {
        return Err(text!("error-message-too-long", max = MESSAGE_CHARS));
    }
    if text.chars().any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t')) {
        return Err(text!("error-message-control-characters"));
    }
    Ok(())
}

/// A thread as the checks need it.
struct Thread {
    organization_id: String,
    course: String,
    learner_id: String,
    state: String,
    hidden: bool,
    cohort: bool,
    answered: bool,
}

async fn thread(conn: &mut AnyConnection, id: &str) -> Result<Option<Thread>, AppError> {
    let row = sqlx::query(
        "SELECT organization_id, course, learner_id, state, hidden, cohort, answered_at \
         FROM mentoring_threads WHERE id = $1",
    )
    .bind(id)
    .fetch_optional(&mut *conn)
    .await?;
    Ok(row.map(|row| Thread {
        organization_id: row.get("organization_id"),
        course: row.get("course"),
        learner_id: row.get("learner_id"),
        state: row.get("state"),
        hidden: row.get::<i64, _>("hidden") != 0,
        cohort: row.get::<i64, _>("cohort") != 0,
        answered: row.get::<Option<i64>, _>("answered_at").is_some(),
    }))
}

/// The next message number (see the migration: given in commit order).
async fn next_number(conn: &mut AnyConnection) -> Result<i64, AppError> {
    Ok(sqlx::query_scalar("UPDATE mentoring_counter SET last = last + 1 WHERE id = 1 RETURNING last")
        .fetch_one(&mut *conn)
        .await?)
}

/// A message to store: its thread, the event carrying it, who wrote it in which capacity.
struct Message<'a> {
    thread: &'a str,
    event: &'a str,
    author: &'a str,
    kind: &'a str,
    by_staff: bool,
    body: &'a str,
    now: i64,
}

/// A new message of its thread, numbered.
async fn add_message(conn: &mut AnyConnection, message: Message<'_>) -> Result<(), AppError> {
    let Message { thread, event, author, kind, by_staff, body, now } = message;
    let number = next_number(conn).await?;
    sqlx::query(
        "INSERT INTO mentoring_messages (number, thread_id, event_id, author_id, kind, by_staff, body, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(number)
    .bind(thread)
    .bind(event)
    .bind(author)
    .bind(kind)
    .bind(i64::from(by_staff))
    .bind(body)
    .bind(now)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Checks and stores one mentoring event of `author`, in the sync batch's transaction.
/// `manifest` is the event's course version, which a new thread needs (the lesson must be in
/// it); `may_study` whether the author may take the course (enrolled, or it is open). An event
/// already stored under its id is accepted again and changes nothing; a refused one changes
/// nothing either.
pub async fn record(
    conn: &mut AnyConnection,
    author: &str,
    event: &ProgressEvent,
    manifest: Option<&Manifest>,
    may_study: bool,
    now: i64,
) -> Result<Verdict, AppError> {
    let Some(thread_id) = event.kind.thread(&event.id) else {
        return Err(AppError::Internal("a progress event handed to mentoring".into()));
    };
    if !is_event_id(thread_id) {
        return Ok(Err(text!("error-question-not-found")));
    }
    let stored: Option<String> =
        sqlx::query_scalar("SELECT author_id FROM mentoring_messages WHERE event_id = $1")
            .bind(&event.id)
            .fetch_optional(&mut *conn)
            .await?;
    match stored {
        Some(by) if by == author => return Ok(Ok(())),
        Some(_) => return Ok(Err(text!("error-question-event-taken"))),
        None => {}
    }
    if let EventKind::Ask { text, .. }
    | EventKind::Answer { text, .. }
    | EventKind::OpenCohortThread { text, .. } = &event.kind
        && let Err(reason) = check_text(text)
    {
        return Ok(Err(reason));
    }
    let opens = thread_id == event.id;
    match &event.kind {
        EventKind::Ask { text, .. } => {
            let asked_today: i64 = sqlx::query_scalar(
                "SELECT COUNT(*) FROM mentoring_messages WHERE author_id = $1 AND kind = 'question' \
                 AND created_at > $2",
            )
            .bind(author)
            .bind(now - DAY)
            .fetch_one(&mut *conn)
            .await?;
            if usize::try_from(asked_today).unwrap_or(usize::MAX) >= QUESTIONS_PER_DAY {
                return Ok(Err(text!("error-question-daily-limit", max = QUESTIONS_PER_DAY)));
            }
            if opens {
                if let Err(reason) = opening(event, manifest, may_study) {
                    return Ok(Err(reason));
                }
                let Some(organization) = organization_for(conn, author, &event.course).await? else {
                    return Ok(Err(text!("error-question-no-organization")));
                };
                insert_thread(conn, &event.id, &organization, event, author, false, now).await?;
                add_message(
                    conn,
                    Message {
                        thread: &event.id,
                        event: &event.id,
                        author,
                        kind: "question",
                        by_staff: false,
                        body: text,
                        now,
                    },
                )
                .await?;
                return Ok(Ok(()));
            }
            let Some(thread) = thread(conn, thread_id).await? else {
                return Ok(Err(text!("error-question-not-found")));
            };
            let member = if thread.cohort {
                !thread.hidden
                    && organization_for(conn, author, &thread.course).await?.as_deref()
                        == Some(thread.organization_id.as_str())
            } else {
                thread.learner_id == author
            };
            if !member || thread.state == "deleted" {
                return Ok(Err(text!("error-question-not-found")));
            }
            add_message(
                conn,
                Message {
                    thread: thread_id,
                    event: &event.id,
                    author,
                    kind: "question",
                    by_staff: false,
                    body: text,
                    now,
                },
            )
            .await?;
            // A follow-up to an answered question waits for a trainer again (a cohort thread
            // keeps its state: it is a discussion, not a question).
            let update = if thread.cohort {
                "UPDATE mentoring_threads SET last_activity = $1 WHERE id = $2"
            } else {
                "UPDATE mentoring_threads SET state = 'open', last_activity = $1 WHERE id = $2"
            };
            sqlx::query(update).bind(now).bind(thread_id).execute(&mut *conn).await?;
        }
        EventKind::OpenCohortThread { organization, text } => {
            if let Err(reason) = opening(event, manifest, true) {
                return Ok(Err(reason));
            }
            if !may_mentor(conn, author, organization).await? {
                return Ok(Err(text!("error-question-not-staff")));
            }
            insert_thread(conn, &event.id, organization, event, author, true, now).await?;
            add_message(
                conn,
                Message {
                    thread: &event.id,
                    event: &event.id,
                    author,
                    kind: "cohort",
                    by_staff: true,
                    body: text,
                    now,
                },
            )
            .await?;
        }
        EventKind::Answer { .. } | EventKind::Hide { .. } | EventKind::MarkAnswered { .. } => {
            let Some(thread) = thread(conn, thread_id).await? else {
                return Ok(Err(text!("error-question-not-found")));
            };
            if !may_mentor(conn, author, &thread.organization_id).await? {
                return Ok(Err(text!("error-question-not-staff")));
            }
            if thread.state == "deleted" {
                return Ok(Err(text!("error-question-not-found")));
            }
            let (kind, body, change) = match &event.kind {
                EventKind::Answer { text, .. } => (
                    "answer",
                    text.as_str(),
                    "UPDATE mentoring_threads SET state = 'answered', answered_at = COALESCE(answered_at, $1), \
                     last_activity = $1 WHERE id = $2",
                ),
                EventKind::MarkAnswered { .. } => (
                    "marked_answered",
                    "",
                    "UPDATE mentoring_threads SET state = 'answered', answered_at = COALESCE(answered_at, $1) \
                     WHERE id = $2",
                ),
                _ => ("hidden", "", "UPDATE mentoring_threads SET hidden = 1 WHERE id = $1"),
            };
            add_message(
                conn,
                Message { thread: thread_id, event: &event.id, author, kind, by_staff: true, body, now },
            )
            .await?;
            let query = sqlx::query(change);
            let query = if kind == "hidden" { query } else { query.bind(now) };
            query.bind(thread_id).execute(&mut *conn).await?;
        }
        EventKind::Delete { .. } => {
            let Some(thread) = thread(conn, thread_id).await? else {
                return Ok(Err(text!("error-question-not-found")));
            };
            if thread.cohort || thread.learner_id != author {
                return Ok(Err(text!("error-question-not-found")));
            }
            if thread.answered {
                return Ok(Err(text!("error-question-already-answered")));
            }
            // Her words leave the server; the rows stay, so the same events sent again are
            // still known, and her other devices learn of the deletion with their next sync.
            sqlx::query("UPDATE mentoring_messages SET body = '' WHERE thread_id = $1")
                .bind(thread_id)
                .execute(&mut *conn)
                .await?;
            add_message(
                conn,
                Message {
                    thread: thread_id,
                    event: &event.id,
                    author,
                    kind: "deleted",
                    by_staff: false,
                    body: "",
                    now,
                },
            )
            .await?;
            sqlx::query("UPDATE mentoring_threads SET state = 'deleted', last_activity = $1 WHERE id = $2")
                .bind(now)
                .bind(thread_id)
                .execute(&mut *conn)
                .await?;
        }
        EventKind::LessonOpened | EventKind::LessonCompleted | EventKind::QuizAttempt { .. } => {
            return Err(AppError::Internal("a progress event handed to mentoring".into()));
        }
    }
    Ok(Ok(()))
}

/// What a new thread needs of its course: the version exists, the item is one of its lessons
/// or empty (the course page), and the author may take the course.
fn opening(event: &ProgressEvent, manifest: Option<&Manifest>, may_study: bool) -> Verdict {
    let Some(manifest) = manifest else {
        return Err(text!("error-question-unknown-course", course = &event.course));
    };
    if !event.item.is_empty() && manifest.lesson(&event.item).is_none() {
        return Err(text!("error-question-unknown-lesson", lesson = &event.item));
    }
    if !may_study {
        return Err(text!("error-question-not-enrolled", course = &event.course));
    }
    Ok(())
}

async fn insert_thread(
    conn: &mut AnyConnection,
    id: &str,
    organization: &str,
    event: &ProgressEvent,
    author: &str,
    cohort: bool,
    now: i64,
) -> Result<(), AppError> {
    sqlx::query(
        "INSERT INTO mentoring_threads (id, organization_id, course, item, learner_id, created_at, \
         last_activity, state, hidden, cohort) VALUES ($1, $2, $3, $4, $5, $6, $6, 'open', 0, $7)",
    )
    .bind(id)
    .bind(organization)
    .bind(&event.course)
    .bind(&event.item)
    .bind(author)
    .bind(now)
    .bind(i64::from(cohort))
    .execute(&mut *conn)
    .await?;
    Ok(())
}

fn message_kind(stored: &str) -> Option<MessageKind> {
    Some(match stored {
        "question" => MessageKind::Question,
        "answer" => MessageKind::Answer,
        "cohort" => MessageKind::Cohort,
        "marked_answered" => MessageKind::MarkedAnswered,
        "hidden" => MessageKind::Hidden,
        "deleted" => MessageKind::Deleted,
        _ => return None,
    })
}

const MESSAGE_COLUMNS: &str = "m.number, m.thread_id, m.event_id, m.kind, m.by_staff, m.body, m.created_at, \
     m.author_id, u.display_name, t.course, t.item FROM mentoring_messages m \
     JOIN mentoring_threads t ON t.id = m.thread_id JOIN users u ON u.id = m.author_id";

/// The messages after `after` that `user_id` may see, oldest first: her own threads (a trainer's
/// hiding of one is not hers to see) and the cohort threads of the organization and course she
/// studies in (a hidden one only as the message that hides it, so it leaves her devices).
pub async fn messages_after(
    pool: &AnyPool,
    user_id: &str,
    after: u64,
) -> Result<Vec<ThreadMessage>, AppError> {
    let after = i64::try_from(after).unwrap_or(i64::MAX);
    let mut conn = pool.acquire().await?;
    let mut rows = sqlx::query(&format!(
        "SELECT {MESSAGE_COLUMNS} WHERE m.number > $1 AND t.learner_id = $2 \
         AND (t.cohort = 1 OR m.kind <> 'hidden')"
    ))
    .bind(after)
    .bind(user_id)
    .fetch_all(&mut *conn)
    .await?;
    let cohorts: BTreeSet<(String, String)> = {
        let courses: Vec<String> = sqlx::query_scalar("SELECT course FROM enrollments WHERE user_id = $1")
            .bind(user_id)
            .fetch_all(&mut *conn)
            .await?;
        let mut cohorts = BTreeSet::new();
        for course in courses {
            if let Some(organization) = organization_for(&mut conn, user_id, &course).await? {
                cohorts.insert((organization, course));
            }
        }
        cohorts
    };
    for (organization, course) in cohorts {
        rows.extend(
            sqlx::query(&format!(
                "SELECT {MESSAGE_COLUMNS} WHERE m.number > $1 AND t.cohort = 1 AND t.organization_id = $2 \
                 AND t.course = $3 AND t.learner_id <> $4 AND (t.hidden = 0 OR m.kind = 'hidden')"
            ))
            .bind(after)
            .bind(&organization)
            .bind(&course)
            .bind(user_id)
            .fetch_all(&mut *conn)
            .await?,
        );
    }
    let mut messages: Vec<ThreadMessage> = rows
        .iter()
        .filter_map(|row| {
            let thread: String = row.get("thread_id");
            let event: String = row.get("event_id");
            let opening = thread == event;
            let author_id: String = row.get("author_id");
            let author = if author_id == user_id {
                MessageAuthor::Me
            } else if row.get::<i64, _>("by_staff") != 0 {
                MessageAuthor::Staff(row.get("display_name"))
            } else {
                MessageAuthor::Learner
            };
            Some(ThreadMessage {
                number: u64::try_from(row.get::<i64, _>("number")).unwrap_or(0),
                kind: message_kind(&row.get::<String, _>("kind"))?,
                author,
                text: row.get("body"),
                created: row.get("created_at"),
                course: if opening { row.get("course") } else { String::new() },
                item: if opening { row.get("item") } else { String::new() },
                thread,
                event,
            })
        })
        .collect();
    messages.sort_by_key(|m| m.number);
    messages.dedup_by_key(|m| m.number);
    Ok(messages)
}

/// One thread of an organization's inbox, as stored.
pub struct StoredThread {
    pub id: String,
    pub course: String,
    pub item: String,
    pub learner: String,
    pub state: dala_wire::ThreadState,
    pub hidden: bool,
    pub cohort: bool,
    pub created: i64,
    pub last_activity: i64,
    pub messages: Vec<dala_wire::InboxMessage>,
}

/// The organization's threads but deleted ones, unanswered questions first, newest first within
/// each; `limit` of them from `offset`.
pub async fn inbox(
    pool: &AnyPool,
    organization_id: &str,
    offset: u64,
    limit: usize,
) -> Result<Vec<StoredThread>, AppError> {
    let rows = sqlx::query(
        "SELECT t.id, t.course, t.item, t.state, t.hidden, t.cohort, t.created_at, t.last_activity, \
         u.display_name FROM mentoring_threads t JOIN users u ON u.id = t.learner_id \
         WHERE t.organization_id = $1 AND t.state <> 'deleted' \
         ORDER BY CASE WHEN t.state = 'open' AND t.cohort = 0 THEN 0 ELSE 1 END, t.last_activity DESC, t.id \
         LIMIT $2 OFFSET $3",
    )
    .bind(organization_id)
    .bind(i64::try_from(limit).unwrap_or(i64::MAX))
    .bind(i64::try_from(offset).unwrap_or(i64::MAX))
    .fetch_all(pool)
    .await?;
    let mut threads = Vec::new();
    for row in rows {
        let id: String = row.get("id");
        let cohort = row.get::<i64, _>("cohort") != 0;
        let messages = sqlx::query(
            "SELECT m.number, m.kind, m.by_staff, m.body, m.created_at, u.display_name \
             FROM mentoring_messages m JOIN users u ON u.id = m.author_id WHERE m.thread_id = $1 ORDER BY m.number",
        )
        .bind(&id)
        .fetch_all(pool)
        .await?
        .iter()
        .filter_map(|m| {
            Some(dala_wire::InboxMessage {
                number: u64::try_from(m.get::<i64, _>("number")).unwrap_or(0),
                kind: message_kind(&m.get::<String, _>("kind"))?,
                author: m.get("display_name"),
                staff: m.get::<i64, _>("by_staff") != 0,
                text: m.get("body"),
                created: m.get("created_at"),
            })
        })
        .collect();
        threads.push(StoredThread {
            course: row.get("course"),
            item: row.get("item"),
            learner: if cohort { String::new() } else { row.get("display_name") },
            state: match row.get::<String, _>("state").as_str() {
                "answered" => dala_wire::ThreadState::Answered,
                _ => dala_wire::ThreadState::Open,
            },
            hidden: row.get::<i64, _>("hidden") != 0,
            cohort,
            created: row.get("created_at"),
            last_activity: row.get("last_activity"),
            messages,
            id,
        });
    }
    Ok(threads)
}

/// Per organization and course: questions asked in `[from, to)` (learners' threads, deleted
/// ones left out), how many are answered, and the median minutes to the first answer.
pub async fn counts(
    pool: &AnyPool,
    organizations: &[(String, String)],
    course: Option<&str>,
    from: i64,
    to: i64,
) -> Result<Vec<dala_wire::QuestionCounts>, AppError> {
    let mut counts = Vec::new();
    for (organization, _) in organizations {
        let rows = sqlx::query(
            "SELECT course, created_at, answered_at FROM mentoring_threads WHERE organization_id = $1 \
             AND cohort = 0 AND state <> 'deleted' AND created_at >= $2 AND created_at < $3 \
             AND (course = $4 OR $4 = '')",
        )
        .bind(organization)
        .bind(from)
        .bind(to)
        .bind(course.unwrap_or(""))
        .fetch_all(pool)
        .await?;
        let mut by_course: BTreeMap<String, (u64, Vec<i64>)> = BTreeMap::new();
        for row in rows {
            let (asked, waits) = by_course.entry(row.get("course")).or_default();
            *asked += 1;
            if let Some(answered) = row.get::<Option<i64>, _>("answered_at") {
                waits.push(answered - row.get::<i64, _>("created_at"));
            }
        }
        for (course, (asked, mut waits)) in by_course {
            waits.sort_unstable();
            counts.push(dala_wire::QuestionCounts {
                organization: organization.clone(),
                course,
                asked,
                answered: waits.len() as u64,
                median_minutes_to_answer: median(&waits).map(|seconds| (seconds / 60.0).round() as u64),
            });
        }
    }
    Ok(counts)
}

/// The median of sorted values (the mean of the middle two for an even count).
fn median(sorted: &[i64]) -> Option<f64> {
    let n = sorted.len();
    match n {
        0 => None,
        _ if n % 2 == 1 => Some(sorted[n / 2] as f64),
        _ => Some((sorted[n / 2 - 1] + sorted[n / 2]) as f64 / 2.0),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_median_of_an_even_count_is_the_middle_pair_s_mean() {
        assert_eq!(median(&[]), None);
        assert_eq!(median(&[60]), Some(60.0));
        assert_eq!(median(&[60, 120, 3600]), Some(120.0));
        assert_eq!(median(&[60, 120, 180, 3600]), Some(150.0));
    }

    #[test]
    fn a_message_is_text_of_bounded_length() {
        assert!(check_text("How do I register?\n\n- a list\tand a tab").is_ok());
        assert_eq!(check_text("  \n").unwrap_err().id, "error-message-empty");
        assert_eq!(check_text(&"я".repeat(MESSAGE_CHARS)).map_err(|t| t.id), Ok(()));
        assert_eq!(check_text(&"я".repeat(MESSAGE_CHARS + 1)).unwrap_err().id, "error-message-too-long");
        assert_eq!(check_text("a\u{0}b").unwrap_err().id, "error-message-control-characters");
    }
}
