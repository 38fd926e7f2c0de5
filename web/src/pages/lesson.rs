//! The lesson reader: the lesson's text (from storage when downloaded), "Complete and
//! continue" (to the quiz that follows the lesson, the next lesson, or back to the course), and
//! previous/next.

use fluent_bundle::FluentValue;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::app::Route;
use crate::components::notice::{FailureNotice, Loading};
use crate::components::use_title;
use crate::failure::Failure;
use crate::i18n::use_i18n;
use crate::library::{self, AfterLesson, LessonView};
use crate::pages::course::closed_notice;

#[derive(Properties, PartialEq)]
pub struct LessonPageProps {
    pub slug: String,
    pub lesson: String,
}

#[function_component(LessonPage)]
pub fn lesson_page(props: &LessonPageProps) -> Html {
    let i18n = use_i18n();
    let view = use_state(|| None::<Result<LessonView, Failure>>);
    let completed = use_state(|| false);
    let action_error = use_state(|| None::<Failure>);
    {
        let (view, completed, i18n) = (view.clone(), completed.clone(), i18n.clone());
        use_effect_with((props.slug.clone(), props.lesson.clone()), move |(slug, lesson)| {
            let (slug, lesson) = (slug.clone(), lesson.clone());
            view.set(None);
            wasm_bindgen_futures::spawn_local(async move {
                // Data saver: an image not on the device is a button saying what it costs.
                let label = |bytes: u64, alt: &str| {
                    i18n.t_with(
                        "image-tap",
                        &[
                            ("size", FluentValue::from(i18n.bytes(bytes))),
                            ("description", FluentValue::from(alt.to_owned())),
                        ],
                    )
                };
                let loaded = library::lesson(&slug, &lesson, &label).await;
                if let Ok(v) = &loaded {
                    completed.set(v.progress.completed);
                }
                view.set(Some(loaded));
            });
        });
    }
    {
        // Object URLs made for offline images live as long as the lesson is shown.
        let current = (*view).clone();
        use_effect_with(current, |current| {
            let current = current.clone();
            move || {
                if let Some(Ok(v)) = current {
                    library::close_lesson(&v);
                }
            }
        });
    }
    let title = match &*view {
        Some(Ok(v)) => v.manifest.lessons[v.index].title.clone(),
        _ => i18n.t("lesson-title-loading"),
    };
    use_title(title);
    let version = match &*view {
        Some(Ok(v)) => v.manifest_sha256.clone(),
        _ => String::new(),
    };
    let navigator = use_navigator();
    let after = match &*view {
        Some(Ok(v)) => match &v.after {
            AfterLesson::Quiz(quiz) => Route::Quiz { slug: props.slug.clone(), quiz: quiz.clone() },
            AfterLesson::Lesson(lesson) => Route::Lesson { slug: props.slug.clone(), lesson: lesson.clone() },
            AfterLesson::Course => Route::Course { slug: props.slug.clone() },
        },
        _ => Route::Course { slug: props.slug.clone() },
    };
    let on_complete = {
        let (slug, lesson, completed, action_error) =
            (props.slug.clone(), props.lesson.clone(), completed.clone(), action_error.clone());
        let after = after.clone();
        Callback::from(move |_| {
            let (slug, lesson, completed, action_error, version) =
                (slug.clone(), lesson.clone(), completed.clone(), action_error.clone(), version.clone());
            let (navigator, after) = (navigator.clone(), after.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match library::complete_lesson(&slug, &version, &lesson).await {
                    Ok(p) => {
                        action_error.set(None);
                        completed.set(p.completed);
                        if let Some(navigator) = navigator {
                            navigator.push(&after);
                        }
                    }
                    // Nothing was kept: the button stays, and the page says why.
                    Err(e) => action_error.set(Some(e)),
                }
            });
        })
    };
    let view = match &*view {
        None => return html! { <Loading /> },
        Some(Err(failure)) => return html! { <FailureNotice failure={failure.clone()} /> },
        Some(Ok(view)) => view,
    };
    let manifest = &view.manifest;
    let slug = manifest.slug.clone();
    let previous = view.index.checked_sub(1).map(|i| &manifest.lessons[i]);
    let next = manifest.lessons.get(view.index + 1);
    let content = Html::from_html_unchecked(AttrValue::from(view.html.clone()));
    // A tap on an image left out by the data saver fetches that image and shows it in place.
    let on_body_click = {
        let slug = slug.clone();
        Callback::from(move |event: MouseEvent| {
            use wasm_bindgen::JsCast;
            let Some(target) = event.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else {
                return;
            };
            let Ok(Some(button)) = target.closest(".image-placeholder") else { return };
            let Some(sha256) = button.get_attribute("data-blob") else { return };
            if button.get_attribute("aria-busy").is_some() {
                return;
            }
            let _ = button.set_attribute("aria-busy", "true");
            let slug = slug.clone();
            wasm_bindgen_futures::spawn_local(async move {
                match library::show_image(&slug, &sha256).await {
                    Ok(url) => {
                        let document = gloo::utils::document();
                        if let Ok(image) = document.create_element("img") {
                            let _ = image.set_attribute("src", &url);
                            let alt = button.get_attribute("data-alt").unwrap_or_default();
                            let _ = image.set_attribute("alt", &alt);
                            let _ = button.replace_with_with_node_1(&image);
                        }
                    }
                    // Offline or cut: the button stays, to be tapped again.
                    Err(_) => {
                        let _ = button.remove_attribute("aria-busy");
                    }
                }
            });
        })
    };
    html! {
        <article class="lesson">
            <p class="crumbs">
                <Link<Route> to={Route::Course { slug: slug.clone() }}><bdi lang={manifest.language.clone()}>{ &manifest.title }</bdi></Link<Route>>
            </p>
            <div class="lesson-body" id="lesson-body" lang={manifest.language.clone()} dir="auto" onclick={on_body_click}>{ content }</div>
            <div class="lesson-actions">
                if !view.access.allowed() {
                    { closed_notice(view.access, false, &i18n) }
                } else if *completed {
                    <p class="ok" id="lesson-done">{ i18n.t("lesson-completed") }</p>
                    <Link<Route> classes="button primary" to={after.clone()}>{ i18n.t(after_label(&view.after)) }</Link<Route>>
                } else {
                    <button id="complete" class="primary" onclick={on_complete}>
                        { i18n.t("lesson-complete-continue") }
                    </button>
                }
                if let Some(failure) = action_error.as_ref().or(view.not_recorded.as_ref()) {
                    <FailureNotice failure={failure.clone()} />
                }
            </div>
            if view.access.allowed() {
                <crate::pages::questions::Questions course={slug.clone()} version={view.manifest_sha256.clone()} item={props.lesson.clone()} />
            }
            <nav class="pager" aria-label={i18n.t("lesson-nav-label")}>
                if let Some(p) = previous {
                    <Link<Route> classes="prev" to={Route::Lesson { slug: slug.clone(), lesson: p.id.clone() }}>
                        { i18n.t("lesson-previous") }<bdi class="pager-title" lang={manifest.language.clone()}>{ &p.title }</bdi>
                    </Link<Route>>
                }
                if let Some(n) = next {
                    <Link<Route> classes="next" to={Route::Lesson { slug: slug.clone(), lesson: n.id.clone() }}>
                        { i18n.t("lesson-next") }<bdi class="pager-title" lang={manifest.language.clone()}>{ &n.title }</bdi>
                    </Link<Route>>
                }
            </nav>
        </article>
    }
}

/// The label of the way on from a completed lesson.
fn after_label(after: &AfterLesson) -> &'static str {
    match after {
        AfterLesson::Quiz(_) => "lesson-go-quiz",
        AfterLesson::Lesson(_) => "lesson-go-next",
        AfterLesson::Course => "lesson-go-course",
    }
}
