//! What the learner's device decides about its outbox, apart from storing it: whose an event
//! is, what a sync sends and removes, what a page shows, what signing out keeps. Pure
//! functions over plain values, so they run in `cargo test -p dala-web` on the host (the
//! property tests below drive them through random interleavings of two learners on one
//! phone); [`crate::storage`] applies their results in IndexedDB transactions.
//!
//! The rules:
//! - an event is written with the account it was made under, in the same transaction as the
//!   device counter it takes, or not at all; nobody signed in records nothing;
//! - a sync sends only the signed-in account's events, and removes only those the server
//!   answered for, of that account;
//! - what a page shows is [`dala_wire::merge`] over the state the server last confirmed *for
//!   the signed-in account* and that account's events still waiting, each [`PENDING`]: nothing
//!   of another account, and no second, hand-written merge;
//! - signing out (or a session that ends) removes the confirmed state, certificates and drafts
//!   already on the server; waiting events and unsent drafts stay, still that account's, and
//!   go with its next sign-in here.

use std::collections::BTreeMap;

use dala_wire::{
    CourseProgress, EventKind, Grade, Graded, MessageAuthor, MessageKind, PENDING, ProgressEvent, QuizState,
    ThreadMessage, is_event_id,
};
use serde::{Deserialize, Serialize};

/// One event waiting to be sent, with whose it is and, for a quiz attempt, the grade the
/// device gave it (derived from the event and the quiz, stored with it in the same write).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OutboxEntry {
    /// The id of the account signed in when it was made. `None` only for events kept from a
    /// version-4 database opened with nobody signed in: whose they are is unknown, so they
    /// are never sent and never shown (removing everything from the device deletes them).
    pub account: Option<String>,
    pub event: ProgressEvent,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub graded: Option<Graded>,
}

/// This browser profile's identity as a device, and its event counter.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Device {
    pub id: String,
    pub counter: u64,
}

/// What the learner did, before it becomes an event.
#[derive(Debug, Clone, PartialEq)]
pub struct Fact {
    pub course: String,
    pub course_version: String,
    pub item: String,
    pub kind: EventKind,
    pub graded: Option<Graded>,
}

/// The event a fact makes on `device` for `account`, and the device as it is after it (its
/// counter moved on). `id` and `new_device_id` are fresh random ids; `now` the device's clock.
pub fn record(
    device: &Device,
    account: &str,
    fact: Fact,
    id: String,
    new_device_id: String,
    now: i64,
) -> (Device, OutboxEntry) {
    let mut device = device.clone();
    if device.id.is_empty() {
        device.id = new_device_id;
    }
    device.counter += 1;
    let mut event = ProgressEvent {
        id,
        device_id: device.id.clone(),
        course: fact.course,
        course_version: fact.course_version,
        item: fact.item,
        kind: fact.kind,
        client_time: now,
        counter: device.counter,
    };
    // A question with no thread opens its own, named by the event's id.
    if let EventKind::Ask { thread, .. } = &mut event.kind
        && thread.is_empty()
    {
        thread.clone_from(&event.id);
    }
    let entry = OutboxEntry { account: Some(account.to_owned()), event, graded: fact.graded };
    (device, entry)
}

fn owned_by<'a>(outbox: &'a [OutboxEntry], account: &'a str) -> impl Iterator<Item = &'a OutboxEntry> {
    outbox.iter().filter(move |entry| entry.account.as_deref() == Some(account))
}

/// What a sync sends next for `account`: its own events, oldest first by the device counter,
/// at most `batch` of them.
pub fn to_send(outbox: &[OutboxEntry], account: &str, batch: usize) -> Vec<ProgressEvent> {
    let mut events: Vec<ProgressEvent> = owned_by(outbox, account).map(|e| e.event.clone()).collect();
    events.sort_by_key(|e| e.counter);
    events.truncate(batch);
    events
}

/// The entries to delete once the server answered for `answered` (accepted or rejected ids)
/// in a sync made as `account`: only that account's, so an answer can never remove another
/// learner's waiting work, whatever ids it names.
pub fn answered(outbox: &[OutboxEntry], account: &str, answered: &[String]) -> Vec<String> {
    owned_by(outbox, account)
        .filter(|entry| answered.contains(&entry.event.id))
        .map(|entry| entry.event.id.clone())
        .collect()
}

/// How many events of `account` wait to be sent.
pub fn pending(outbox: &[OutboxEntry], account: &str) -> usize {
    owned_by(outbox, account).count()
}

