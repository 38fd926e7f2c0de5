//! `/organizations/{id}/questions`: the trainers' inbox. The questions of the organization's
//! learners, unanswered first and newest first (the server's order), each with its course and
//! lesson, the lesson's text folded at hand, every message, an answer form, "Mark answered" and
//! "Hide". What a trainer does waits in the outbox until a sync sends it, so it works offline
//! on the inbox this device kept (see [`crate::mentoring`]). Messages are plain text (their
//! line breaks kept): nothing in them is ever HTML.

use dala_wire::limits::MESSAGE_CHARS;
use dala_wire::{MessageKind, ThreadState};
use fluent_bundle::FluentValue;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::app::{Online, Route};
use crate::components::compose::Compose;
use crate::components::load::{Busy, FailureText, Load, use_load, use_load_keeping};
use crate::components::notice::FailureNotice;
use crate::components::use_title;
use crate::failure::Failure;
use crate::i18n::use_i18n;
use crate::mentoring::{self, Inbox, InboxEntry, Waiting};
use crate::organization;
use crate::pages::organization::{Confirm, WORDS, day};
use crate::sync::SyncStatus;

#[derive(Properties, PartialEq)]
pub struct InboxPageProps {
    pub id: String,
}

#[function_component(InboxPage)]
pub fn inbox_page(props: &InboxPageProps) -> Html {
    let i18n = use_i18n();
    let status = use_context::<SyncStatus>().unwrap_or_default();
    let online = use_context::<Online>().map_or(true, |o| o.0);
    let user = status.session.as_ref().map(|s| s.user.clone());
    let name = user.as_ref().and_then(|u| {
        u.memberships.iter().find(|m| m.organization_id == props.id).map(|m| m.organization_name.clone())
    });
    let title = i18n.t("inbox-title");
    use_title(name.as_ref().map_or_else(|| title.clone(), |n| format!("{title} · {n}")));
    let allowed = user.as_ref().is_some_and(|u| organization::mentors(u, &props.id));
    // Read again when what waits on this device changes (an answer kept, then sent: the
    // server's page shows it) and when the connection comes back; not at every minute's sync,
    // which brings a trainer nothing of the inbox and would cost him the whole page each time.
    // What was read stays on screen meanwhile, so nothing typed in a form is lost.
    let offset = use_state(|| 0u64);
    let inbox = use_load_keeping(
        allowed.then(|| (props.id.clone(), *offset, status.pending, online)),
        |(id, offset, ..)| mentoring::inbox(id, offset),
    );
    let body = match &user {
        None if !status.loaded => html! { <Busy text={i18n.t("loading")} /> },
        None => html! {
            <p class="notice" id="inbox-message">
                <Link<Route> to={Route::SignIn}>{ i18n.t("inbox-sign-in") }</Link<Route>>
            </p>
        },
        Some(_) if !allowed => {
            html! { <p class="notice" id="inbox-message">{ i18n.t("inbox-not-allowed") }</p> }
        }
        Some(_) => match &inbox {
            Load::Idle | Load::Loading => html! { <Busy text={i18n.t("loading")} /> },
            Load::Done(Err(Failure::Offline)) => {
                html! { <p class="notice" id="inbox-message">{ i18n.t("inbox-offline") }</p> }
            }
            Load::Done(Err(f)) => html! { <FailureText failure={f.clone()} words={WORDS} /> },
            Load::Done(Ok(inbox)) => html! {
                <>
                    <Threads inbox={inbox.clone()} offset={offset.clone()} />
                    <Discussion organization={props.id.clone()} />
                </>
            },
        },
    };
    html! {
        <div class="inbox">
            <h1>{ title }</h1>
            if let Some(name) = &name {
                <p class="subtitle">
                    <Link<Route> to={Route::Organization { id: props.id.clone() }}><bdi>{ name }</bdi></Link<Route>>
                </p>
            }
            { body }
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct ThreadsProps {
    inbox: Inbox,
    offset: UseStateHandle<u64>,
}

#[function_component(Threads)]
fn threads(props: &ThreadsProps) -> Html {
    let i18n = use_i18n();
    let inbox = &props.inbox;
    let more = inbox.next_offset.map(|next| {
        let offset = props.offset.clone();
        Callback::from(move |_| offset.set(next))
    });
    let first = (*props.offset != 0).then(|| {
        let offset = props.offset.clone();
        Callback::from(move |_| offset.set(0))
    });
    html! {
        <>
            if inbox.kept {
                <p class="notice" id="inbox-kept">{ i18n.t("inbox-kept") }</p>
            }
            if inbox.entries.is_empty() {
                <p id="inbox-empty">{ i18n.t("inbox-empty") }</p>
            }
            <ol class="inbox-threads">
                { for inbox.entries.iter().map(|entry| html! {
                    <Thread key={entry.thread.thread.clone()} entry={entry.clone()} />
                }) }
            </ol>
            <p class="inbox-pages">
                if let Some(first) = first {
                    <button type="button" class="small" id="inbox-first" onclick={first}>{ i18n.t("inbox-first-page") }</button>
                }
                if let Some(more) = more {
                    <button type="button" class="small" id="inbox-more" onclick={more}>{ i18n.t("inbox-more") }</button>
                }
            </p>
        </>
    }
}

#[derive(Properties, PartialEq)]
struct ThreadProps {
    entry: InboxEntry,
}

#[function_component(Thread)]
fn thread(props: &ThreadProps) -> Html {
    let i18n = use_i18n();
    let failure = use_state(|| None::<Failure>);
    let InboxEntry { thread, waiting } = &props.entry;
    let id = format!("inbox-{}", thread.thread);
    let act = {
        let (thread, failure) = (thread.clone(), failure.clone());
        Callback::from(move |(what, done): (Waiting, Callback<()>)| {
            let (thread, failure) = (thread.clone(), failure.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match mentoring::act(&thread, what).await {
                    Ok(()) => {
                        failure.set(None);
                        done.emit(());
                    }
                    Err(e) => failure.set(Some(e)),
                }
            });
        })
    };
    let answer = {
        let act = act.clone();
        Callback::from(move |(text, done)| act.emit((Waiting::Answer(text), done)))
    };
    let noop = Callback::from(|()| ());
    let mark = {
        let (act, noop) = (act.clone(), noop.clone());
        Callback::from(move |_| act.emit((Waiting::MarkAnswered, noop.clone())))
    };
    let hide = {
        let act = act.clone();
        Callback::from(move |()| act.emit((Waiting::Hide, noop.clone())))
    };
    let answered_here = waiting.iter().any(|w| matches!(w, Waiting::Answer(_) | Waiting::MarkAnswered));
    let hidden = thread.hidden || waiting.contains(&Waiting::Hide);
    let state = if hidden {
        ("inbox-state hidden", i18n.t("inbox-state-hidden"))
    } else if thread.state == ThreadState::Answered || answered_here {
        ("inbox-state answered", i18n.t("inbox-state-answered"))
    } else {
        ("inbox-state open", i18n.t("inbox-state-open"))
    };
    let place = match &thread.lesson {
        Some(lesson) => lesson.title.clone(),
        None if thread.item.is_empty() => i18n.t("inbox-course-page"),
        None => thread.item.clone(),
    };
    let asker = if thread.cohort { i18n.t("inbox-cohort") } else { thread.learner.clone() };
    html! {
        <li class="inbox-thread" id={id.clone()} aria-labelledby={format!("{id}-h")}>
            <h2 id={format!("{id}-h")}>
                <bdi>{ &thread.course_title }</bdi>{ " · " }<bdi>{ place }</bdi>
            </h2>
            <p class="inbox-meta">
                <bdi>{ asker }</bdi>{ " · " }{ day(&i18n, thread.created) }{ " · " }
                <span class={state.0}>{ state.1 }</span>
            </p>
            if let Some(lesson) = &thread.lesson {
                <LessonText blob={lesson.blob.clone()} />
            }
            <ul class="thread-messages">
                { for thread.messages.iter().filter(|m| !m.text.is_empty() || m.kind == MessageKind::MarkedAnswered).map(|m| {
                    let text = if m.text.is_empty() { i18n.t("inbox-marked-answered") } else { m.text.clone() };
                    html! {
                        <li class={if m.staff { "message staff" } else { "message learner" }}>
                            <p class="message-by"><bdi>{ &m.author }</bdi>{ " · " }{ day(&i18n, m.created) }</p>
                            <p class="message-text" dir="auto">{ text }</p>
                        </li>
                    }
                }) }
                { for waiting.iter().map(|w| {
                    let text = match w {
                        Waiting::Answer(text) => text.clone(),
                        Waiting::MarkAnswered => i18n.t("inbox-marked-answered"),
                        Waiting::Hide => i18n.t("inbox-hidden-by-you"),
                    };
                    html! {
                        <li class="message staff waiting">
                            <p class="message-by">{ i18n.t("ask-by-me") }{ " · " }{ i18n.t("ask-state-waiting") }</p>
                            <p class="message-text" dir="auto">{ text }</p>
                        </li>
                    }
                }) }
            </ul>
            if let Some(failure) = &*failure {
                <FailureNotice failure={failure.clone()} />
            }
            if !hidden {
                <Compose id={format!("{id}-answer")} label={i18n.t("inbox-answer-label")} button={i18n.t("inbox-answer-send")}
                    hint={i18n.t_with("inbox-answer-hint", &[("limit", FluentValue::from(MESSAGE_CHARS))])}
                    on_send={answer} />
                <p class="inbox-actions">
                    if thread.state != ThreadState::Answered && !answered_here {
                        <button type="button" class="small" id={format!("{id}-mark")} onclick={mark}>{ i18n.t("inbox-mark-answered") }</button>
                    }
                    <Confirm id={format!("{id}-hide")} label={i18n.t("inbox-hide")} question={i18n.t("inbox-hide-question")}
                        yes={i18n.t("inbox-hide-yes")} on_confirm={hide} />
                </p>
            }
        </li>
    }
}

#[derive(Properties, PartialEq)]
struct LessonTextProps {
    blob: dala_wire::BlobRef,
}

/// The lesson's text, folded; fetched the first time it is opened.
#[function_component(LessonText)]
fn lesson_text(props: &LessonTextProps) -> Html {
    let i18n = use_i18n();
    let open = use_state(|| false);
    // The page holds whether it is open (a re-render must not close it); a click on the
    // summary (keyboard activation clicks it too) toggles it, and the first opening loads.
    let loaded = use_state(|| false);
    let html = use_load((*loaded).then(|| props.blob.clone()), mentoring::lesson_html);
    let onclick = {
        let (open, loaded) = (open.clone(), loaded.clone());
        Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            open.set(!*open);
            loaded.set(true);
        })
    };
    html! {
        <details class="inbox-lesson" open={*open}>
            <summary {onclick}>{ i18n.t("inbox-lesson-text") }</summary>
            { match &html {
                Load::Idle => Html::default(),
                Load::Loading => html! { <Busy text={i18n.t("loading")} /> },
                // The server's sanitised rendering, as the lesson page shows it.
                Load::Done(Ok(text)) => html! {
                    <div class="lesson-body" tabindex="0" role="region" aria-label={i18n.t("inbox-lesson-text")}>{ Html::from_html_unchecked(AttrValue::from(text.clone())) }</div>
                },
                Load::Done(Err(f)) => html! { <FailureText failure={f.clone()} words={WORDS} /> },
            } }
        </details>
    }
}

