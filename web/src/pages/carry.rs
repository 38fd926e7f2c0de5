//! "Without a network": a course from a file, the learner's progress as a file for her trainer
//! to carry, and the return file her trainer brings back. Everything here works offline.

use fluent_bundle::FluentValue;
use yew::prelude::*;
use yew_router::prelude::Link;

use crate::app::Route;
use crate::carry::{self, CourseImported, Returned};
use crate::components::notice::FailureNotice;
use crate::components::use_title;
use crate::failure::Failure;
use crate::i18n::use_i18n;
use crate::sync::SyncStatus;

/// What one section last did.
#[derive(Debug, Clone, PartialEq)]
enum Outcome<T> {
    Working,
    Done(T),
    Failed(Failure),
}

/// The chosen file's bytes, handed to `then` (or an unreadable file's failure).
fn on_file<T: 'static>(
    outcome: UseStateHandle<Option<Outcome<T>>>,
    then: impl AsyncFn(Vec<u8>) -> Result<T, Failure> + Clone + 'static,
) -> Callback<Event> {
    Callback::from(move |e: Event| {
        let input: web_sys::HtmlInputElement = e.target_unchecked_into();
        let Some(file) = input.files().and_then(|files| files.get(0)) else { return };
        input.set_value("");
        let (outcome, then) = (outcome.clone(), then.clone());
        outcome.set(Some(Outcome::Working));
        wasm_bindgen_futures::spawn_local(async move {
            let done = match carry::read_chosen(&file).await {
                Some(bytes) => then(bytes).await,
                None => Err(Failure::File("file-unreadable")),
            };
            outcome.set(Some(match done {
                Ok(value) => Outcome::Done(value),
                Err(failure) => Outcome::Failed(failure),
            }));
        });
    })
}

#[function_component(CarryPage)]
pub fn carry_page() -> Html {
    let i18n = use_i18n();
    let status = use_context::<SyncStatus>().unwrap_or_default();
    use_title(i18n.t("carry-title"));
    let course = use_state(|| None::<Outcome<CourseImported>>);
    let saved = use_state(|| None::<Outcome<usize>>);
    let returned = use_state(|| None::<Outcome<Returned>>);

    let on_course = on_file(course.clone(), async |bytes: Vec<u8>| carry::import_course(&bytes).await);
    let on_return = on_file(returned.clone(), async |bytes: Vec<u8>| carry::import_return(&bytes).await);
    let on_save = {
        let saved = saved.clone();
        Callback::from(move |_: MouseEvent| {
            let saved = saved.clone();
            saved.set(Some(Outcome::Working));
            wasm_bindgen_futures::spawn_local(async move {
                saved.set(Some(match carry::save_progress_file().await {
                    Ok(count) => Outcome::Done(count),
                    Err(failure) => Outcome::Failed(failure),
                }));
            });
        })
    };
    let working = html! { <p role="status" class="busy">{ i18n.t("carry-working") }</p> };

    html! {
        <>
            <h1>{ i18n.t("carry-title") }</h1>
            <p>{ i18n.t("carry-intro") }</p>

            <section aria-labelledby="carry-course-heading">
                <h2 id="carry-course-heading">{ i18n.t("carry-course-heading") }</h2>
                <p>{ i18n.t("carry-course-explain") }</p>
                <label for="carry-course-file">{ i18n.t("carry-course-label") }</label>
                <input id="carry-course-file" type="file" accept=".dala" onchange={on_course} />
                {
                    match &*course {
                        None => Html::default(),
                        Some(Outcome::Working) => working.clone(),
                        Some(Outcome::Done(done)) => html! {
                            <p id="carry-course-done" class="notice" role="status">
                                { i18n.t_with("carry-course-done", &[("title", FluentValue::from(done.title.clone()))]) }
                                if done.replaced {
                                    { " " }{ i18n.t("carry-course-replaced") }
                                }
                                { " " }
                                <Link<Route> to={Route::Catalog}>{ i18n.t("carry-to-catalog") }</Link<Route>>
                            </p>
                        },
                        Some(Outcome::Failed(f)) => html! { <FailureNotice failure={f.clone()} /> },
                    }
                }
            </section>

            <section aria-labelledby="carry-progress-heading">
                <h2 id="carry-progress-heading">{ i18n.t("carry-progress-heading") }</h2>
                if status.session.is_some() {
                    <p>{ i18n.t("carry-progress-explain") }</p>
                    <p id="carry-progress-waiting">
                        { i18n.t_with("carry-progress-waiting", &[("count", FluentValue::from(status.pending))]) }
                    </p>
                    <button id="carry-progress-save" class="primary" onclick={on_save}
                        disabled={status.pending == 0 || *saved == Some(Outcome::Working)}>
                        { i18n.t("carry-progress-save") }
                    </button>
                    {
                        match &*saved {
                            None => Html::default(),
                            Some(Outcome::Working) => working.clone(),
                            Some(Outcome::Done(count)) => html! {
                                <p id="carry-progress-done" class="notice" role="status">
                                    { i18n.t_with("carry-progress-done", &[("count", FluentValue::from(*count))]) }
                                </p>
                            },
                            Some(Outcome::Failed(f)) => html! { <FailureNotice failure={f.clone()} /> },
                        }
                    }
                } else {
                    <p>{ i18n.t("carry-progress-sign-in") }</p>
                }
            </section>

            if status.session.is_some() {
                <section aria-labelledby="carry-return-heading">
                    <h2 id="carry-return-heading">{ i18n.t("carry-return-heading") }</h2>
                    <p>{ i18n.t("carry-return-explain") }</p>
                    <label for="carry-return-file">{ i18n.t("carry-return-label") }</label>
                    <input id="carry-return-file" type="file" accept=".dalr" onchange={on_return} />
                    {
                        match &*returned {
                            None => Html::default(),
                            Some(Outcome::Working) => working,
                            Some(Outcome::Done(done)) => html! {
                                <p id="carry-return-done" class="notice" role="status">
                                    { i18n.t_with("carry-return-done", &[
                                        ("count", FluentValue::from(done.confirmed)),
                                        ("certificates", FluentValue::from(done.certificates)),
                                    ]) }
                                    if done.certificates > 0 {
                                        { " " }
                                        <Link<Route> to={Route::Certificates}>{ i18n.t("nav-certificates") }</Link<Route>>
                                    }
                                </p>
                            },
                            Some(Outcome::Failed(f)) => html! { <FailureNotice failure={f.clone()} /> },
                        }
                    }
                </section>
            }
        </>
    }
}

