//! "Ask your trainer", under a lesson: a question written here (offline too) goes into the
//! outbox and travels with the next sync; the lesson's threads show their state (waiting to be
//! sent, sent, answered), the trainers' answers once a sync brought them, a follow-up form per
//! thread and "Delete" for her own unanswered question.
//!
//! Texts are Markdown, but the learner's bundle has no sanitising Markdown renderer (lessons
//! come rendered by the server), so messages are shown as plain text with their line breaks
//! kept (`white-space: pre-wrap`): nothing in them is ever HTML.

use dala_wire::MessageAuthor;
use dala_wire::limits::MESSAGE_CHARS;
use fluent_bundle::FluentValue;
use yew::prelude::*;

use crate::components::compose::Compose;
use crate::components::notice::FailureNotice;
use crate::device::{ThreadStatus, ThreadView};
use crate::failure::Failure;
use crate::i18n::use_i18n;
use crate::sync::{self, SyncStatus};

#[derive(Properties, PartialEq)]
pub struct QuestionsProps {
    pub course: String,
    /// The course version the lesson was read in.
    pub version: String,
    /// The lesson (empty: the course page).
    pub item: String,
}

#[function_component(Questions)]
pub fn questions(props: &QuestionsProps) -> Html {
    let i18n = use_i18n();
    let status = use_context::<SyncStatus>().unwrap_or_default();
    let threads = use_state(Vec::<ThreadView>::new);
    let failure = use_state(|| None::<Failure>);
    // Read again whenever the outbox or the sync state changes (a send, a sync's answer).
    {
        let threads = threads.clone();
        let key = (props.course.clone(), props.item.clone(), status.clone());
        use_effect_with(key, move |(course, item, _)| {
            let (course, item) = (course.clone(), item.clone());
            wasm_bindgen_futures::spawn_local(async move {
                if let Ok(found) = sync::threads(&course, &item).await {
                    if found.iter().any(|t| t.status == ThreadStatus::Answered) {
                        sync::answers_seen().await;
                    }
                    threads.set(found);
                }
            });
        });
    }
    if status.loaded && status.session.is_none() {
        return html! {
            <section class="questions" aria-labelledby="questions-heading">
                <h2 id="questions-heading">{ i18n.t("ask-heading") }</h2>
                <p>{ i18n.t(if props.item.is_empty() { "ask-sign-in-course" } else { "ask-sign-in" }) }</p>
            </section>
        };
    }
    let send = {
        let (course, version, item, failure) =
            (props.course.clone(), props.version.clone(), props.item.clone(), failure.clone());
        Callback::from(move |(thread, text, done): (Option<String>, String, Callback<()>)| {
            let (course, version, item, failure) =
                (course.clone(), version.clone(), item.clone(), failure.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match sync::ask(&course, &version, &item, thread.as_deref(), &text).await {
                    Ok(()) => {
                        failure.set(None);
                        done.emit(());
                    }
                    Err(e) => failure.set(Some(e)),
                }
            });
        })
    };
    let delete = {
        let (course, version, item, failure) =
            (props.course.clone(), props.version.clone(), props.item.clone(), failure.clone());
        Callback::from(move |thread: String| {
            let (course, version, item, failure) =
                (course.clone(), version.clone(), item.clone(), failure.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match sync::delete_question(&course, &version, &item, &thread).await {
                    Ok(()) => failure.set(None),
                    Err(e) => failure.set(Some(e)),
                }
            });
        })
    };
    html! {
        <section class="questions" aria-labelledby="questions-heading">
            <h2 id="questions-heading">{ i18n.t("ask-heading") }</h2>
            if let Some(failure) = &*failure {
                <FailureNotice failure={failure.clone()} />
            }
            <ol class="threads">
                { for threads.iter().enumerate().map(|(n, thread)| html! {
                    <Thread key={thread.thread.clone()} number={n + 1} thread={thread.clone()} send={send.clone()} delete={delete.clone()} />
                }) }
            </ol>
            <Compose id="ask" label={i18n.t(if props.item.is_empty() { "ask-label-course" } else { "ask-label" })}
                button={i18n.t("ask-send")} hint={hint(&i18n)} on_send={in_thread(&send, None)} />
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct ThreadProps {
    number: usize,
    thread: ThreadView,
    send: Callback<(Option<String>, String, Callback<()>)>,
    delete: Callback<String>,
}

#[function_component(Thread)]
fn thread(props: &ThreadProps) -> Html {
    let i18n = use_i18n();
    let thread = &props.thread;
    let id = format!("thread-{}", thread.thread);
    // A trainer's discussion for the cohort (no answer awaited), or her own question.
    let cohort = thread.messages.first().is_some_and(|m| m.kind == dala_wire::MessageKind::Cohort);
    let heading = if cohort {
        i18n.t("ask-discussion")
    } else {
        i18n.t_with("ask-thread", &[("number", FluentValue::from(props.number))])
    };
    let state = match thread.status {
        ThreadStatus::Waiting => ("thread-state waiting", "ask-state-waiting"),
        ThreadStatus::Sent => ("thread-state sent", "ask-state-sent"),
        ThreadStatus::Answered => ("thread-state answered", "ask-state-answered"),
    };
    let on_delete = {
        let (delete, thread) = (props.delete.clone(), thread.thread.clone());
        Callback::from(move |_| delete.emit(thread.clone()))
    };
    html! {
        <li class="thread" id={id.clone()} aria-labelledby={format!("{id}-h")}>
            <h3 id={format!("{id}-h")}>{ heading }
                if !cohort || thread.status == ThreadStatus::Waiting {
                    { " · " }<span class={state.0}>{ i18n.t(state.1) }</span>
                }
            </h3>
            <ul class="thread-messages">
                { for thread.messages.iter().filter(|m| !m.text.is_empty() || m.kind == dala_wire::MessageKind::MarkedAnswered).map(|m| {
                    let (class, who) = match &m.author {
                        MessageAuthor::Me => ("message mine", i18n.t("ask-by-me")),
                        MessageAuthor::Learner => ("message learner", i18n.t("ask-by-learner")),
                        MessageAuthor::Staff(name) => ("message staff", name.clone()),
                    };
                    let text = if m.text.is_empty() { i18n.t("ask-marked-answered") } else { m.text.clone() };
                    html! {
                        <li class={class}>
                            <p class="message-by"><bdi>{ who }</bdi>
                                if m.waiting { { " · " }{ i18n.t("ask-state-waiting") } }
                            </p>
                            <p class="message-text" dir="auto">{ text }</p>
                        </li>
                    }
                }) }
            </ul>
            if thread.deletable {
                <button type="button" class="link-button delete-question" onclick={on_delete}>{ i18n.t("ask-delete") }</button>
            }
            <Compose id={format!("{id}-more")} label={i18n.t("ask-follow-up-label")} button={i18n.t("ask-follow-up-send")}
                hint={hint(&i18n)} on_send={in_thread(&props.send, Some(thread.thread.clone()))} />
        </li>
    }
}

/// What the question fields say under them.
fn hint(i18n: &crate::i18n::I18n) -> String {
    i18n.t_with("ask-hint", &[("limit", FluentValue::from(MESSAGE_CHARS))])
}

/// The page's send, for a new thread (`None`) or a follow-up in `thread`.
fn in_thread(
    send: &Callback<(Option<String>, String, Callback<()>)>,
    thread: Option<String>,
) -> Callback<(String, Callback<()>)> {
    let send = send.clone();
    Callback::from(move |(text, done)| send.emit((thread.clone(), text, done)))
}
