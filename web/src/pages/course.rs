//! A course: its description, "Download for offline" with progress, storage used, the list of
//! lessons with the learner's marks, and the learner's certificate for it when there is one.

use fluent_bundle::FluentValue;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::app::Route;
use crate::certificates;
use crate::components::notice::{FailureNotice, Loading};
use crate::components::use_title;
use crate::failure::Failure;
use crate::i18n::{I18n, use_i18n};
use crate::library::{self, Access, CourseView, Download, DownloadProgress};
use crate::pages::carry::ShareCourse;
use crate::pages::catalog::continue_label;
use crate::sync::SyncStatus;

#[derive(Properties, PartialEq)]
pub struct CoursePageProps {
    pub slug: String,
}

#[function_component(CoursePage)]
pub fn course_page(props: &CoursePageProps) -> Html {
    let i18n = use_i18n();
    let view = use_state(|| None::<Result<CourseView, Failure>>);
    let downloading = use_state(|| None::<DownloadProgress>);
    let action_error = use_state(|| None::<Failure>);
    // Bumped to reload the view after a download or removal.
    let generation = use_state(|| 0u32);
    // Also reloaded when the account's enrollments change (a trainer gave a course, read at the
    // first sync of a visit): what the learner may take is decided with them.
    let enrollments = use_context::<SyncStatus>().and_then(|s| s.session).map(|s| s.user.enrollments);
    {
        let view = view.clone();
        use_effect_with((props.slug.clone(), *generation, enrollments), move |(slug, _, _)| {
            let slug = slug.clone();
            wasm_bindgen_futures::spawn_local(async move { view.set(Some(library::course(&slug).await)) });
        });
    }
    // The learner's certificate for this course (its uuid): looked up again after each sync,
    // which is how a new one arrives.
    let certificate = use_state(|| None::<String>);
    let last_sync = use_context::<SyncStatus>().and_then(|s| s.state.last_success).map(f64::to_bits);
    {
        let certificate = certificate.clone();
        use_effect_with((props.slug.clone(), last_sync), move |(slug, _)| {
            let slug = slug.clone();
            wasm_bindgen_futures::spawn_local(async move {
                certificate.set(certificates::for_course(&slug).await);
            });
        });
    }
    let title = match &*view {
        Some(Ok(v)) => v.manifest.title.clone(),
        _ => i18n.t("course-title-loading"),
    };
    use_title(title);

    // Data saver (the learner's setting, else the browser's Save-Data hint): text first.
    let data_saver = use_state(library::data_saver);
    let on_data_saver = {
        let data_saver = data_saver.clone();
        Callback::from(move |event: Event| {
            use wasm_bindgen::JsCast;
            let on = event
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
                .is_some_and(|input| input.checked());
            library::set_data_saver(on);
            data_saver.set(on);
        })
    };
    // `true`: text only (data saver); `false`: everything, images too.
    let on_download = {
        let (slug, downloading, action_error, generation) =
            (props.slug.clone(), downloading.clone(), action_error.clone(), generation.clone());
        Callback::from(move |text_only: bool| {
            let (slug, downloading, action_error, generation) =
                (slug.clone(), downloading.clone(), action_error.clone(), generation.clone());
            action_error.set(None);
            downloading.set(Some(DownloadProgress::default()));
            wasm_bindgen_futures::spawn_local(async move {
                let report = downloading.setter();
                let result = library::download(&slug, text_only, move |p| report.set(Some(p))).await;
                downloading.set(None);
                action_error.set(result.err());
                generation.set(*generation + 1);
            });
        })
    };
    let on_remove = {
        let (slug, action_error, generation) = (props.slug.clone(), action_error.clone(), generation.clone());
        Callback::from(move |_| {
            let (slug, action_error, generation) = (slug.clone(), action_error.clone(), generation.clone());
            wasm_bindgen_futures::spawn_local(async move {
                action_error.set(library::remove(&slug).await.err());
                generation.set(*generation + 1);
            });
        })
    };

    let view = match &*view {
        None => return html! { <Loading /> },
        Some(Err(failure)) => return html! { <FailureNotice failure={failure.clone()} /> },
        Some(Ok(view)) => view,
    };
    let manifest = &view.manifest;
    let completed = manifest.lessons.iter().filter(|l| view.lesson(&l.id).completed).count();
    let summary = i18n.t_with(
        "course-progress",
        &[("done", FluentValue::from(completed)), ("total", FluentValue::from(manifest.lessons.len()))],
    );
    html! {
        <article class="course">
            <p class="crumbs"><Link<Route> to={Route::Catalog}>{ i18n.t("back-to-catalog") }</Link<Route>></p>
            <h1 lang={manifest.language.clone()} dir="auto">{ &manifest.title }</h1>
            <p lang={manifest.language.clone()} dir="auto">{ &manifest.summary }</p>
            <p class="meta">
                <span>{ i18n.t_with("course-version", &[("version", FluentValue::from(manifest.version.clone()))]) }</span>
                <span>{ manifest.authors.join(", ") }</span>
                <span>{ &manifest.licence }</span>
            </p>
            if !manifest.translations.is_empty() {
                <p class="translations">
                    { i18n.t("course-translations") }{ " " }
                    { for manifest.translations.iter().enumerate().map(|(n, t)| html! {
                        <>
                            if n > 0 { { i18n.t("list-separator") } }
                            <Link<Route> to={Route::Course { slug: t.slug.clone() }}>
                                <bdi lang={t.language.clone()}>{ &t.title }</bdi>
                                { format!(" ({})", t.language.to_uppercase()) }
                            </Link<Route>>
                        </>
                    }) }
                </p>
            }
            { closed_notice(view.access, view.download != Download::None, &i18n) }
            if let Some(next) = view.continue_at().filter(|_| view.access.allowed()) {
                <p class="continue">
                    <Link<Route> classes="button primary" to={Route::Lesson { slug: manifest.slug.clone(), lesson: next.id.clone() }}>
                        { continue_label(&next, &i18n) }
                    </Link<Route>>
                </p>
            }
            <section class="offline-box" aria-labelledby="offline-heading">
                <h2 id="offline-heading">{ i18n.t("offline-heading") }</h2>
                if view.access.allowed() || view.download != Download::None {
                    { offline_controls(view, *downloading, *data_saver, &i18n, on_download, on_remove) }
                    { data_saver_control(view, *data_saver, &i18n, on_data_saver) }
                }
                if let Some(failure) = &*action_error {
                    <FailureNotice failure={failure.clone()} />
                }
            </section>
            <section aria-labelledby="lessons-heading">
                <h2 id="lessons-heading">{ i18n.t("lessons-heading") }</h2>
                <p id="course-progress">{ summary }</p>
                if view.complete() && view.access.allowed() {
                    <p id="course-complete" class="ok">{ i18n.t("course-complete") }</p>
                }
                if let Some(id) = &*certificate {
                    <p id="course-certificate">
                        <Link<Route> to={Route::Certificate { id: id.clone() }}>{ i18n.t("course-certificate-link") }</Link<Route>>
                    </p>
                }
                { quiz_links(view, None, &i18n) }
                <ol class="lessons">
                    { for manifest.lessons.iter().map(|lesson| {
                        let mark = view.lesson(&lesson.id);
                        let (class, status) = match mark {
                            p if p.completed => ("done", i18n.t("lesson-status-complete")),
                            p if p.opened => ("opened", i18n.t("lesson-status-opened")),
                            _ => ("", String::new()),
                        };
                        html! {
                            <li class={class}>
                                <Link<Route> to={Route::Lesson { slug: manifest.slug.clone(), lesson: lesson.id.clone() }}>
                                    { &lesson.title }
                                </Link<Route>>
                                if !status.is_empty() { <span class="lesson-status">{ status }</span> }
                                { quiz_links(view, Some(&lesson.id), &i18n) }
                            </li>
                        }
                    }) }
                </ol>
            </section>
            if view.access.allowed() {
                <crate::pages::questions::Questions course={manifest.slug.clone()} version={view.manifest_sha256.clone()} item={String::new()} />
            }
        </article>
    }
}