/// What the server last confirmed, and for whom.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Confirmed {
    /// The account the state belongs to (empty in a state kept by version 4, which is then
    /// not shown: the next sync brings the signed-in account's own).
    #[serde(default)]
    pub account: String,
    pub progress: Vec<CourseProgress>,
    /// The messages of the account's threads the syncs brought, oldest first (those of a
    /// deleted or hidden thread reduced to the message saying so, which keeps the cursor).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub messages: Vec<ThreadMessage>,
}

/// The learner's state as the pages show it: the server's last confirmed state for `account`
/// merged with that account's waiting events. Nobody signed in: nothing.
pub fn view(confirmed: &Confirmed, outbox: &[OutboxEntry], account: Option<&str>) -> Vec<CourseProgress> {
    let Some(account) = account else { return Vec::new() };
    let known: &[CourseProgress] = if confirmed.account == account { &confirmed.progress } else { &[] };
    let grades: BTreeMap<&str, &Graded> = owned_by(outbox, account)
        .filter_map(|entry| Some((entry.event.id.as_str(), entry.graded.as_ref()?)))
        .collect();
    let grade =
        |event: &ProgressEvent, _: &[dala_wire::Answer]| grades.get(event.id.as_str()).map(|g| (*g).clone());
    dala_wire::merge(known, owned_by(outbox, account).map(|entry| (&entry.event, PENDING)), &grade)
}

/// The `messages_after` a sync made as `account` sends: the highest message number the device
/// holds for that account (0 for none, or for another account's state).
pub fn messages_after(confirmed: &Confirmed, account: &str) -> u64 {
    if confirmed.account != account {
        return 0;
    }
    confirmed.messages.iter().map(|m| m.number).max().unwrap_or(0)
}

/// Whether a thread has left the device: deleted by its learner, or hidden by a trainer when
/// somebody else opened it (a cohort thread).
fn gone(messages: &[&ThreadMessage]) -> bool {
    let opened_by_me = messages.iter().any(|m| m.event == m.thread && m.author == MessageAuthor::Me);
    messages
        .iter()
        .any(|m| m.kind == MessageKind::Deleted || (m.kind == MessageKind::Hidden && !opened_by_me))
}

/// The messages held after a sync brought `new`: one per number, oldest first; of a thread
/// that is gone only the messages without text stay (the number keeps the cursor, the text
/// leaves the device).
pub fn keep_messages(held: &[ThreadMessage], new: &[ThreadMessage]) -> Vec<ThreadMessage> {
    let by_number: BTreeMap<u64, &ThreadMessage> = held.iter().chain(new).map(|m| (m.number, m)).collect();
    let mut threads: BTreeMap<&str, Vec<&ThreadMessage>> = BTreeMap::new();
    for message in by_number.values() {
        threads.entry(message.thread.as_str()).or_default().push(message);
    }
    by_number
        .values()
        .filter(|m| m.text.is_empty() || !gone(&threads[m.thread.as_str()]))
        .map(|m| (*m).clone())
        .collect()
}

/// Where a thread stands as its learner sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ThreadStatus {
    /// Something of it is still in the outbox.
    Waiting,
    /// The server holds it; no answer to the last question yet.
    Sent,
    /// A trainer answered the last question (or marked the thread answered).
    Answered,
}

/// One message as a lesson shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShownMessage {
    pub event: String,
    pub kind: MessageKind,
    pub author: MessageAuthor,
    pub text: String,
    /// Still in the outbox.
    pub waiting: bool,
}

/// A thread of a lesson (or the course page) as its learner sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ThreadView {
    pub thread: String,
    pub messages: Vec<ShownMessage>,
    pub status: ThreadStatus,
    /// Her own question, not answered: she may delete it.
    pub deletable: bool,
}

