//! The course editor: metadata, the lessons and quizzes in order, a lesson's Markdown with the
//! server's rendering beside it, image uploads, where the work is saved, problems, and Publish.
//!
//! Every change goes through [`authoring::edit`]: kept on the device at once, then sent. Text
//! is kept as it is typed (when typing pauses, and at once when the trainer leaves the field or
//! the page); a removed lesson or quiz can be put back for as long as the page is open.

use std::cell::RefCell;
use std::rc::Rc;

use dala_wire::{CourseDraft, DraftItem, DraftLesson, Quiz, SourceChange};
use gloo::timers::callback::Timeout;
use wasm_bindgen::JsCast;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::app::Route;
use crate::authoring::{self, Editing, LocalDraft, SaveState};
use crate::components::notice::{FailureNotice, Loading};
use crate::components::text_field::{Pending, TYPING_PAUSE_MS, TextField, use_pending_typing};
use crate::components::{event_value, use_title};
use crate::failure::Failure;
use crate::i18n::{I18n, use_i18n};
use crate::pages::author::LANGUAGES;
use crate::pages::quiz_editor::{QuizEdit, QuizEditor, new_question};

/// How long typing must pause before a lesson is previewed (a request to the server; keeping
/// the text on the device waits [`TYPING_PAUSE_MS`] only).
const PREVIEW_PAUSE_MS: u32 = 1200;

/// How often the editor tries again to send work kept only on the device (the browser's
/// `online` event also sends it at once).
const RESEND_EVERY_MS: u32 = 20_000;

#[derive(Properties, PartialEq)]
pub struct EditPageProps {
    pub slug: String,
}

/// The title of an item as the list shows it: a lesson's first line, a quiz's title.
fn item_title(item: &DraftItem) -> String {
    match item {
        DraftItem::Lesson(lesson) => {
            let first = lesson.markdown.lines().next().unwrap_or_default();
            first.trim_start_matches('#').trim().to_owned()
        }
        DraftItem::Quiz(quiz) => quiz.title.clone(),
    }
}

/// An item id not used yet: `lesson-2`, `lesson-3`…, `quiz-1`, `quiz-2`…
fn new_item_id(draft: &CourseDraft, prefix: &str) -> String {
    (1..)
        .map(|n| format!("{prefix}-{n}"))
        .find(|id| !draft.items.iter().any(|i| i.id() == id))
        .unwrap_or_default()
}

/// Shows where an edit is saved, unless the page already shows a newer edit (an answer about
/// an older edit must not replace it on screen).
fn show_if_newest(
    editing: &UseStateHandle<Option<Result<Editing, Failure>>>,
    latest: &RefCell<Option<LocalDraft>>,
    next: Editing,
) {
    if latest.borrow().as_ref().is_none_or(|l| next.local.edited_at >= l.edited_at) {
        *latest.borrow_mut() = Some(next.local.clone());
        editing.set(Some(Ok(next)));
    }
}

