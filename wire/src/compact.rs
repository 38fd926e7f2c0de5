//! Compact sync, `POST /api/v1/progress/compact`: the same progress events and the same merged
//! state as `POST /api/v1/progress/sync`, in fewer bytes.
//!
//! **The request** says the device id once per batch and the course and course version once per
//! group of events; each event keeps only what differs: its id, item, kind, counter and clock,
//! under one- or two-letter names (documented on [`CompactEvent`]). The web client also gzips
//! it (`Content-Encoding: gzip`).
//!
//! **The answer** carries what changed since the state the device holds. The device describes
//! that state ([`held`]: per course a digest of its lessons, per quiz the number of attempts and
//! a digest of them, all computed from the confirmed state it keeps, so nothing extra is stored
//! and nothing can drift). The server merges every stored event as before, then answers per
//! course ([`delta`]): the lessons only if their digest differs; per quiz the attempts after
//! the device's when the device's attempts are exactly the first ones of the server's, else
//! all of them. Every course of the learner is named, so a course the server no longer holds
//! (a restored backup) leaves the device too. A device whose description is stale, comes from
//! another server or from before a restore simply matches less, and gets more; it never ends
//! with a partial state. [`apply`] turns the held state and the answer into the server's
//! merged state, attempt for attempt ([`QuizState::from_attempts`] recomputes which count),
//! and refuses an answer that does not fit the held state (the device then asks for
//! everything: an empty [`CompactSyncRequest::held`]).
//!
//! The digests are SHA-256 of a fixed byte encoding, cut to 128 bits: only equality matters.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::progress::{AttemptRecord, CourseProgress, EventKind, LessonState, ProgressEvent, QuizState};
use crate::{Answer, IssuedCertificate, RejectedEvent, ThreadMessage, Trust};

/// `POST /api/v1/progress/compact`: a batch of one device's events, grouped by course version.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CompactSyncRequest {
    /// `d`: the device id of every event of the batch.
    #[serde(rename = "d")]
    pub device_id: String,
    /// `g`: the events, one group per course version.
    #[serde(rename = "g", default)]
    pub groups: Vec<EventGroup>,
    /// `ca`: as [`SyncRequest::certificates_after`](crate::SyncRequest::certificates_after).
    #[serde(rename = "ca", default)]
    pub certificates_after: u64,
    /// `ma`: as [`SyncRequest::messages_after`](crate::SyncRequest::messages_after); omitted
    /// when 0.
    #[serde(rename = "ma", default, skip_serializing_if = "is_zero_u64")]
    pub messages_after: u64,
    /// `te`: as [`SyncRequest::trust_etag`](crate::SyncRequest::trust_etag).
    #[serde(rename = "te", default, skip_serializing_if = "Option::is_none")]
    pub trust_etag: Option<String>,
    /// `h`: what the device holds ([`held`] of its confirmed state); empty: nothing, send
    /// everything.
    #[serde(rename = "h", default, skip_serializing_if = "Vec::is_empty")]
    pub held: Vec<HeldCourse>,
}

/// Events of one course version.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventGroup {
    /// `c`: course slug.
    #[serde(rename = "c")]
    pub course: String,
    /// `v`: SHA-256 of the manifest studied.
    #[serde(rename = "v")]
    pub course_version: String,
    /// `e`: the events.
    #[serde(rename = "e")]
    pub events: Vec<CompactEvent>,
}