/// Links to the quizzes that follow lesson `after` (or come first, for `None`).
fn quiz_links(view: &CourseView, after: Option<&String>, i18n: &I18n) -> Html {
    let manifest = &view.manifest;
    let quizzes: Vec<_> = manifest.quizzes.iter().filter(|q| q.after_lesson.as_ref() == after).collect();
    if quizzes.is_empty() {
        return Html::default();
    }
    html! {
        <ul class="quizzes">
            { for quizzes.into_iter().map(|q| html! {
                <li class={if view.quiz_passed(&q.id) { "done" } else { "" }}>
                    <Link<Route> to={Route::Quiz { slug: manifest.slug.clone(), quiz: q.id.clone() }}>
                        { i18n.t("quiz-label") }{ " " }{ &q.title }
                    </Link<Route>>
                    if view.quiz_passed(&q.id) { <span class="lesson-status">{ i18n.t("quiz-status-passed") }</span> }
                </li>
            }) }
        </ul>
    }
}

/// The data-saver setting, with the course's size with and without its images (shown before
/// the download, when the course has images).
fn data_saver_control(view: &CourseView, on: bool, i18n: &I18n, on_change: Callback<Event>) -> Html {
    let (all, text) = (view.manifest.download_bytes(), view.manifest.text_bytes());
    if all == text {
        return Html::default();
    }
    let sizes = i18n.t_with(
        "download-sizes",
        &[("all", FluentValue::from(i18n.bytes(all))), ("text", FluentValue::from(i18n.bytes(text)))],
    );
    html! {
        <div class="data-saver">
            <p id="download-sizes" data-all={all.to_string()} data-text={text.to_string()}>{ sizes }</p>
            <p>
                <input type="checkbox" id="data-saver" checked={on} onchange={on_change} />
                <label for="data-saver">{ i18n.t("data-saver") }</label>
            </p>
        </div>
    }
}

