//! Mentoring: a learner's questions to the trainers of her organization, their answers, and
//! the optional cohort threads, as they come back to a device with the sync
//! ([`ThreadMessage`]) and as the trainers' inbox lists them ([`InboxThread`]).
//!
//! Questions and answers are events of the same log as progress ([`EventKind::Ask`] and its
//! siblings): written offline, kept in the outbox, sent with the next sync, stored once by event
//! id. The sync answer then carries the messages after the highest number the device holds
//! (`messages_after`), in the short names below, and nothing at all when there is nothing new.
//! Texts are Markdown; a client shows them through the same sanitiser as lessons.
//!
//! [`EventKind::Ask`]: crate::EventKind::Ask

use serde::{Deserialize, Serialize};

/// One message of a thread the account may see, as a sync answer carries it. A device keeps
/// them and shows a lesson's threads from them (and its outbox, for what is not sent yet).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ThreadMessage {
    /// `n`: the server's number for the message, increasing across the installation: the
    /// device sends the highest it holds as `messages_after`.
    #[serde(rename = "n")]
    pub number: u64,
    /// `th`: the thread (the id of the event that opened it).
    #[serde(rename = "th")]
    pub thread: String,
    /// `i`: the event that carried the message (a device drops it from its outbox by this id
    /// once the sync accepted it; here it tells its own messages apart).
    #[serde(rename = "i")]
    pub event: String,
    /// `k`: what the message is.
    #[serde(rename = "k")]
    pub kind: MessageKind,
    /// `by`: who wrote it, as the receiving account sees it.
    #[serde(rename = "by")]
    pub author: MessageAuthor,
    /// `x`: the Markdown text (empty for a change of state, and once the question is deleted).
    #[serde(rename = "x", default, skip_serializing_if = "String::is_empty")]
    pub text: String,
    /// `at`: when the server stored it, seconds since the Unix epoch.
    #[serde(rename = "at")]
    pub created: i64,
    /// `c`: the course, on the message that opens the thread only.
    #[serde(rename = "c", default, skip_serializing_if = "String::is_empty")]
    pub course: String,
    /// `t`: the lesson, on the message that opens the thread only (empty: the course page).
    #[serde(rename = "t", default, skip_serializing_if = "String::is_empty")]
    pub item: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum MessageKind {
    /// `q`: a learner's question (the first of a thread, or a follow-up or a cohort reply).
    #[serde(rename = "q")]
    Question,
    /// `a`: a trainer's answer.
    #[serde(rename = "a")]
    Answer,
    /// `co`: a trainer opened the thread to the cohort.
    #[serde(rename = "co")]
    Cohort,
    /// `m`: a trainer marked the thread answered.
    #[serde(rename = "m")]
    MarkedAnswered,
    /// `h`: a trainer hid the thread; a cohort thread leaves the cohort's devices.
    #[serde(rename = "h")]
    Hidden,
    /// `d`: the learner deleted her question; it leaves her devices.
    #[serde(rename = "d")]
    Deleted,
}

/// Who wrote a message, as the account receiving it may know: never another learner's name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum MessageAuthor {
    /// `me`: the receiving account.
    #[serde(rename = "me")]
    Me,
    /// `l`: another learner (a cohort reply).
    #[serde(rename = "l")]
    Learner,
    /// `s`: a trainer or administrator, by display name.
    #[serde(rename = "s")]
    Staff(String),
}

/// Where a thread stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ThreadState {
    /// Waiting for a trainer (also after a follow-up to an answered question).
    Open,
    Answered,
    /// Deleted by its learner: its text is gone; the inbox no longer lists it.
    Deleted,
}

/// `GET /api/v1/organizations/{id}/questions?offset=N`: the trainers' inbox, unanswered first,
/// newest first within each, at most [`THREADS_PER_PAGE`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InboxPage {
    pub questions: Vec<InboxThread>,
    /// The `offset` of the next page, if there is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_offset: Option<u64>,
}

/// Threads one inbox page holds at most.
pub const THREADS_PER_PAGE: usize = 50;

/// One thread as the trainers of its organization see it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InboxThread {
    pub thread: String,
    pub course: String,
    pub course_title: String,
    /// The lesson (empty: the course page).
    pub item: String,
    /// The lesson at hand: its title and blob in the course's current version (`None` for the
    /// course page or a lesson no longer in the course). The HTML is `GET /api/v1/blobs/{sha256}`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lesson: Option<crate::LessonEntry>,
    /// The asking learner's display name (empty for a cohort thread).
    pub learner: String,
    pub state: ThreadState,
    /// Hidden by a trainer: kept here, gone from the cohort's view.
    #[serde(default)]
    pub hidden: bool,
    /// Opened by a trainer to the cohort.
    #[serde(default)]
    pub cohort: bool,
    /// Seconds since the Unix epoch.
    pub created: i64,
    /// The last message's time.
    pub last_activity: i64,
    /// Every message, oldest first.
    pub messages: Vec<InboxMessage>,
}

/// A message as the trainers see it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InboxMessage {
    pub number: u64,
    pub kind: MessageKind,
    /// The author's display name.
    pub author: String,
    /// Whether the author is a trainer or administrator of the organization.
    pub staff: bool,
    pub text: String,
    pub created: i64,
}

/// The dashboard's counts of questions for one organization and course: never a name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuestionCounts {
    pub organization: String,
    pub course: String,
    /// Questions (threads opened by learners) asked in the period, deleted ones left out.
    pub asked: u64,
    /// Of those, the ones answered (an answer written or the thread marked answered).
    pub answered: u64,
    /// The median time from a question to its first answer, in whole minutes (the dashboard
    /// shows hours); `None` when none is answered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub median_minutes_to_answer: Option<u64>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_message_says_what_it_carries_in_few_bytes() {
        let message = ThreadMessage {
            number: 7,
            thread: "t".into(),
            event: "e".into(),
            kind: MessageKind::Answer,
            author: MessageAuthor::Staff("Aigul".into()),
            text: "Yes.".into(),
            created: 1,
            course: String::new(),
            item: String::new(),
        };
        let json = serde_json::to_string(&message).unwrap();
        assert_eq!(json, r#"{"n":7,"th":"t","i":"e","k":"a","by":{"s":"Aigul"},"x":"Yes.","at":1}"#);
        assert_eq!(serde_json::from_str::<ThreadMessage>(&json).unwrap(), message);
        let mine = r#"{"n":8,"th":"t","i":"t","k":"q","by":"me","at":2,"c":"course","t":"lesson"}"#;
        let parsed: ThreadMessage = serde_json::from_str(mine).unwrap();
        assert_eq!(
            (parsed.author, parsed.text.as_str(), parsed.item.as_str()),
            (MessageAuthor::Me, "", "lesson")
        );
    }
}