/// The threads of `item` in `course` (an empty item: the course page) for `account`: the
/// messages the server sent it, and its own questions still waiting in the outbox. Nothing of
/// another account; a thread deleted (even while the deletion waits) or gone is not shown.
pub fn threads(
    confirmed: &Confirmed,
    outbox: &[OutboxEntry],
    account: Option<&str>,
    course: &str,
    item: &str,
) -> Vec<ThreadView> {
    let Some(account) = account else { return Vec::new() };
    let held: &[ThreadMessage] = if confirmed.account == account { &confirmed.messages } else { &[] };
    let mut grouped: BTreeMap<&str, Vec<&ThreadMessage>> = BTreeMap::new();
    for message in held {
        grouped.entry(message.thread.as_str()).or_default().push(message);
    }
    let mut waiting: Vec<&ProgressEvent> = owned_by(outbox, account).map(|e| &e.event).collect();
    waiting.sort_by_key(|e| e.counter);
    let deleted: Vec<&str> = waiting
        .iter()
        .filter_map(|e| match &e.kind {
            EventKind::Delete { thread } => Some(thread.as_str()),
            _ => None,
        })
        .collect();
    // Threads in the order they were opened: held ones by number, then those not sent yet.
    let mut order: Vec<&str> = Vec::new();
    let mut views: BTreeMap<&str, ThreadView> = BTreeMap::new();
    for (thread, messages) in &grouped {
        if gone(messages) || deleted.contains(thread) {
            continue;
        }
        let Some(opening) = messages.iter().find(|m| !m.course.is_empty()) else { continue };
        if opening.course != course || opening.item != item {
            continue;
        }
        order.push(thread);
        let shown = messages
            .iter()
            .filter(|m| m.kind != MessageKind::Cohort || !m.text.is_empty())
            .map(|m| ShownMessage {
                event: m.event.clone(),
                kind: m.kind,
                author: m.author.clone(),
                text: m.text.clone(),
                waiting: false,
            })
            .collect();
        views.insert(
            thread,
            ThreadView {
                thread: (*thread).to_owned(),
                messages: shown,
                status: ThreadStatus::Sent,
                deletable: false,
            },
        );
    }
    order.sort_by_key(|t| grouped[t].first().map_or(0, |m| m.number));
    for event in waiting {
        let EventKind::Ask { thread, text } = &event.kind else { continue };
        if deleted.contains(&thread.as_str()) {
            continue;
        }
        let message = ShownMessage {
            event: event.id.clone(),
            kind: MessageKind::Question,
            author: MessageAuthor::Me,
            text: text.clone(),
            waiting: true,
        };
        if let Some(view) = views.get_mut(thread.as_str()) {
            if !view.messages.iter().any(|m| m.event == event.id) {
                view.messages.push(message);
            }
        } else if *thread == event.id && event.course == course && event.item == item {
            order.push(thread);
            views.insert(
                thread,
                ThreadView {
                    thread: thread.clone(),
                    messages: vec![message],
                    status: ThreadStatus::Sent,
                    deletable: false,
                },
            );
        }
    }
    order
        .into_iter()
        .filter_map(|thread| views.remove(thread))
        .map(|mut view| {
            let answered =
                |m: &ShownMessage| matches!(m.kind, MessageKind::Answer | MessageKind::MarkedAnswered);
            let last = view.messages.iter().rev().find(|m| answered(m) || m.kind == MessageKind::Question);
            view.status = if view.messages.iter().any(|m| m.waiting) {
                ThreadStatus::Waiting
            } else if last.is_some_and(answered) {
                ThreadStatus::Answered
            } else {
                ThreadStatus::Sent
            };
            let mine = view
                .messages
                .first()
                .is_some_and(|m| m.event == view.thread && m.author == MessageAuthor::Me);
            view.deletable = mine && !view.messages.iter().any(answered);
            view
        })
        .collect()
}

/// Answers `account` has not seen yet (numbered after `seen`, in threads still shown), and
/// the course and lesson (empty: the course page) of the oldest of them, where the header leads.
pub fn new_answers(
    confirmed: &Confirmed,
    account: Option<&str>,
    seen: u64,
) -> (usize, Option<(String, String)>) {
    if account.is_none_or(|a| a != confirmed.account) {
        return (0, None);
    }
    // A gone thread's answers kept no text (see [`keep_messages`]).
    let new: Vec<&ThreadMessage> = confirmed
        .messages
        .iter()
        .filter(|m| m.kind == MessageKind::Answer && m.number > seen && !m.text.is_empty())
        .collect();
    let at = new.first().and_then(|answer| {
        let opening =
            confirmed.messages.iter().find(|m| m.thread == answer.thread && !m.course.is_empty())?;
        Some((opening.course.clone(), opening.item.clone()))
    });
    (new.len(), at)
}

/// Attributes the events a version-4 database kept (they name no account) to the account
/// signed in when the new client first opens it: v4 sent its outbox with every sync, so
/// they were made under that session, or before it with nobody signed in since. With nobody
/// signed in they stay unattributed. Their grades come from v4's stored quiz state, where
/// there is one.
pub fn adopt_legacy(
    events: Vec<ProgressEvent>,
    quiz_states: &[QuizState],
    account: Option<&str>,
) -> Vec<OutboxEntry> {
    events
        .into_iter()
        .filter(|event| is_event_id(&event.id))
        .map(|event| {
            let graded = match event.kind {
                EventKind::QuizAttempt { .. } => quiz_states
                    .iter()
                    .flat_map(|state| &state.attempts)
                    .find(|attempt| attempt.id == event.id)
                    .map(|attempt| Graded {
                        grade: Grade { correct: Vec::new(), score: attempt.score, passed: attempt.passed },
                        max_attempts: None,
                    }),
                _ => None,
            };
            OutboxEntry { account: account.map(str::to_owned), event, graded }
        })
        .collect()
}