/// One event of a group: a [`ProgressEvent`] without what its batch and group say.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CompactEvent {
    /// `i`: the event id.
    #[serde(rename = "i")]
    pub id: String,
    /// `t`: the lesson or quiz id.
    #[serde(rename = "t")]
    pub item: String,
    /// `k`: `o` lesson opened, `c` lesson completed, `q` quiz attempt; mentoring: `ask`
    /// question, `ans` answer, `hide`, `done` marked answered, `del` deleted, `co` a cohort
    /// thread opened.
    #[serde(rename = "k")]
    pub kind: CompactKind,
    /// `a`: a quiz attempt's answers.
    #[serde(rename = "a", default, skip_serializing_if = "Option::is_none")]
    pub answers: Option<Vec<Answer>>,
    /// `th`: a mentoring event's thread (absent for one that opens its own: a new question).
    #[serde(rename = "th", default, skip_serializing_if = "Option::is_none")]
    pub thread: Option<String>,
    /// `x`: a question's or answer's text.
    #[serde(rename = "x", default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// `org`: the organization a cohort thread is opened in.
    #[serde(rename = "org", default, skip_serializing_if = "Option::is_none")]
    pub organization: Option<String>,
    /// `n`: the device's counter.
    #[serde(rename = "n")]
    pub counter: u64,
    /// `ms`: the device's clock, milliseconds since the Unix epoch.
    #[serde(rename = "ms")]
    pub client_time: i64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum CompactKind {
    #[serde(rename = "o")]
    LessonOpened,
    #[serde(rename = "c")]
    LessonCompleted,
    #[serde(rename = "q")]
    QuizAttempt,
    #[serde(rename = "ask")]
    Ask,
    #[serde(rename = "ans")]
    Answer,
    #[serde(rename = "hide")]
    Hide,
    #[serde(rename = "done")]
    MarkAnswered,
    #[serde(rename = "del")]
    Delete,
    #[serde(rename = "co")]
    OpenCohortThread,
}

fn is_zero_u64(n: &u64) -> bool {
    *n == 0
}

/// A mentoring event's kind, thread, text and organization as a compact event says them.
type CompactParts = (CompactKind, Option<Vec<Answer>>, Option<String>, Option<String>, Option<String>);

/// The compact form of an event's kind (`id`: the event's own id, which a new thread is named
/// by, so the thread is left out).
fn compact_kind(id: &str, kind: &EventKind) -> CompactParts {
    let thread = |thread: &String| (thread != id).then(|| thread.clone());
    match kind {
        EventKind::LessonOpened => (CompactKind::LessonOpened, None, None, None, None),
        EventKind::LessonCompleted => (CompactKind::LessonCompleted, None, None, None, None),
        EventKind::QuizAttempt { answers } => {
            (CompactKind::QuizAttempt, Some(answers.clone()), None, None, None)
        }
        EventKind::Ask { thread: t, text } => (CompactKind::Ask, None, thread(t), Some(text.clone()), None),
        EventKind::Answer { thread: t, text } => {
            (CompactKind::Answer, None, Some(t.clone()), Some(text.clone()), None)
        }
        EventKind::Hide { thread: t } => (CompactKind::Hide, None, Some(t.clone()), None, None),
        EventKind::MarkAnswered { thread: t } => {
            (CompactKind::MarkAnswered, None, Some(t.clone()), None, None)
        }
        EventKind::Delete { thread: t } => (CompactKind::Delete, None, Some(t.clone()), None, None),
        EventKind::OpenCohortThread { organization, text } => {
            (CompactKind::OpenCohortThread, None, None, Some(text.clone()), Some(organization.clone()))
        }
    }
}

impl CompactEvent {
    /// The event's kind in full. What a kind needs and the event lacks is empty (a quiz attempt
    /// without `a` has no answers; a mentoring event without `th` is in its own thread).
    fn full_kind(&self) -> EventKind {
        let thread = || self.thread.clone().unwrap_or_else(|| self.id.clone());
        let text = || self.text.clone().unwrap_or_default();
        match self.kind {
            CompactKind::LessonOpened => EventKind::LessonOpened,
            CompactKind::LessonCompleted => EventKind::LessonCompleted,
            CompactKind::QuizAttempt => {
                EventKind::QuizAttempt { answers: self.answers.clone().unwrap_or_default() }
            }
            CompactKind::Ask => EventKind::Ask { thread: thread(), text: text() },
            CompactKind::Answer => EventKind::Answer { thread: thread(), text: text() },
            CompactKind::Hide => EventKind::Hide { thread: thread() },
            CompactKind::MarkAnswered => EventKind::MarkAnswered { thread: thread() },
            CompactKind::Delete => EventKind::Delete { thread: thread() },
            CompactKind::OpenCohortThread => EventKind::OpenCohortThread {
                organization: self.organization.clone().unwrap_or_default(),
                text: text(),
            },
        }
    }
}

