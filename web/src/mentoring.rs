//! The trainers' side of mentoring: the inbox of one organization and what a trainer does with
//! a question (answer it, mark it answered, hide it).
//!
//! The inbox comes from `GET /api/v1/organizations/{id}/questions`. Unlike the other
//! organization pages ([`crate::organization`]), its first page is kept on the device, as the
//! signed-in account's only and removed with its session ([`crate::storage::forget_account`]):
//! a trainer in a village reads the questions while online and answers them on the bus. What a
//! trainer does is an event of the same outbox as a learner's progress ([`crate::sync::record`]),
//! sent with the next sync; until then the inbox shows it as waiting to be sent
//! ([`with_waiting`], tested on the host).

use dala_wire::{EventKind, InboxPage, InboxThread};

use crate::api;
use crate::device::{Fact, OutboxEntry};
use crate::failure::{self, Failure};
use crate::storage;
use crate::sync;

/// What a trainer did to a thread that the server does not hold yet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Waiting {
    Answer(String),
    MarkAnswered,
    Hide,
}

/// One inbox thread as the page shows it: the server's thread and what waits on this device.
#[derive(Debug, Clone, PartialEq)]
pub struct InboxEntry {
    pub thread: InboxThread,
    pub waiting: Vec<Waiting>,
}

/// The inbox page as read: the server's, or kept from the last time online.
#[derive(Debug, Clone, PartialEq)]
pub struct Inbox {
    pub entries: Vec<InboxEntry>,
    pub next_offset: Option<u64>,
    /// Read offline from what this device kept.
    pub kept: bool,
}

/// `page`'s threads with what `account`'s outbox holds for each of them, oldest first. Another
/// account's waiting events are never shown (see the device rules in ARCHITECTURE.md).
pub fn with_waiting(page: &InboxPage, outbox: &[OutboxEntry], account: &str) -> Vec<InboxEntry> {
    let mut waiting: Vec<&OutboxEntry> =
        outbox.iter().filter(|e| e.account.as_deref() == Some(account)).collect();
    waiting.sort_by_key(|e| e.event.counter);
    page.questions
        .iter()
        .map(|thread| InboxEntry {
            thread: thread.clone(),
            waiting: waiting
                .iter()
                .filter(|e| e.event.kind.thread(&e.event.id) == Some(thread.thread.as_str()))
                .filter_map(|e| match &e.event.kind {
                    EventKind::Answer { text, .. } => Some(Waiting::Answer(text.clone())),
                    EventKind::MarkAnswered { .. } => Some(Waiting::MarkAnswered),
                    EventKind::Hide { .. } => Some(Waiting::Hide),
                    _ => None,
                })
                .collect(),
        })
        .collect()
}

/// One page of the inbox of `organization`: from the server when it answers (the first page
/// is then kept), else the kept one.
pub async fn inbox(organization: String, offset: u64) -> Result<Inbox, Failure> {
    let session = failure::session().await?;
    let account = session.user.id.clone();
    let (page, kept) = match api::questions(&session.token, &organization, offset).await {
        Ok(page) => {
            if offset == 0 {
                // Not kept (a full disk): the page still shows it.
                let _ = storage::put_inbox(&account, &organization, &page).await;
            }
            (page, false)
        }
        Err(api::ApiFailure::Offline) if offset == 0 => {
            match storage::inbox(&account, &organization).await? {
                Some(page) => (page, true),
                None => return Err(Failure::Offline),
            }
        }
        Err(e) => return Err(e.into()),
    };
    let outbox = storage::outbox().await?;
    Ok(Inbox { entries: with_waiting(&page, &outbox, &account), next_offset: page.next_offset, kept })
}