/// Whether the signed-in learner may take a course, known before anything is downloaded: the
/// server's sync rule (an open course, or one the account is enrolled in) applied to what the
/// device holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// Anyone signed in may enroll; their progress enrolls them.
    Open,
    Enrolled,
    /// A closed course, nobody signed in.
    SignedOut,
    /// A closed course the signed-in account is not enrolled in: the server refuses its progress.
    NotEnrolled,
}

impl Access {
    /// Whether progress in the course can be recorded and sent.
    pub fn allowed(self) -> bool {
        matches!(self, Access::Open | Access::Enrolled)
    }
}

/// The access to course `slug` (`open` as its manifest says) of the account `enrollments`
/// lists (`None`: nobody signed in). `confirmed` is the account's confirmed progress: a course
/// the server holds progress in is one it accepted, so enrolled, though the session's list of
/// enrollments (from its sign-in) predates it.
pub fn access(
    slug: &str,
    open: bool,
    enrollments: Option<&[String]>,
    confirmed: &[CourseProgress],
) -> Access {
    match enrollments {
        _ if open => Access::Open,
        None => Access::SignedOut,
        Some(list) if list.iter().any(|s| s == slug) || confirmed.iter().any(|c| c.course == slug) => {
            Access::Enrolled
        }
        Some(_) => Access::NotEnrolled,
    }
}

/// Where "continue" leads in a course: the first lesson not completed yet (its index and
/// entry), from the derived progress; `None` once every lesson is completed.
pub fn first_unfinished<'a>(
    manifest: &'a dala_wire::Manifest,
    progress: &CourseProgress,
) -> Option<(usize, &'a dala_wire::LessonEntry)> {
    manifest
        .lessons
        .iter()
        .enumerate()
        .find(|(_, lesson)| !progress.lessons.get(&lesson.id).is_some_and(|l| l.completed))
}

/// What follows a lesson in reading order, once it is completed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AfterLesson {
    /// A quiz placed after this lesson that is not passed yet.
    Quiz(String),
    Lesson(String),
    /// The end of the course: back to its page.
    Course,
}

/// The step after lesson `index`: a quiz that follows it and is not passed, else the next
/// lesson, else the course page.
pub fn after_lesson(manifest: &dala_wire::Manifest, index: usize, progress: &CourseProgress) -> AfterLesson {
    let Some(lesson) = manifest.lessons.get(index) else { return AfterLesson::Course };
    let passed = |id: &str| progress.quizzes.get(id).is_some_and(|q| q.passed);
    if let Some(quiz) =
        manifest.quizzes.iter().find(|q| q.after_lesson.as_ref() == Some(&lesson.id) && !passed(&q.id))
    {
        return AfterLesson::Quiz(quiz.id.clone());
    }
    match manifest.lessons.get(index + 1) {
        Some(next) => AfterLesson::Lesson(next.id.clone()),
        None => AfterLesson::Course,
    }
}

#[cfg(test)]
mod guide_tests {
    use dala_wire::{BlobRef, LessonEntry, LessonState, Manifest, QuizEntry};

    use super::*;

    fn manifest() -> Manifest {
        let blob = BlobRef { sha256: "0".repeat(64), bytes: 1, media_type: "text/html".into() };
        let lesson = |id: &str| LessonEntry { id: id.into(), title: id.to_uppercase(), blob: blob.clone() };
        Manifest {
            slug: "c".into(),
            title: "C".into(),
            summary: String::new(),
            language: "en".into(),
            version: "1".into(),
            authors: vec![],
            licence: String::new(),
            open: false,
            translations: vec![],
            lessons: vec![lesson("a"), lesson("b")],
            assets: vec![],
            quizzes: vec![QuizEntry {
                id: "check".into(),
                title: "Check".into(),
                after_lesson: Some("b".into()),
                max_attempts: None,
                blob,
            }],
        }
    }