#[function_component(EditPage)]
pub fn edit_page(props: &EditPageProps) -> Html {
    let i18n = use_i18n();
    let editing = use_state(|| None::<Result<Editing, Failure>>);
    let selected = use_state(|| 0usize);
    let preview = use_state(|| None::<Result<String, Failure>>);
    let failure = use_state(|| None::<Failure>);
    let published = use_state(|| None::<bool>);
    let timer: Rc<RefCell<Option<Timeout>>> = use_mut_ref(|| None);
    // The lesson's typing not kept yet: kept when typing pauses, or when the trainer leaves.
    let typing = use_pending_typing();
    // Lessons and quizzes removed on this page, newest last, each with the way back.
    let removed: Rc<RefCell<Vec<authoring::Removed>>> = use_mut_ref(Vec::new);
    let redraw = use_force_update();
    // The newest edit made on this page, which the next change builds on.
    let latest: Rc<RefCell<Option<LocalDraft>>> = use_mut_ref(|| None);
    {
        let editing = editing.clone();
        use_effect_with(props.slug.clone(), move |slug| {
            let slug = slug.clone();
            wasm_bindgen_futures::spawn_local(async move { editing.set(Some(authoring::open(&slug).await)) });
        });
    }
    {
        // Work kept only on the device goes to the server when the connection is back.
        let local_only = matches!(&*editing, Some(Ok(Editing { state: SaveState::Local, .. })));
        let (editing, latest, slug) = (editing.clone(), latest.clone(), props.slug.clone());
        use_effect_with(local_only, move |local_only| {
            let listeners = local_only.then(|| {
                let resend = Rc::new(move || {
                    let (editing, latest, slug) = (editing.clone(), latest.clone(), slug.clone());
                    wasm_bindgen_futures::spawn_local(async move {
                        if let Ok(Some(next)) = authoring::resend(&slug).await {
                            show_if_newest(&editing, &latest, next);
                        }
                    });
                });
                let on_online = {
                    let resend = resend.clone();
                    gloo::events::EventListener::new(&gloo::utils::window(), "online", move |_| resend())
                };
                (on_online, gloo::timers::callback::Interval::new(RESEND_EVERY_MS, move || resend()))
            });
            move || drop(listeners)
        });
    }
    // The lesson's textarea is not bound to the draft: a redraw while the trainer types (a save
    // or a preview arriving) would put back the text of the last save and drop the newest keys.
    // Its text is set here when the shown lesson changes, or its Markdown changes for another
    // reason than the trainer's own typing (a picture added, their version taken).
    let area = use_node_ref();
    let sent_typing: Rc<RefCell<Option<(usize, String)>>> = use_mut_ref(|| None);
    let shown_index: Rc<RefCell<Option<usize>>> = use_mut_ref(|| None);
    let shown_lesson = match &*editing {
        Some(Ok(e)) => {
            let items = &e.local.draft.items;
            let i = (*selected).min(items.len().saturating_sub(1));
            match items.get(i) {
                Some(DraftItem::Lesson(l)) => Some((i, l.markdown.clone())),
                _ => None,
            }
        }
        _ => None,
    };
    {
        let (area, sent_typing, shown_index) = (area.clone(), sent_typing.clone(), shown_index.clone());
        use_effect_with(shown_lesson, move |shown| {
            let same_lesson = *shown_index.borrow() == shown.as_ref().map(|(i, _)| *i);
            *shown_index.borrow_mut() = shown.as_ref().map(|(i, _)| *i);
            if let (Some(shown), Some(element)) = (shown, area.cast::<web_sys::HtmlTextAreaElement>()) {
                let own_typing = same_lesson && sent_typing.borrow().as_ref() == Some(shown);
                if !own_typing && element.value() != shown.1 {
                    element.set_value(&shown.1);
                }
            }
        });
    }
    let title = match &*editing {
        Some(Ok(e)) => e.local.draft.metadata.title.clone(),
        _ => i18n.t("author-title"),
    };
    use_title(title);
    let current = match &*editing {
        None => return html! { <Loading /> },
        Some(Err(f)) => return html! { <FailureNotice failure={f.clone()} /> },
        Some(Ok(current)) => current.clone(),
    };

    // Applies a change to the draft and saves it (device first, then server). Changes build on
    // the latest edit even before the previous one is saved, so quick edits never undo each other.
    let change = {
        let (editing, failure, published, latest) =
            (editing.clone(), failure.clone(), published.clone(), latest.clone());
        let current = current.clone();
        Rc::new(move |apply: Box<dyn FnOnce(&mut CourseDraft)>| {
            let base = latest
                .borrow()
                .clone()
                .filter(|l| l.edited_at > current.local.edited_at && l.draft.slug == current.local.draft.slug)
                .unwrap_or_else(|| current.local.clone());
            let mut draft = base.draft.clone();
            apply(&mut draft);
            let mut shown = base.clone();
            shown.draft = draft.clone();
            shown.edited_at = base.edited_at + 0.5;
            *latest.borrow_mut() = Some(shown.clone());
            editing.set(Some(Ok(Editing { local: shown, state: SaveState::Local })));
            published.set(None);
            let (editing, failure, latest) = (editing.clone(), failure.clone(), latest.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match authoring::edit(base, draft).await {
                    Ok(next) => {
                        failure.set(None);
                        show_if_newest(&editing, &latest, next);
                    }
                    Err(f) => failure.set(Some(f)),
                }
            });
        })
    };
    let draft = &current.local.draft;
    let index = (*selected).min(draft.items.len().saturating_sub(1));
    // A translation's lessons whose source changed, each until it is marked as updated.
    let source_change = |id: &str| {
        current.local.source_changes.iter().find(|c| c.lesson == id && c.applies_to(draft)).cloned()
    };
    let changed_on = |change: &SourceChange| {
        let date = i18n.date(change.changed_at as f64 * 1000.0);
        i18n.t_with("edit-source-changed", &[("date", date.into())])
    };

    let metadata_field =
        |id: &'static str, label: &'static str, value: String, set: fn(&mut CourseDraft, String)| {
            let change = change.clone();
            let onchange = Callback::from(move |e: Event| {
                let value = event_value(&e);
                change(Box::new(move |d| set(d, value)));
            });
            html! {
                <>
                    <label for={id}>{ i18n.t(label) }</label>
                    <TextField id={id} value={value} {onchange} />
                </>
            }
        };

    let items = draft.items.len();
    // A button that changes the item list; buttons that add an item then show it.
    let item_button =
        |label: &'static str, id: String, action: Rc<dyn Fn(&mut CourseDraft)>, disabled: bool| {
            let (change, selected) = (change.clone(), selected.clone());
            let adds = id.starts_with("add-");
            let onclick = Callback::from(move |_| {
                let action = action.clone();
                change(Box::new(move |d| action(d)));
                if adds {
                    selected.set(items);
                }
            });
            html! { <button type="button" id={id} {onclick} {disabled}>{ i18n.t(label) }</button> }
        };

    // Removing keeps the item in the page, with a way back ("Undo") until the page closes.
    let remove_button = |i: usize| {
        let (change, removed, redraw, selected) =
            (change.clone(), removed.clone(), redraw.clone(), selected.clone());
        let onclick = Callback::from(move |_| {
            // The item shown stays shown when one above it goes.
            if i < *selected {
                selected.set(*selected - 1);
            }
            let removed = removed.clone();
            change(Box::new(move |d| {
                if let Some(item) = authoring::remove(d, i) {
                    removed.borrow_mut().push(item);
                }
            }));
            redraw.force_update();
        });
        html! { <button type="button" id={format!("remove-{i}")} {onclick} disabled={items == 1}>{ i18n.t("edit-remove") }</button> }
    };
    let undo_notices = {
        let shown = removed.borrow();
        let notices = shown.iter().enumerate().rev().map(|(n, gone)| {
            let (change, removed, redraw, selected) =
                (change.clone(), removed.clone(), redraw.clone(), selected.clone());
            let onclick = Callback::from(move |_| {
                let held = removed.borrow().len();
                if n >= held {
                    return;
                }
                let gone = removed.borrow_mut().remove(n);
                let selected = selected.clone();
                change(Box::new(move |d| selected.set(authoring::restore(d, &gone))));
                redraw.force_update();
            });
            let message = match &gone.item {
                DraftItem::Lesson(_) => "edit-lesson-removed",
                DraftItem::Quiz(_) => "edit-quiz-removed",
            };
            html! {
                <li class="undo">
                    <span>{ i18n.t_with(message, &[("title", item_title(&gone.item).into())]) }</span>
                    { " · " }
                    <button type="button" class="link-button" id={format!("undo-remove-{n}")} {onclick}>
                        { i18n.t("edit-undo") }
                    </button>
                </li>
            }
        });
        html! {
            <ul id="removed-items" class="removed-items" aria-live="polite">{ for notices }</ul>
        }
    };
    let language_field = {
        let fixed = authoring::language_fixed(&current.local);
        let language = draft.metadata.language.clone();
        let named = LANGUAGES
            .iter()
            .find(|(tag, _)| *tag == language)
            .map_or(language.clone(), |(_, n)| (*n).to_owned());
        if fixed {
            html! {
                <>
                    <label for="meta-language">{ i18n.t("author-field-language") }</label>
                    <input id="meta-language" value={named} readonly=true aria-describedby="meta-language-fixed" />
                    <p id="meta-language-fixed" class="help">{ i18n.t("edit-language-fixed") }</p>
                </>
            }
        } else {
            let change = change.clone();
            let onchange = Callback::from(move |e: Event| {
                let value = event_value(&e);
                change(Box::new(move |d| d.metadata.language = value));
            });
            let unlisted = !LANGUAGES.iter().any(|(tag, _)| *tag == language);
            html! {
                <>
                    <label for="meta-language">{ i18n.t("author-field-language") }</label>
                    <select id="meta-language" {onchange} aria-describedby="meta-language-help">
                        if unlisted { <option value={language.clone()} selected=true>{ &language }</option> }
                        { for LANGUAGES.iter().map(|(tag, name)| html! {
                            <option value={*tag} lang={*tag} selected={*tag == language}>{ *name }</option>
                        }) }
                    </select>
                    <p id="meta-language-help" class="help">{ i18n.t("edit-language-help") }</p>
                </>
            }
        }
    };

    let lesson_editor = match draft.items.get(index) {
        Some(DraftItem::Lesson(lesson)) => {
            let oninput = {
                let (change, timer, preview, sent_typing, typing) =
                    (change.clone(), timer.clone(), preview.clone(), sent_typing.clone(), typing.clone());
                let (slug, images) = (draft.slug.clone(), draft.images.clone());
                Callback::from(move |e: InputEvent| {
                    let Some(area) =
                        e.target().and_then(|t| t.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
                    else {
                        return;
                    };
                    let text = area.value();
                    let (change, preview, slug, images, sent_typing) =
                        (change.clone(), preview.clone(), slug.clone(), images.clone(), sent_typing.clone());
                    // Kept when typing pauses, not at every key; previewed after a longer pause.
                    let keep = {
                        let text = text.clone();
                        Box::new(move || {
                            *sent_typing.borrow_mut() = Some((index, text.clone()));
                            change(Box::new(move |d| {
                                if let Some(DraftItem::Lesson(l)) = d.items.get_mut(index) {
                                    l.markdown = text;
                                }
                            }));
                        })
                    };
                    Pending::schedule(&typing, TYPING_PAUSE_MS, keep);
                    *timer.borrow_mut() = Some(Timeout::new(PREVIEW_PAUSE_MS, move || {
                        wasm_bindgen_futures::spawn_local(async move {
                            preview.set(Some(authoring::preview(&slug, &text, &images).await));
                        });
                    }));
                })
            };
            // Leaving the text (another lesson, a button) keeps what is typed at once.
            let onchange = {
                let typing = typing.clone();
                Callback::from(move |_: Event| Pending::flush(&typing))
            };
            let on_preview = {
                let (preview, slug, images, saved) =
                    (preview.clone(), draft.slug.clone(), draft.images.clone(), lesson.markdown.clone());
                let area = area.clone();
                Callback::from(move |_| {
                    // The text as it stands, typed keys included.
                    let markdown = area
                        .cast::<web_sys::HtmlTextAreaElement>()
                        .map_or_else(|| saved.clone(), |a| a.value());
                    let (preview, slug, images) = (preview.clone(), slug.clone(), images.clone());
                    wasm_bindgen_futures::spawn_local(async move {
                        preview.set(Some(authoring::preview(&slug, &markdown, &images).await));
                    });
                })
            };
            let on_upload = {
                let (change, failure, slug) = (change.clone(), failure.clone(), draft.slug.clone());
                let (area, typing) = (area.clone(), typing.clone());
                Callback::from(move |e: SubmitEvent| {
                    e.prevent_default();
                    let input = gloo::utils::document()
                        .get_element_by_id("image-file")
                        .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok());
                    let Some(file) = input.and_then(|i| i.files()).and_then(|f| f.get(0)) else { return };
                    let alt = gloo::utils::document()
                        .get_element_by_id("image-alt")
                        .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
                        .map(|i| i.value())
                        .unwrap_or_default();
                    let (change, failure, slug) = (change.clone(), failure.clone(), slug.clone());
                    let (area, typing) = (area.clone(), typing.clone());
                    wasm_bindgen_futures::spawn_local(async move {
                        let name = file.name();
                        let file = gloo::file::File::from(file);
                        let bytes = match gloo::file::futures::read_as_bytes(&file).await {
                            Ok(bytes) => bytes,
                            Err(e) => return failure.set(Some(Failure::Storage(e.to_string()))),
                        };
                        match authoring::upload_image(&slug, &name, &alt, &bytes).await {
                            Ok(uploaded) => {
                                // Text typed but not yet kept is kept first; the picture follows.
                                Pending::flush(&typing);
                                let typed = area.cast::<web_sys::HtmlTextAreaElement>().map(|a| a.value());
                                change(Box::new(move |d| {
                                    let mut image = uploaded.image;
                                    // A name already used in the course gets a number.
                                    let stem = image.name.trim_end_matches(".webp").to_owned();
                                    let mut n = 2;
                                    while d
                                        .images
                                        .iter()
                                        .any(|i| i.name == image.name && i.blob != image.blob)
                                    {
                                        image.name = format!("{stem}-{n}.webp");
                                        n += 1;
                                    }
                                    let markdown = uploaded
                                        .markdown
                                        .replace(&format!("({stem}.webp)"), &format!("({})", image.name));
                                    if !d.images.contains(&image) {
                                        d.images.push(image);
                                    }
                                    if let Some(DraftItem::Lesson(l)) = d.items.get_mut(index) {
                                        let text = typed.unwrap_or_else(|| l.markdown.clone());
                                        l.markdown = format!("{}\n\n{markdown}\n", text.trim_end());
                                    }
                                }))
                            }
                            Err(f) => failure.set(Some(f)),
                        }
                    });
                })
            };
            // The source's texts side by side, in the source's language, and the way to say the
            // translation follows the new one.
            let source_notice = source_change(&lesson.id).map(|pending| {
                let on_mark = {
                    let (change, pending) = (change.clone(), pending.clone());
                    Callback::from(move |_| {
                        let pending = pending.clone();
                        change(Box::new(move |d| authoring::mark_updated(d, &pending)));
                    })
                };
                let text = |id: &'static str, markdown: &str| html! {
                    <pre id={id} lang={pending.language.clone()} dir="auto">{ markdown.to_owned() }</pre>
                };
                html! {
                    <section id="source-change" class="source-change" aria-labelledby="source-change-heading">
                        <h3 id="source-change-heading">{ changed_on(&pending) }</h3>
                        <p class="help">{ i18n.t("edit-source-changed-help") }</p>
                        <div class="source-texts">
                            <figure>
                                <figcaption>{ i18n.t("edit-source-old") }</figcaption>
                                { match &pending.old_markdown {
                                    Some(old) => text("source-old", old),
                                    None => html! { <p id="source-old-missing">{ i18n.t("edit-source-old-missing") }</p> },
                                } }
                            </figure>
                            <figure>
                                <figcaption>{ i18n.t("edit-source-new") }</figcaption>
                                { text("source-new", &pending.new_markdown) }
                            </figure>
                        </div>
                        <button type="button" id="mark-updated" onclick={on_mark}>{ i18n.t("edit-mark-updated") }</button>
                    </section>
                }
            });
            html! {
                <section class="lesson-editor" aria-labelledby="lesson-editor-heading">
                    <h2 id="lesson-editor-heading">{ i18n.t("edit-lesson-heading") }{ " " }{ item_title(&draft.items[index]) }</h2>
                    { source_notice }
                    <div class="editor-panes">
                        <div>
                            <label for="lesson-markdown">{ i18n.t("edit-lesson-markdown") }</label>
                            <textarea id="lesson-markdown" ref={area.clone()} rows="20" {oninput} {onchange}
                                aria-describedby="lesson-markdown-help" />
                            <p id="lesson-markdown-help" class="help">{ i18n.t("edit-lesson-markdown-help") }</p>
                            <button type="button" id="preview-button" onclick={on_preview}>{ i18n.t("edit-preview") }</button>
                        </div>
                        <div>
                            <h3>{ i18n.t("edit-preview-heading") }</h3>
                            <div id="lesson-preview" class="lesson-body" aria-live="polite">
                                { match &*preview {
                                    None => Html::default(),
                                    Some(Ok(html)) => Html::from_html_unchecked(AttrValue::from(html.clone())),
                                    // The preview is the server's rendering; the text itself is safe on the device.
                                    Some(Err(Failure::Offline)) => html! {
                                        <p id="preview-offline" class="notice">{ i18n.t("edit-preview-offline") }</p>
                                    },
                                    Some(Err(f)) => html! { <FailureNotice failure={f.clone()} /> },
                                } }
                            </div>
                        </div>
                    </div>
                    <form class="form image-upload" onsubmit={on_upload}>
                        <h3>{ i18n.t("edit-image-heading") }</h3>
                        <label for="image-file">{ i18n.t("edit-image-file") }</label>
                        <input id="image-file" type="file" accept="image/jpeg,image/png,image/gif,image/webp" required=true />
                        <label for="image-alt">{ i18n.t("edit-image-alt") }</label>
                        <input id="image-alt" required=true maxlength="300" />
                        <button id="image-upload" type="submit">{ i18n.t("edit-image-upload") }</button>
                    </form>
                </section>
            }
        }
        Some(DraftItem::Quiz(quiz)) => {
            let on_change = {
                let change = change.clone();
                Callback::from(move |edit: QuizEdit| {
                    change(Box::new(move |d| {
                        if let Some(DraftItem::Quiz(quiz)) = d.items.get_mut(index) {
                            (edit.0)(quiz);
                        }
                    }))
                })
            };
            html! { <QuizEditor quiz={quiz.clone()} {on_change} /> }
        }
        None => Html::default(),
    };

    let on_publish = {
        let (current, failure, published) = (current.clone(), failure.clone(), published.clone());
        let (editing, latest) = (editing.clone(), latest.clone());
        Callback::from(move |_| {
            let (current, failure, published) = (current.clone(), failure.clone(), published.clone());
            let (editing, latest) = (editing.clone(), latest.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match authoring::publish(&current.local).await {
                    Ok(result) => {
                        // Published once: the language is fixed from now on, in what the page
                        // shows and in every edit that builds on it.
                        let manifest = Some(result.manifest_sha256.clone());
                        if let Some(l) = latest.borrow_mut().as_mut() {
                            l.published_manifest = manifest.clone();
                        }
                        let mut shown = current.clone();
                        shown.local.published_manifest = manifest;
                        editing.set(Some(Ok(shown)));
                        published.set(Some(result.changed));
                    }
                    Err(f) => failure.set(Some(f)),
                }
            });
        })
    };
    // The editor's own checks of every quiz; the server checks again when the draft is saved.
    let quiz_problems: Vec<(String, usize)> = draft
        .items
        .iter()
        .filter_map(|item| match item {
            DraftItem::Quiz(quiz) => Some((quiz.title.clone(), quiz.problems().len())),
            DraftItem::Lesson(_) => None,
        })
        .filter(|(_, n)| *n > 0)
        .collect();
    html! {
        <article class="editor">
            <p class="crumbs"><Link<Route> to={Route::Author}>{ i18n.t("author-title") }</Link<Route>></p>
            <h1>{ &draft.metadata.title }</h1>
            { save_state(&current, &i18n, &editing) }
            if let Some(f) = &*failure { <FailureNotice failure={f.clone()} /> }
            <section aria-labelledby="metadata-heading">
                <h2 id="metadata-heading">{ i18n.t("edit-metadata-heading") }</h2>
                <div class="form">
                    { metadata_field("meta-title", "author-field-title", draft.metadata.title.clone(), |d, v| d.metadata.title = v) }
                    { metadata_field("meta-summary", "author-field-summary", draft.metadata.summary.clone(), |d, v| d.metadata.summary = v) }
                    { language_field }
                    { metadata_field("meta-version", "edit-field-version", draft.metadata.version.clone(), |d, v| d.metadata.version = v) }
                    { metadata_field("meta-authors", "edit-field-authors", draft.metadata.authors.join(", "), |d, v| {
                        d.metadata.authors = v.split(',').map(|a| a.trim().to_owned()).filter(|a| !a.is_empty()).collect()
                    }) }
                    { metadata_field("meta-licence", "edit-field-licence", draft.metadata.licence.clone(), |d, v| d.metadata.licence = v) }
                    { metadata_field("meta-translations", "edit-field-translations", draft.metadata.translations.join(", "), |d, v| {
                        d.metadata.translations = v.split(',').map(|a| a.trim().to_owned()).filter(|a| !a.is_empty()).collect()
                    }) }
                    <div class="choice">
                        <input type="checkbox" id="meta-open" checked={draft.metadata.open} onchange={{
                            let change = change.clone();
                            Callback::from(move |e: Event| {
                                let open = event_value(&e) == "true";
                                change(Box::new(move |d| d.metadata.open = open));
                            })
                        }} />
                        <label for="meta-open">{ i18n.t("edit-field-open") }</label>
                    </div>
                </div>
            </section>
            <section aria-labelledby="items-heading">
                <h2 id="items-heading">{ i18n.t("edit-items-heading") }</h2>
                <ol class="items" id="items">
                    { for draft.items.iter().enumerate().map(|(i, item)| {
                        let select = { let selected = selected.clone(); Callback::from(move |_| selected.set(i)) };
                        let changed = match item {
                            DraftItem::Lesson(lesson) => source_change(&lesson.id),
                            DraftItem::Quiz(_) => None,
                        };
                        let notice_id = format!("source-changed-{i}");
                        html! {
                            <li class={if i == index { "current" } else { "" }}>
                                <button type="button" class="item-title" onclick={select} aria-current={(i == index).then_some("true")}
                                    aria-describedby={changed.is_some().then(|| notice_id.clone())}>
                                    { item_title(item) }
                                </button>
                                if let Some(change) = &changed {
                                    <span id={notice_id} class="source-changed">{ changed_on(change) }</span>
                                }
                                { item_button("edit-move-up", format!("up-{i}"), Rc::new(move |d: &mut CourseDraft| d.items.swap(i, i - 1)), i == 0) }
                                { item_button("edit-move-down", format!("down-{i}"), Rc::new(move |d: &mut CourseDraft| d.items.swap(i, i + 1)), i + 1 == items) }
                                { remove_button(i) }
                            </li>
                        }
                    }) }
                </ol>
                { undo_notices }
                { item_button("edit-add-lesson", "add-lesson".into(), {
                    let heading = i18n.t("edit-new-lesson-title");
                    Rc::new(move |d: &mut CourseDraft| {
                        let id = new_item_id(d, "lesson");
                        d.items.push(DraftItem::Lesson(DraftLesson { id, markdown: format!("# {heading}\n\n") }));
                    })
                }, false) }
                { item_button("edit-add-quiz", "add-quiz".into(), {
                    let title = i18n.t("edit-new-quiz-title");
                    Rc::new(move |d: &mut CourseDraft| {
                        let id = new_item_id(d, "quiz");
                        d.items.push(DraftItem::Quiz(Quiz {
                            id,
                            title: title.clone(),
                            pass_mark: 70,
                            max_attempts: None,
                            questions: vec![new_question()],
                            show_answers: true,
                        }));
                    })
                }, false) }
            </section>
            { lesson_editor }
            <section aria-labelledby="publish-heading">
                <h2 id="publish-heading">{ i18n.t("edit-publish-heading") }</h2>
                if !quiz_problems.is_empty() {
                    <ul id="quiz-problem-summary" class="problems">
                        { for quiz_problems.iter().map(|(title, n)| html! {
                            <li>{ i18n.t_with("edit-quiz-has-problems", &[("title", title.clone().into()), ("n", (*n).into())]) }</li>
                        }) }
                    </ul>
                }
                if current.local.problems.is_empty() && quiz_problems.is_empty() {
                    <p id="no-problems">{ i18n.t("edit-no-problems") }</p>
                }
                if !current.local.problems.is_empty() {
                    <ul id="problems" class="problems">
                        { for current.local.problems.iter().map(|p| html! {
                            <li>
                                <code>{ p.line.map_or(p.file.clone(), |l| format!("{}:{l}", p.file)) }</code>{ " " }{ &p.message }
                            </li>
                        }) }
                    </ul>
                }
                <button id="publish" class="primary" onclick={on_publish}
                    disabled={!current.local.problems.is_empty() || !quiz_problems.is_empty() || !matches!(current.state, SaveState::Server { .. })}>
                    { i18n.t("edit-publish") }
                </button>
                if let Some(changed) = *published {
                    <p id="published" role="status" class="ok">{ i18n.t(if changed { "edit-published" } else { "edit-published-unchanged" }) }</p>
                }
            </section>
        </article>
    }
}