fn offline_controls(
    view: &CourseView,
    downloading: Option<DownloadProgress>,
    data_saver: bool,
    i18n: &I18n,
    on_download: Callback<bool>,
    on_remove: Callback<MouseEvent>,
) -> Html {
    let size = i18n.bytes(view.manifest.download_bytes());
    let text_size = i18n.bytes(view.manifest.text_bytes());
    let text_only = data_saver && view.manifest.text_bytes() < view.manifest.download_bytes();
    let download = on_download.reform(move |_: MouseEvent| text_only);
    let everything = on_download.reform(|_: MouseEvent| false);
    if let Some(progress) = downloading {
        let done = i18n.bytes(progress.done_bytes);
        let left = i18n.bytes(progress.total_bytes.saturating_sub(progress.done_bytes));
        let label = i18n.t_with(
            "download-progress",
            &[("done", FluentValue::from(done)), ("left", FluentValue::from(left))],
        );
        return html! {
            <div class="download-progress">
                <label id="download-label" for="download-bar">{ label.clone() }</label>
                <progress id="download-bar" max={progress.total_bytes.max(1).to_string()}
                    value={progress.done_bytes.to_string()} aria-valuetext={label}></progress>
            </div>
        };
    }
    let used = i18n.t_with("storage-used", &[("size", FluentValue::from(i18n.bytes(view.stored_bytes)))]);
    match view.download {
        Download::None => html! {
            <button id="download" class="primary" onclick={download}>
                if text_only {
                    { i18n.t_with("download-text-button", &[("size", FluentValue::from(text_size))]) }
                } else {
                    { i18n.t_with("download-button", &[("size", FluentValue::from(size))]) }
                }
            </button>
        },
        Download::Partial => html! {
            <>
                <p>{ i18n.t("download-partial") }{ " " }{ used }</p>
                <button id="download" class="primary" onclick={download}>{ i18n.t("download-resume") }</button>
                <button id="remove" onclick={on_remove}>{ i18n.t("download-remove") }</button>
            </>
        },
        Download::Complete => html! {
            <>
                <p id="offline-state" class="ok">{ i18n.t("download-complete") }{ " " }{ used }</p>
                if let Some(update) = view.update {
                    <p id="update-available" data-bytes={update.bytes.to_string()}>
                        { i18n.t_with("update-available", &[("size", FluentValue::from(i18n.bytes(update.bytes)))]) }
                    </p>
                    <button id="download" class="primary" onclick={download}>{ i18n.t("download-update") }</button>
                } else if view.images_left > 0 {
                    <p id="images-left">
                        { i18n.t_with("download-images-left", &[("size", FluentValue::from(i18n.bytes(view.images_left)))]) }
                    </p>
                    <button id="download-images" onclick={everything}>{ i18n.t("download-images") }</button>
                }
                <button id="remove" onclick={on_remove}>{ i18n.t("download-remove") }</button>
                <ShareCourse slug={view.manifest.slug.clone()} />
            </>
        },
    }
}

/// What a learner is told of a course they may not take (nothing for one they may): it is for
/// an organization's learners, a trainer gives the join code; signed out, they may also sign
/// in. Already on the device, progress in it cannot be sent.
pub fn closed_notice(access: Access, on_device: bool, i18n: &I18n) -> Html {
    if access.allowed() {
        return Html::default();
    }
    html! {
        <div class="notice closed-course" role="note">
            <p>{ i18n.t("course-closed") }</p>
            if on_device { <p>{ i18n.t("course-closed-on-device") }</p> }
            <p class="actions">
                <Link<Route> classes="button primary" to={Route::Join}>{ i18n.t("join-title") }</Link<Route>>
                if access == Access::SignedOut {
                    <Link<Route> classes="button" to={Route::SignIn}>{ i18n.t("sign-in-link") }</Link<Route>>
                }
            </p>
        </div>
    }
}