/// Keeps what the trainer did to `thread` in the outbox, to go with the next sync (at once
/// when online).
pub async fn act(thread: &InboxThread, act: Waiting) -> Result<(), Failure> {
    let id = thread.thread.clone();
    let kind = match act {
        Waiting::Answer(text) => EventKind::Answer { thread: id, text: sync::message_text(&text)? },
        Waiting::MarkAnswered => EventKind::MarkAnswered { thread: id },
        Waiting::Hide => EventKind::Hide { thread: id },
    };
    // The server needs no course version for these: the thread names its course.
    let fact = Fact {
        course: thread.course.clone(),
        course_version: String::new(),
        item: thread.item.clone(),
        kind,
        graded: None,
    };
    sync::record_message(fact).await
}

/// Opens a discussion to the whole cohort of `course` in `organization` (its learners of that
/// course read it and reply), on the course page. Kept in the outbox like an answer; it names
/// the course's current version, from the server or, offline, a download on this device.
pub async fn open_cohort_thread(organization: String, course: String, text: String) -> Result<(), Failure> {
    let text = sync::message_text(&text)?;
    let version = match api::manifest(&course).await {
        Ok((_, sha256)) => sha256,
        Err(api::ApiFailure::Offline) => match storage::course(&course).await? {
            Some(stored) => stored.manifest_sha256,
            None => return Err(Failure::Offline),
        },
        Err(e) => return Err(e.into()),
    };
    let kind = EventKind::OpenCohortThread { organization, text };
    sync::record_message(Fact { course, course_version: version, item: String::new(), kind, graded: None })
        .await
}

/// The lesson a question is about, as HTML (the server's sanitised rendering): from this
/// device if it holds the blob, else from the server.
pub async fn lesson_html(blob: dala_wire::BlobRef) -> Result<String, Failure> {
    let bytes = match storage::blob(&blob.sha256).await? {
        Some(bytes) => bytes,
        None => api::blob(&blob).await?,
    };
    String::from_utf8(bytes).map_err(|_| Failure::Integrity)
}

#[cfg(test)]
mod tests {
    use dala_wire::{InboxMessage, MessageKind, ProgressEvent, ThreadState};

    use super::*;

    fn thread(id: &str) -> InboxThread {
        InboxThread {
            thread: id.into(),
            course: "course".into(),
            course_title: "Course".into(),
            item: "lesson".into(),
            lesson: None,
            learner: "Dana".into(),
            state: ThreadState::Open,
            hidden: false,
            cohort: false,
            created: 1,
            last_activity: 1,
            messages: vec![InboxMessage {
                number: 1,
                kind: MessageKind::Question,
                author: "Dana".into(),
                staff: false,
                text: "How?".into(),
                created: 1,
            }],
        }
    }

    fn entry(account: &str, counter: u64, kind: EventKind) -> OutboxEntry {
        OutboxEntry {
            account: Some(account.into()),
            event: ProgressEvent {
                id: format!("{counter:032x}"),
                device_id: "d".into(),
                course: "course".into(),
                course_version: String::new(),
                item: "lesson".into(),
                kind,
                client_time: 0,
                counter,
            },
            graded: None,
        }
    }

    #[test]
    fn a_thread_shows_what_its_trainer_did_offline_and_nobody_elses() {
        let page = InboxPage { questions: vec![thread("t1"), thread("t2")], next_offset: None };
        let outbox = vec![
            entry("trainer", 3, EventKind::MarkAnswered { thread: "t1".into() }),
            entry("trainer", 2, EventKind::Answer { thread: "t1".into(), text: "Like this.".into() }),
            entry("other", 4, EventKind::Hide { thread: "t2".into() }),
            entry("trainer", 5, EventKind::LessonOpened),
        ];
        let shown = with_waiting(&page, &outbox, "trainer");
        assert_eq!(
            shown[0].waiting,
            vec![Waiting::Answer("Like this.".into()), Waiting::MarkAnswered],
            "oldest first"
        );
        assert!(shown[1].waiting.is_empty(), "another account's hiding is not shown");
        assert!(with_waiting(&page, &outbox, "nobody").iter().all(|e| e.waiting.is_empty()));
    }
}