/// "Saved on this device" / "Saved on the server" / a conflict with the choice to make.
fn save_state(
    current: &Editing,
    i18n: &I18n,
    editing: &UseStateHandle<Option<Result<Editing, Failure>>>,
) -> Html {
    match &current.state {
        SaveState::Local => html! {
            <p id="save-state" data-state="local" role="status">{ i18n.t("edit-saved-local") }</p>
        },
        SaveState::Server { revision } => html! {
            <p id="save-state" data-state="server" data-revision={revision.to_string()} role="status" class="ok">
                { i18n.t("edit-saved-server") }
            </p>
        },
        SaveState::Conflict { theirs } => {
            let keep_mine = {
                let (editing, local, theirs) = (editing.clone(), current.local.clone(), theirs.clone());
                Callback::from(move |_| {
                    let (editing, local, theirs) = (editing.clone(), local.clone(), theirs.clone());
                    wasm_bindgen_futures::spawn_local(async move {
                        editing.set(Some(authoring::keep_mine(local, &theirs).await));
                    });
                })
            };
            let take_theirs = {
                let (editing, theirs) = (editing.clone(), theirs.clone());
                Callback::from(move |_| {
                    let (editing, theirs) = (editing.clone(), theirs.clone());
                    wasm_bindgen_futures::spawn_local(async move {
                        editing.set(Some(authoring::take_theirs(&theirs).await));
                    });
                })
            };
            html! {
                <div id="save-state" data-state="conflict" role="alert" class="notice">
                    <p>{ i18n.t_with("edit-conflict", &[("name", theirs.saved_by.clone().into())]) }</p>
                    <button type="button" id="keep-mine" onclick={keep_mine}>{ i18n.t("edit-keep-mine") }</button>
                    <button type="button" id="take-theirs" onclick={take_theirs}>{ i18n.t("edit-take-theirs") }</button>
                </div>
            }
        }
    }
}