    #[test]
    fn a_closed_course_is_for_its_enrolled_learners_only() {
        let enrolled = vec!["c".to_owned()];
        assert_eq!(access("c", true, None, &[]), Access::Open);
        assert_eq!(access("c", false, None, &[]), Access::SignedOut);
        assert_eq!(access("c", false, Some(&[]), &[]), Access::NotEnrolled);
        assert_eq!(access("c", false, Some(&enrolled), &[]), Access::Enrolled);
        let held = vec![CourseProgress { course: "c".into(), ..CourseProgress::default() }];
        assert_eq!(access("c", false, Some(&[]), &held), Access::Enrolled, "the server took progress in it");
        assert!(!Access::NotEnrolled.allowed() && !Access::SignedOut.allowed());
    }

    #[test]
    fn continuing_leads_through_lessons_then_the_quiz_after_the_last() {
        let manifest = manifest();
        let mut progress = CourseProgress { course: "c".into(), ..CourseProgress::default() };
        assert_eq!(first_unfinished(&manifest, &progress).map(|(i, _)| i), Some(0));
        assert_eq!(after_lesson(&manifest, 0, &progress), AfterLesson::Lesson("b".into()));
        assert_eq!(after_lesson(&manifest, 1, &progress), AfterLesson::Quiz("check".into()));
        progress.lessons.insert("a".into(), LessonState { opened: true, completed: true });
        assert_eq!(first_unfinished(&manifest, &progress).map(|(_, l)| l.id.as_str()), Some("b"));
        progress.lessons.insert("b".into(), LessonState { opened: true, completed: true });
        assert_eq!(first_unfinished(&manifest, &progress), None);
        progress.quizzes.insert("check".into(), QuizState { passed: true, ..QuizState::default() });
        assert_eq!(
            after_lesson(&manifest, 1, &progress),
            AfterLesson::Course,
            "a passed quiz is not offered again"
        );
    }
}

#[cfg(test)]
mod tests {
    use std::collections::{BTreeSet, HashMap};

    use dala_wire::Answer;
    use proptest::prelude::*;

    use super::*;

    const A: &str = "account-a";
    const B: &str = "account-b";

    fn fact(n: u8) -> Fact {
        let lesson = format!("lesson-{}", n % 5);
        match n % 3 {
            0 => Fact {
                course: "c".into(),
                course_version: "v".into(),
                item: lesson,
                kind: EventKind::LessonOpened,
                graded: None,
            },
            1 => Fact {
                course: "c".into(),
                course_version: "v".into(),
                item: lesson,
                kind: EventKind::LessonCompleted,
                graded: None,
            },
            _ => Fact {
                course: "c".into(),
                course_version: "v".into(),
                item: "quiz".into(),
                kind: EventKind::QuizAttempt { answers: vec![Answer::Choice(n as usize)] },
                graded: Some(Graded {
                    grade: Grade { correct: vec![], score: n % 101, passed: n.is_multiple_of(2) },
                    max_attempts: Some(3),
                }),
            },
        }
    }

    /// One step of life on a shared phone.
    #[derive(Debug, Clone)]
    enum Step {
        /// The person signed in (if anyone) does something.
        Record(u8),
        /// A sync: the server stores what it is sent; with `cut`, the answer never arrives.
        Sync {
            cut: bool,
        },
        SignOut,
        SignIn(bool),
        /// The tab dies while recording: the transaction never commits.
        KillWhileRecording(u8),
        /// The session ends on the server (expired or revoked): the next sync signs out.
        SessionEnds,
    }

    fn step() -> impl Strategy<Value = Step> {
        prop_oneof![
            4 => any::<u8>().prop_map(Step::Record),
            2 => any::<bool>().prop_map(|cut| Step::Sync { cut }),
            1 => Just(Step::SignOut),
            2 => any::<bool>().prop_map(Step::SignIn),
            1 => any::<u8>().prop_map(Step::KillWhileRecording),
            1 => Just(Step::SessionEnds),
        ]
    }

    /// The device as IndexedDB holds it, and the server.
    #[derive(Default)]
    struct World {
        device: Device,
        outbox: Vec<OutboxEntry>,
        session: Option<String>,
        /// The server still accepts the session.
        session_valid: bool,
        confirmed: Confirmed,
        /// Every event each account made (what must reach the server as theirs).
        made: HashMap<String, BTreeSet<String>>,
        /// The server: events stored per account, each with the batch it came in.
        server: HashMap<String, Vec<(ProgressEvent, u64)>>,
        batches: u64,
        ids: u64,
    }

    impl World {
        fn fresh_id(&mut self) -> String {
            self.ids += 1;
            format!("{:032x}", self.ids)
        }

