//! The catalog: every course, the learner's language first; offline, the downloaded ones.

use fluent_bundle::FluentValue;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::app::Route;
use crate::components::notice::{FailureNotice, Loading};
use crate::components::use_title;
use crate::failure::Failure;
use crate::i18n::use_i18n;
use crate::library::{self, CatalogEntry};
use crate::pages::course::closed_notice;
use crate::sync::SyncStatus;

type CatalogState = Option<Result<(Vec<CatalogEntry>, bool), Failure>>;

#[function_component(CatalogPage)]
pub fn catalog_page() -> Html {
    let i18n = use_i18n();
    use_title(i18n.t("catalog-title"));
    let state = use_state(|| CatalogState::None);
    let status = use_context::<SyncStatus>().unwrap_or_default();
    let signed_out = status.loaded && status.session.is_none();
    // Loaded again for another account, or when this one's enrollments change.
    let account = status.session.map(|s| (s.user.id, s.user.enrollments));
    {
        let state = state.clone();
        use_effect_with(account, move |_| {
            wasm_bindgen_futures::spawn_local(async move { state.set(Some(library::catalog().await)) });
        });
    }
    {
        // The server's first paint showed this page as it is now: the app takes over.
        let ready = state.is_some() && status.loaded;
        use_effect_with(ready, |ready| {
            if *ready {
                crate::app::first_paint_done();
            }
        });
    }
    let body = match &*state {
        None => html! { <Loading /> },
        Some(Err(failure)) => html! { <FailureNotice failure={failure.clone()} /> },
        Some(Ok((entries, from_server))) => {
            let groups = group_translations(entries, i18n.lang.tag());
            html! {
                <>
                    if !from_server {
                        <p class="notice" role="status">{ i18n.t("catalog-offline") }</p>
                    }
                    if entries.is_empty() {
                        <p>{ i18n.t(if *from_server { "catalog-empty" } else { "catalog-empty-offline" }) }</p>
                    }
                    <ul class="cards">
                        { for groups.iter().map(|(shown, others)| course_card(shown, others, &i18n)) }
                    </ul>
                </>
            }
        }
    };
    html! {
        <>
            <h1>{ i18n.t("catalog-title") }</h1>
            if signed_out {
                <section class="welcome" aria-labelledby="welcome-heading">
                    <h2 id="welcome-heading">{ i18n.t("catalog-welcome") }</h2>
                    <p>{ i18n.t("catalog-welcome-text") }</p>
                    <p class="actions">
                        <Link<Route> classes="button primary" to={Route::Join}>{ i18n.t("join-title") }</Link<Route>>
                        <Link<Route> classes="button" to={Route::SignIn}>{ i18n.t("sign-in-link") }</Link<Route>>
                    </p>
                </section>
            }
            { body }
        </>
    }
}

/// One card per course, whatever the number of its languages: the version in `language` when
/// there is one, with the others offered beside it. Courses that exist in `language` come
/// first; otherwise the server's order is kept (the rule is `dala_wire::display`'s, which the
/// server's first page follows too).
fn group_translations<'a>(
    entries: &'a [CatalogEntry],
    language: &str,
) -> Vec<(&'a CatalogEntry, Vec<&'a CatalogEntry>)> {
    let courses: Vec<&dala_wire::CourseSummary> = entries.iter().map(|e| &e.course).collect();
    dala_wire::display::group_translations(&courses, language)
        .into_iter()
        .map(|(shown, others)| (&entries[shown], others.into_iter().map(|o| &entries[o]).collect()))
        .collect()
}

fn course_card(entry: &CatalogEntry, others: &[&CatalogEntry], i18n: &crate::i18n::I18n) -> Html {
    let course = &entry.course;
    let lessons = i18n.t_with("lesson-count", &[("count", FluentValue::from(course.lesson_count))]);
    html! {
        <li class="card" lang={course.language.clone()}>
            <h2>
                <Link<Route> to={Route::Course { slug: course.slug.clone() }}>{ &course.title }</Link<Route>>
            </h2>
            <p>{ &course.summary }</p>
            <p class="meta">
                <span>{ lessons }</span>
                <span>{ i18n.bytes(course.download_bytes) }</span>
                <span>{ course.language.to_uppercase() }</span>
                if entry.downloaded {
                    <span class="badge">{ i18n.t("badge-downloaded") }</span>
                }
            </p>
            { closed_notice(entry.access, entry.downloaded, i18n) }
            if let Some(next) = entry.continue_at.as_ref().filter(|_| entry.access.allowed()) {
                <p class="continue">
                    <Link<Route> classes="button primary" to={Route::Lesson { slug: course.slug.clone(), lesson: next.id.clone() }}>
                        { continue_label(next, i18n) }
                    </Link<Route>>
                </p>
            }
            if !others.is_empty() {
                <p class="also-in">
                    { i18n.t("catalog-also-in") }{ " " }
                    { for others.iter().map(|other| html! {
                        <Link<Route> to={Route::Course { slug: other.course.slug.clone() }}>
                            <span lang={other.course.language.clone()}>{ &other.course.title }</span>
                            { format!(" ({})", other.course.language.to_uppercase()) }
                        </Link<Route>>
                    }) }
                </p>
            }
        </li>
    }
}

/// "Continue: lesson N · title".
pub fn continue_label(next: &library::NextLesson, i18n: &crate::i18n::I18n) -> String {
    i18n.t_with(
        "course-continue",
        &[("number", FluentValue::from(next.number)), ("title", FluentValue::from(next.title.clone()))],
    )
}