#[derive(Properties, PartialEq)]
pub struct ShareCourseProps {
    pub slug: String,
}

/// "Save for sharing" on the page of a course the device holds: a course file of the version
/// held, written with no network, for a messenger or a USB stick.
#[function_component(ShareCourse)]
pub fn share_course(props: &ShareCourseProps) -> Html {
    let i18n = use_i18n();
    let saved = use_state(|| None::<Outcome<(String, u64)>>);
    let on_save = {
        let (saved, slug) = (saved.clone(), props.slug.clone());
        Callback::from(move |_: MouseEvent| {
            let (saved, slug) = (saved.clone(), slug.clone());
            saved.set(Some(Outcome::Working));
            wasm_bindgen_futures::spawn_local(async move {
                saved.set(Some(match carry::save_course_file(&slug).await {
                    Ok(done) => Outcome::Done(done),
                    Err(failure) => Outcome::Failed(failure),
                }));
            });
        })
    };
    html! {
        <div class="share-course">
            <button id="course-share" onclick={on_save} disabled={*saved == Some(Outcome::Working)}>
                { i18n.t("course-share") }
            </button>
            {
                match &*saved {
                    None => Html::default(),
                    Some(Outcome::Working) => html! { <p role="status" class="busy">{ i18n.t("carry-working") }</p> },
                    Some(Outcome::Done((name, bytes))) => html! {
                        <p id="course-share-done" class="notice" role="status" data-bytes={bytes.to_string()}>
                            { i18n.t_with("course-share-done", &[
                                ("name", FluentValue::from(name.clone())),
                                ("size", FluentValue::from(i18n.bytes(*bytes))),
                            ]) }
                            { " " }
                            <Link<Route> to={Route::Carry}>{ i18n.t("carry-title") }</Link<Route>>
                        </p>
                    },
                    Some(Outcome::Failed(f)) => html! { <FailureNotice failure={f.clone()} /> },
                }
            }
        </div>
    }
}