        fn sync(&mut self, cut: bool) {
            let Some(account) = self.session.clone() else { return };
            if !self.session_valid {
                // 401: the client forgets the session and what it confirmed; events stay.
                self.session = None;
                self.confirmed = Confirmed::default();
                return;
            }
            loop {
                let batch = to_send(&self.outbox, &account, 4);
                self.batches += 1;
                let received = self.batches;
                let stored = self.server.entry(account.clone()).or_default();
                for event in &batch {
                    if !stored.iter().any(|(e, _)| e.id == event.id) {
                        stored.push((event.clone(), received));
                    }
                }
                if cut {
                    return;
                }
                let ids: Vec<String> = batch.iter().map(|e| e.id.clone()).collect();
                let done = answered(&self.outbox, &account, &ids);
                self.outbox.retain(|e| !done.contains(&e.event.id));
                let grades = self.made_grades();
                let grade = |event: &ProgressEvent, _: &[Answer]| grades.get(&event.id).cloned();
                let stored = &self.server[&account];
                let progress = dala_wire::merge(&[], stored.iter().map(|(e, n)| (e, *n)), &grade);
                self.confirmed = Confirmed { account: account.clone(), progress, ..Confirmed::default() };
                if batch.len() < 4 {
                    return;
                }
            }
        }

        /// The grade of every event ever made: the server grades as the device did.
        fn made_grades(&self) -> HashMap<String, Graded> {
            self.server
                .values()
                .flatten()
                .filter_map(|(e, _)| match &e.kind {
                    EventKind::QuizAttempt { answers } => match answers.first() {
                        Some(Answer::Choice(n)) => Some((e.id.clone(), fact(*n as u8).graded?)),
                        _ => None,
                    },
                    _ => None,
                })
                .collect()
        }

        fn apply(&mut self, step: &Step) {
            match step {
                Step::Record(n) => {
                    if let Some(account) = self.session.clone() {
                        let (id, device_id) = (self.fresh_id(), self.fresh_id());
                        let (device, entry) = record(&self.device, &account, fact(*n), id, device_id, -1);
                        self.made.entry(account).or_default().insert(entry.event.id.clone());
                        self.device = device;
                        self.outbox.push(entry);
                    }
                }
                Step::KillWhileRecording(n) => {
                    if let Some(account) = self.session.clone() {
                        // Computed, never committed: nothing of it is stored.
                        let (id, device_id) = (self.fresh_id(), self.fresh_id());
                        let _ = record(&self.device, &account, fact(*n), id, device_id, -1);
                    }
                }
                Step::Sync { cut } => self.sync(*cut),
                Step::SignOut => {
                    self.session = None;
                    self.confirmed = Confirmed::default();
                }
                Step::SignIn(b) => {
                    let account = if *b { B } else { A };
                    if self.session.as_deref() != Some(account) {
                        self.confirmed = Confirmed::default();
                    }
                    self.session = Some(account.to_owned());
                    self.session_valid = true;
                }
                Step::SessionEnds => self.session_valid = false,
            }
        }

        /// What the person signed in sees may hold only their own events.
        fn check_view(&self) -> Result<(), TestCaseError> {
            let shown = view(&self.confirmed, &self.outbox, self.session.as_deref());
            let Some(account) = &self.session else {
                prop_assert!(shown.is_empty(), "nobody signed in sees nothing");
                return Ok(());
            };
            let own = self.made.get(account).cloned().unwrap_or_default();
            for course in &shown {
                for quiz in course.quizzes.values() {
                    for attempt in &quiz.attempts {
                        prop_assert!(own.contains(&attempt.id), "{account} is shown another's attempt");
                    }
                }
            }
            // Every lesson shown as reached was reached by this account.
            let reached: BTreeSet<&str> =
                shown.iter().flat_map(|c| c.lessons.keys().map(String::as_str)).collect();
            let own_items: BTreeSet<String> = self
                .server
                .get(account)
                .into_iter()
                .flatten()
                .map(|(e, _)| e.item.clone())
                .chain(
                    self.outbox
                        .iter()
                        .filter(|e| e.account.as_deref() == Some(account))
                        .map(|e| e.event.item.clone()),
                )
                .collect();
            for lesson in reached {
                prop_assert!(own_items.contains(lesson), "{account} is shown another's lesson {lesson}");
            }
            Ok(())
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]
        #[test]
        fn two_learners_on_one_phone_lose_nothing_and_see_only_their_own(
            steps in proptest::collection::vec(step(), 0..60),
        ) {
            let mut world = World::default();
            for step in &steps {
                world.apply(step);
                world.check_view()?;
                // Nothing on the server under an account that did not make it.
                for (account, stored) in &world.server {
                    let made = world.made.get(account).cloned().unwrap_or_default();
                    for (event, _) in stored {
                        prop_assert!(made.contains(&event.id), "{} sent as {account}", event.id);
                    }
                }
            }
            // Each signs in again here and syncs until the outbox is empty: everything each
            // made is on the server, as theirs, once.
            for account in [A, B] {
                world.apply(&Step::SignIn(account == B));
                world.apply(&Step::Sync { cut: false });
                let made = world.made.get(account).cloned().unwrap_or_default();
                let stored: Vec<&str> = world.server.get(account).into_iter().flatten().map(|(e, _)| e.id.as_str()).collect();
                let unique: BTreeSet<&str> = stored.iter().copied().collect();
                prop_assert_eq!(unique.len(), stored.len(), "an event stored twice");
                prop_assert_eq!(unique, made.iter().map(String::as_str).collect::<BTreeSet<_>>());
                prop_assert_eq!(pending(&world.outbox, account), 0);
            }
            prop_assert!(world.outbox.is_empty());
        }
    }