#[derive(Properties, PartialEq)]
struct DiscussionProps {
    organization: String,
}

/// "Open a discussion for a cohort": a course of the organization and a first message; its
/// learners of that course read it on the course page and reply. Off unless a trainer opens one.
#[function_component(Discussion)]
fn discussion(props: &DiscussionProps) -> Html {
    let i18n = use_i18n();
    let courses = use_load(Some(props.organization.clone()), organization::courses);
    let course = use_state(String::new);
    let outcome = use_state(|| None::<Result<(), Failure>>);
    let Load::Done(Ok(courses)) = courses else { return Html::default() };
    let courses: Vec<_> = courses.into_iter().filter(|c| !c.archived).collect();
    if courses.is_empty() {
        return Html::default();
    }
    let chosen = if course.is_empty() { courses[0].slug.clone() } else { (*course).clone() };
    let onchange = {
        let course = course.clone();
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            course.set(select.value());
        })
    };
    let on_send = {
        let (organization, chosen, outcome) = (props.organization.clone(), chosen.clone(), outcome.clone());
        Callback::from(move |(text, done): (String, Callback<()>)| {
            let (organization, chosen, outcome) = (organization.clone(), chosen.clone(), outcome.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let kept = mentoring::open_cohort_thread(organization, chosen, text).await;
                if kept.is_ok() {
                    done.emit(());
                }
                outcome.set(Some(kept));
            });
        })
    };
    html! {
        <section class="inbox-discussion" aria-labelledby="discussion-heading">
            <h2 id="discussion-heading">{ i18n.t("inbox-discussion-heading") }</h2>
            <p>{ i18n.t("inbox-discussion-about") }</p>
            <Compose id="discussion-text" label={i18n.t("inbox-discussion-text")} button={i18n.t("inbox-discussion-send")} {on_send}>
                <label for="discussion-course">{ i18n.t("inbox-discussion-course") }</label>
                <select id="discussion-course" {onchange}>
                    { for courses.iter().map(|c| html! {
                        <option value={c.slug.clone()} selected={c.slug == chosen}>{ &c.title }</option>
                    }) }
                </select>
            </Compose>
            { match &*outcome {
                Some(Ok(())) => html! { <p class="ok" id="discussion-kept" role="status">{ i18n.t("inbox-discussion-kept") }</p> },
                Some(Err(f)) => html! { <FailureNotice failure={f.clone()} /> },
                None => Html::default(),
            } }
        </section>
    }
}