impl CompactSyncRequest {
    /// A batch of `events`, grouped by course version in the order first met; every event must
    /// be of one device (the batch says the first event's device id; see [`same_device`]).
    pub fn of(events: &[ProgressEvent]) -> CompactSyncRequest {
        let device_id = events.first().map(|e| e.device_id.clone()).unwrap_or_default();
        let mut groups: Vec<EventGroup> = Vec::new();
        for event in events {
            let position = groups
                .iter()
                .position(|g| g.course == event.course && g.course_version == event.course_version);
            let group = match position {
                Some(n) => &mut groups[n],
                None => {
                    groups.push(EventGroup {
                        course: event.course.clone(),
                        course_version: event.course_version.clone(),
                        events: Vec::new(),
                    });
                    groups.last_mut().expect("just pushed")
                }
            };
            let (kind, answers, thread, text, organization) = compact_kind(&event.id, &event.kind);
            group.events.push(CompactEvent {
                id: event.id.clone(),
                item: event.item.clone(),
                kind,
                answers,
                thread,
                text,
                organization,
                counter: event.counter,
                client_time: event.client_time,
            });
        }
        CompactSyncRequest { device_id, groups, ..CompactSyncRequest::default() }
    }

    /// The events of the batch in full, in the order sent (see [`CompactEvent`] for what a
    /// missing field means).
    pub fn events(&self) -> Vec<ProgressEvent> {
        self.groups
            .iter()
            .flat_map(|group| {
                group.events.iter().map(|e| ProgressEvent {
                    id: e.id.clone(),
                    device_id: self.device_id.clone(),
                    course: group.course.clone(),
                    course_version: group.course_version.clone(),
                    item: e.item.clone(),
                    kind: e.full_kind(),
                    client_time: e.client_time,
                    counter: e.counter,
                })
            })
            .collect()
    }

    /// Events in the batch.
    pub fn len(&self) -> usize {
        self.groups.iter().map(|g| g.events.len()).sum()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// The leading events of `events` that share the first one's device id: what one compact
/// batch can carry.
pub fn same_device(events: &[ProgressEvent]) -> &[ProgressEvent] {
    let Some(first) = events.first() else { return events };
    let end = events.iter().position(|e| e.device_id != first.device_id).unwrap_or(events.len());
    &events[..end]
}

/// What a device holds of one course, described by digests.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct HeldCourse {
    pub course: String,
    /// Digest of the lessons' states.
    pub lessons: String,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub quizzes: BTreeMap<String, HeldQuiz>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct HeldQuiz {
    /// How many attempts the device holds.
    pub attempts: usize,
    /// Digest of those attempts, in order.
    pub digest: String,
}

/// The answer to a compact sync.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CompactSyncResponse {
    /// Events that can never be stored, with the reason. Every other event of the request is
    /// stored (newly, or already before): the device may drop it from its outbox.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rejected: Vec<RejectedEvent>,
    /// Every course the learner has progress in, in slug order, as a change to what the
    /// request said the device holds: [`apply`] gives the merged state.
    pub progress: Vec<CourseDelta>,
    /// As [`SyncResponse::completed_courses`](crate::SyncResponse::completed_courses).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub completed_courses: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub certificates: Vec<IssuedCertificate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trust: Option<Trust>,
    /// `m`: as [`SyncResponse::messages`](crate::SyncResponse::messages); omitted when empty.
    #[serde(rename = "m", default, skip_serializing_if = "Vec::is_empty")]
    pub messages: Vec<ThreadMessage>,
}

/// One course of the merged state, as a change to the device's.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CourseDelta {
    pub course: String,
    /// The lessons, when they differ from the device's; absent: as the device holds them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lessons: Option<BTreeMap<String, LessonState>>,
    /// Every quiz of the course (one the device holds and this leaves out is gone).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub quizzes: BTreeMap<String, QuizDelta>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuizDelta {
    /// The first `kept` attempts are the device's, in its order.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub kept: usize,
    /// The attempts after those, in order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub attempts: Vec<AttemptRecord>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_attempts: Option<u32>,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

/// A digest as 32 hex digits.
fn finish(hasher: Sha256) -> String {
    hasher.finalize()[..16].iter().map(|b| format!("{b:02x}")).collect()
}

fn lessons_digest(lessons: &BTreeMap<String, LessonState>) -> String {
    let mut hasher = Sha256::new();
    for (id, state) in lessons {
        hasher.update((id.len() as u64).to_le_bytes());
        hasher.update(id.as_bytes());
        hasher.update([u8::from(state.opened), u8::from(state.completed)]);
    }
    finish(hasher)
}

/// Digest of attempts in their order: every field but `counted`, which the limit decides.
fn attempts_digest(attempts: &[AttemptRecord]) -> String {
    let mut hasher = Sha256::new();
    for a in attempts {
        hasher.update((a.id.len() as u64).to_le_bytes());
        hasher.update(a.id.as_bytes());
        hasher.update(a.client_time.to_le_bytes());
        hasher.update(a.received.to_le_bytes());
        hasher.update(a.counter.to_le_bytes());
        hasher.update([a.score, u8::from(a.passed)]);
    }
    finish(hasher)
}

/// What a device holding `progress` (the state the server last confirmed) says it holds.
pub fn held(progress: &[CourseProgress]) -> Vec<HeldCourse> {
    progress
        .iter()
        .map(|course| HeldCourse {
            course: course.course.clone(),
            lessons: lessons_digest(&course.lessons),
            quizzes: course
                .quizzes
                .iter()
                .map(|(id, quiz)| {
                    let held =
                        HeldQuiz { attempts: quiz.attempts.len(), digest: attempts_digest(&quiz.attempts) };
                    (id.clone(), held)
                })
                .collect(),
        })
        .collect()
}

/// The merged state `full` as a change to what `held` describes.
pub fn delta(full: &[CourseProgress], held: &[HeldCourse]) -> Vec<CourseDelta> {
    full.iter()
        .map(|course| {
            let known = held.iter().find(|h| h.course == course.course);
            let lessons = match known {
                Some(h) if h.lessons == lessons_digest(&course.lessons) => None,
                _ => Some(course.lessons.clone()),
            };
            let quizzes = course
                .quizzes
                .iter()
                .map(|(id, quiz)| {
                    let kept = match known.and_then(|h| h.quizzes.get(id)) {
                        Some(h)
                            if h.attempts <= quiz.attempts.len()
                                && h.digest == attempts_digest(&quiz.attempts[..h.attempts]) =>
                        {
                            h.attempts
                        }
                        _ => 0,
                    };
                    let delta = QuizDelta {
                        kept,
                        attempts: quiz.attempts[kept..].to_vec(),
                        max_attempts: quiz.max_attempts,
                    };
                    (id.clone(), delta)
                })
                .collect();
            CourseDelta { course: course.course.clone(), lessons, quizzes }
        })
        .collect()
}

/// The answer does not fit the state the device holds (it was answered for another one).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeltaMismatch {
    pub course: String,
}