    #[test]
    fn an_answer_naming_another_learner_s_events_removes_none_of_them() {
        let device = Device::default();
        let (device, mine) = record(&device, A, fact(0), "1".repeat(32), "d".into(), 0);
        let (_, theirs) = record(&device, B, fact(1), "2".repeat(32), "d".into(), 0);
        let outbox = vec![mine.clone(), theirs.clone()];
        let ids = vec![mine.event.id.clone(), theirs.event.id.clone()];
        assert_eq!(answered(&outbox, A, &ids), vec![mine.event.id.clone()]);
        assert_eq!(to_send(&outbox, A, 10), vec![mine.event]);
        assert_eq!(pending(&outbox, B), 1);
    }

    #[test]
    fn a_confirmed_state_of_another_account_is_not_shown() {
        let (_, mine) = record(&Device::default(), A, fact(1), "1".repeat(32), "d".into(), 0);
        let confirmed = Confirmed {
            account: B.into(),
            progress: view(&Confirmed::default(), std::slice::from_ref(&mine), Some(A)),
            ..Confirmed::default()
        };
        assert!(view(&confirmed, &[], Some(A)).is_empty());
        assert!(!view(&confirmed, &[], Some(B)).is_empty());
        assert!(view(&confirmed, &[mine], None).is_empty());
    }

    #[test]
    fn legacy_events_go_to_the_session_found_at_the_upgrade_with_their_grades() {
        let (_, attempt) = record(&Device::default(), A, fact(2), "3".repeat(32), "d".into(), 0);
        let state = QuizState::from_attempts(
            vec![dala_wire::AttemptRecord {
                id: attempt.event.id.clone(),
                client_time: 0,
                received: PENDING,
                counter: 1,
                score: 77,
                passed: true,
                counted: true,
            }],
            None,
        );
        let adopted = adopt_legacy(vec![attempt.event.clone()], &[state], Some(A));
        assert_eq!(adopted[0].account.as_deref(), Some(A));
        assert_eq!(adopted[0].graded.as_ref().map(|g| (g.grade.score, g.grade.passed)), Some((77, true)));
        let orphans = adopt_legacy(vec![attempt.event], &[], None);
        assert_eq!(orphans[0].account, None);
        assert!(view(&Confirmed::default(), &orphans, Some(A)).is_empty());
    }

    mod mentoring {
        use dala_wire::{MessageAuthor, MessageKind, ThreadMessage};

        use super::super::*;
        use super::{A, B};

        fn ask(
            device: &Device,
            account: &str,
            n: u8,
            item: &str,
            thread: &str,
            text: &str,
        ) -> (Device, OutboxEntry) {
            let fact = Fact {
                course: "course".into(),
                course_version: "v1".into(),
                item: item.into(),
                kind: EventKind::Ask { thread: thread.into(), text: text.into() },
                graded: None,
            };
            record(device, account, fact, format!("{n:032x}"), "device".into(), 0)
        }

        fn message(
            number: u64,
            thread: &str,
            event: &str,
            kind: MessageKind,
            author: MessageAuthor,
            text: &str,
        ) -> ThreadMessage {
            let opens = thread == event;
            ThreadMessage {
                number,
                thread: thread.into(),
                event: event.into(),
                kind,
                author,
                text: text.into(),
                created: 0,
                course: if opens { "course".into() } else { String::new() },
                item: if opens { "lesson".into() } else { String::new() },
            }
        }

        fn held(account: &str, messages: Vec<ThreadMessage>) -> Confirmed {
            Confirmed {
                account: account.into(),
                messages: keep_messages(&[], &messages),
                ..Confirmed::default()
            }
        }