/// The merged state from the state the device held when it asked and the answer's changes.
pub fn apply(held: &[CourseProgress], changes: &[CourseDelta]) -> Result<Vec<CourseProgress>, DeltaMismatch> {
    changes
        .iter()
        .map(|change| {
            let known = held.iter().find(|h| h.course == change.course);
            let mismatch = || DeltaMismatch { course: change.course.clone() };
            let lessons = match (&change.lessons, known) {
                (Some(lessons), _) => lessons.clone(),
                (None, Some(known)) => known.lessons.clone(),
                (None, None) => return Err(mismatch()),
            };
            let mut quizzes = BTreeMap::new();
            for (id, quiz) in &change.quizzes {
                let mut attempts = Vec::with_capacity(quiz.kept + quiz.attempts.len());
                if quiz.kept > 0 {
                    let mine = known.and_then(|k| k.quizzes.get(id)).ok_or_else(mismatch)?;
                    attempts.extend(mine.attempts.get(..quiz.kept).ok_or_else(mismatch)?.iter().cloned());
                }
                attempts.extend(quiz.attempts.iter().cloned());
                quizzes.insert(id.clone(), QuizState::from_attempts(attempts, quiz.max_attempts));
            }
            Ok(CourseProgress { course: change.course.clone(), lessons, quizzes })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::progress::{Graded, Receipt, merge};
    use crate::{Grade, SyncRequest};

    fn event(n: usize, course: &str, item: &str, kind: EventKind) -> ProgressEvent {
        ProgressEvent {
            id: format!("{n:032x}"),
            device_id: "d".into(),
            course: course.into(),
            course_version: format!("v-{course}"),
            item: item.into(),
            kind,
            client_time: 1_790_000_000_000 + n as i64,
            counter: n as u64 + 1,
        }
    }

    fn grade(_: &ProgressEvent, answers: &[Answer]) -> Option<Graded> {
        match answers.first()? {
            Answer::Choice(n) => Some(Graded {
                grade: Grade { correct: vec![], score: *n as u8, passed: *n >= 50 },
                max_attempts: Some(3),
            }),
            _ => None,
        }
    }

    /// Events from (course, item, kind, score, receipt) specs.
    fn build(spec: &[(u8, u8, u8, u8, u8)]) -> Vec<(ProgressEvent, Receipt)> {
        spec.iter()
            .enumerate()
            .map(|(n, &(course, item, kind, score, receipt))| {
                let course = ["a", "b", "c"][course as usize];
                let (item, kind) = match kind {
                    0 => (["x", "y", "z"][item as usize], EventKind::LessonOpened),
                    1 => (["x", "y", "z"][item as usize], EventKind::LessonCompleted),
                    _ => (
                        ["q1", "q2", "q3"][item as usize],
                        EventKind::QuizAttempt { answers: vec![Answer::Choice(score as usize)] },
                    ),
                };
                (event(n, course, item, kind), u64::from(receipt) + 1)
            })
            .collect()
    }

    fn state(events: &[(ProgressEvent, Receipt)]) -> Vec<CourseProgress> {
        merge(&[], events.iter().map(|(e, r)| (e, *r)), &grade)
    }

    fn spec() -> impl Strategy<Value = Vec<(u8, u8, u8, u8, u8)>> {
        proptest::collection::vec((0u8..3, 0u8..3, 0u8..3, 0u8..101, 0u8..4), 0..40)
    }

    proptest! {
        /// Whatever the device holds (an earlier state of the same server, an unrelated one
        /// from another server or from before a restore), the held state and the answer give
        /// exactly the server's merged state.
        #[test]
        fn the_held_state_and_the_changes_give_the_server_s_state(
            events in spec(),
            split in 0usize..40,
            other in spec(),
        ) {
            let all = build(&events);
            let full = state(&all);
            // An earlier state: the events of the first receipts.
            let earlier = state(&all[..split.min(all.len())]);
            let changes = delta(&full, &held(&earlier));
            prop_assert_eq!(apply(&earlier, &changes), Ok(full.clone()));
            // Unrelated: other events altogether.
            let unrelated = state(&build(&other));
            prop_assert_eq!(apply(&unrelated, &delta(&full, &held(&unrelated))), Ok(full.clone()));
            // Nothing held.
            prop_assert_eq!(apply(&[], &delta(&full, &[])), Ok(full.clone()));
        }

        #[test]
        fn a_compact_batch_carries_the_same_events(events in spec()) {
            let events: Vec<ProgressEvent> = build(&events).into_iter().map(|(e, _)| e).collect();
            let batch = CompactSyncRequest::of(&events);
            let mut sent = batch.events();
            let mut expected = events.clone();
            sent.sort();
            expected.sort();
            prop_assert_eq!(sent, expected);
            let json = serde_json::to_string(&batch).unwrap();
            prop_assert_eq!(serde_json::from_str::<CompactSyncRequest>(&json).unwrap(), batch);
        }
    }

    #[test]
    fn an_unchanged_state_answers_no_attempts_and_no_lessons() {
        let all = build(&[(0, 0, 1, 0, 0), (0, 0, 2, 70, 0), (0, 1, 2, 20, 1)]);
        let full = state(&all);
        let changes = delta(&full, &held(&full));
        assert_eq!(changes[0].lessons, None);
        assert!(changes[0].quizzes.values().all(|q| q.attempts.is_empty()));
        // One new attempt: only it travels.
        let more = build(&[(0, 0, 1, 0, 0), (0, 0, 2, 70, 0), (0, 1, 2, 20, 1), (0, 0, 2, 90, 3)]);
        let changes = delta(&state(&more), &held(&full));
        assert_eq!(changes[0].quizzes["q1"].kept, 1);
        assert_eq!(changes[0].quizzes["q1"].attempts.len(), 1);
    }

    #[test]
    fn a_course_the_server_no_longer_holds_leaves_the_device() {
        let held_state = state(&build(&[(0, 0, 1, 0, 0), (1, 0, 1, 0, 0)]));
        let full = state(&build(&[(1, 0, 1, 0, 0)]));
        let merged = apply(&held_state, &delta(&full, &held(&held_state))).unwrap();
        assert_eq!(merged, full);
    }

    #[test]
    fn an_answer_for_another_state_is_refused() {
        let full = state(&build(&[(0, 0, 1, 0, 0), (0, 0, 2, 70, 0)]));
        let changes = delta(&full, &held(&full));
        assert_eq!(apply(&[], &changes), Err(DeltaMismatch { course: "a".into() }));
    }

    /// Every mentoring kind goes through the compact shape and back unchanged, a new
    /// question without its thread (it is the event's own id).
    #[test]
    fn questions_and_answers_travel_compact() {
        let thread = format!("{:032x}", 1);
        let kinds = [
            EventKind::Ask { thread: thread.clone(), text: "How do I *register*?".into() },
            EventKind::Ask { thread: thread.clone(), text: "And the fee?".into() },
            EventKind::Answer { thread: thread.clone(), text: "At the ministry.".into() },
            EventKind::Hide { thread: thread.clone() },
            EventKind::MarkAnswered { thread: thread.clone() },
            EventKind::Delete { thread: thread.clone() },
            EventKind::OpenCohortThread { organization: "org".into(), text: "Introduce yourselves".into() },
        ];
        let events: Vec<ProgressEvent> =
            kinds.into_iter().enumerate().map(|(n, kind)| event(n + 1, "a", "x", kind)).collect();
        let batch = CompactSyncRequest { messages_after: 12, ..CompactSyncRequest::of(&events) };
        let json = serde_json::to_string(&batch).unwrap();
        let back: CompactSyncRequest = serde_json::from_str(&json).unwrap();
        assert_eq!(back.events(), events);
        assert_eq!(back.messages_after, 12);
        let first = &back.groups[0].events[0];
        assert_eq!((first.kind, first.thread.as_deref()), (CompactKind::Ask, None));
        assert!(json.contains(r#""k":"ask","x":"How do I *register*?""#), "{json}");
    }

    /// A client that knows nothing of questions sends and reads what it always did: no new
    /// field is needed in a request, and an answer without messages says nothing of them.
    #[test]
    fn old_clients_shapes_stay_valid() {
        let old = r#"{"d":"phone","g":[{"c":"a","v":"v-a","e":[{"i":"00000000000000000000000000000001","t":"x","k":"o","n":1,"ms":5}]}],"ca":0}"#;
        let request: CompactSyncRequest = serde_json::from_str(old).unwrap();
        assert_eq!(request.messages_after, 0);
        assert_eq!(request.events()[0].kind, EventKind::LessonOpened);
        let again = serde_json::to_string(&request).unwrap();
        assert!(!again.contains("ma") && !again.contains("th"), "{again}");
        let answer = serde_json::to_string(&CompactSyncResponse::default()).unwrap();
        assert_eq!(answer, r#"{"progress":[]}"#);
        let full = serde_json::to_string(&SyncRequest::default()).unwrap();
        assert_eq!(full, r#"{"events":[],"certificates_after":0}"#);
    }

    /// Questions are not progress: a device's outbox holding one shows the same state as
    /// without it, and no course appears from a question alone.
    #[test]
    fn the_merge_ignores_questions() {
        let lesson = event(1, "a", "x", EventKind::LessonCompleted);
        let ask = event(2, "b", "x", EventKind::Ask { thread: format!("{:032x}", 2), text: "?".into() });
        let answer =
            event(3, "a", "x", EventKind::Answer { thread: format!("{:032x}", 2), text: "!".into() });
        let with = merge(&[], [(&lesson, 1), (&ask, 1), (&answer, 1)], &grade);
        assert_eq!(with, merge(&[], [(&lesson, 1)], &grade));
        assert_eq!(with.len(), 1);
    }

    /// The same day's work (30 events of one course version) is much smaller compact.
    #[test]
    fn the_compact_body_says_the_repeated_fields_once() {
        let events: Vec<ProgressEvent> =
            (0..30).map(|n| event(n, "cso-communications-en", "intro", EventKind::LessonOpened)).collect();
        let old =
            serde_json::to_vec(&SyncRequest { events: events.clone(), ..SyncRequest::default() }).unwrap();
        let new = serde_json::to_vec(&CompactSyncRequest::of(&events)).unwrap();
        assert!(new.len() * 2 < old.len(), "{} vs {}", new.len(), old.len());
    }
}