        #[test]
        fn a_question_waits_then_is_sent_then_answered_and_follows_up() {
            let (device, entry) = ask(&Device::default(), A, 1, "lesson", "", "How do I register?");
            let thread = entry.event.id.clone();
            assert_eq!(
                entry.event.kind,
                EventKind::Ask { thread: thread.clone(), text: "How do I register?".into() }
            );
            // Written offline: waiting, hers, deletable; on this lesson only.
            let outbox = vec![entry];
            let shown = threads(&Confirmed::default(), &outbox, Some(A), "course", "lesson");
            assert_eq!(shown.len(), 1);
            assert_eq!(
                (shown[0].status, shown[0].deletable, shown[0].messages[0].waiting),
                (ThreadStatus::Waiting, true, true)
            );
            assert!(threads(&Confirmed::default(), &outbox, Some(A), "course", "other").is_empty());
            // Sent: the outbox entry is gone, the server's message holds it.
            let q =
                message(5, &thread, &thread, MessageKind::Question, MessageAuthor::Me, "How do I register?");
            let sent = held(A, vec![q.clone()]);
            assert_eq!(messages_after(&sent, A), 5);
            let shown = threads(&sent, &[], Some(A), "course", "lesson");
            assert_eq!(
                (shown[0].status, shown[0].deletable, shown[0].messages.len()),
                (ThreadStatus::Sent, true, 1)
            );
            // Answered: shown with the trainer's name, no longer deletable, counted once unseen.
            let a = message(
                9,
                &thread,
                "ans",
                MessageKind::Answer,
                MessageAuthor::Staff("Aigul".into()),
                "At the ministry.",
            );
            let answered = Confirmed { messages: keep_messages(&sent.messages, &[a.clone(), a]), ..sent };
            let shown = threads(&answered, &[], Some(A), "course", "lesson");
            assert_eq!(
                (shown[0].status, shown[0].deletable, shown[0].messages.len()),
                (ThreadStatus::Answered, false, 2)
            );
            assert_eq!(shown[0].messages[1].author, MessageAuthor::Staff("Aigul".into()));
            let at = Some(("course".to_owned(), "lesson".to_owned()));
            assert_eq!(
                (new_answers(&answered, Some(A), 0), new_answers(&answered, Some(A), 9)),
                ((1, at), (0, None))
            );
            // A follow-up waits in the same thread.
            let (_, follow) = ask(&device, A, 2, "lesson", &thread, "And the fee?");
            let shown = threads(&answered, &[follow], Some(A), "course", "lesson");
            assert_eq!(
                (shown.len(), shown[0].messages.len(), shown[0].status),
                (1, 3, ThreadStatus::Waiting)
            );
        }

        #[test]
        fn another_account_s_messages_and_questions_are_never_shown() {
            let thread = format!("{:032x}", 1);
            let q = message(5, &thread, &thread, MessageKind::Question, MessageAuthor::Me, "Mine");
            let hers = held(B, vec![q]);
            let (_, waiting) = ask(&Device::default(), B, 2, "lesson", "", "Also mine");
            assert!(threads(&hers, std::slice::from_ref(&waiting), Some(A), "course", "lesson").is_empty());
            assert!(threads(&hers, &[waiting], None, "course", "lesson").is_empty());
            assert_eq!((messages_after(&hers, A), new_answers(&hers, Some(A), 0)), (0, (0, None)));
        }

        #[test]
        fn a_deleted_question_leaves_the_device_but_keeps_the_cursor() {
            let (_, entry) = ask(&Device::default(), A, 1, "lesson", "", "Oops");
            let thread = entry.event.id.clone();
            let fact = Fact {
                course: "course".into(),
                course_version: "v1".into(),
                item: "lesson".into(),
                kind: EventKind::Delete { thread: thread.clone() },
                graded: None,
            };
            let (_, delete) = record(&Device::default(), A, fact, format!("{:032x}", 2), "d".into(), 0);
            assert!(threads(&Confirmed::default(), &[entry, delete], Some(A), "course", "lesson").is_empty());
            let q = message(5, &thread, &thread, MessageKind::Question, MessageAuthor::Me, "Oops");
            let d = message(6, &thread, "del", MessageKind::Deleted, MessageAuthor::Me, "");
            let kept = held(A, vec![q, d]);
            assert_eq!(
                (kept.messages.iter().all(|m| m.text.is_empty()), messages_after(&kept, A)),
                (true, 6)
            );
            assert!(threads(&kept, &[], Some(A), "course", "lesson").is_empty());
        }
    }
}
