//! The catalog: every course, the learner's language first. Offline, the last catalog this
//! device saw, the downloaded courses first and the others marked as needing a connection
//! (with nothing kept, the downloaded ones). Its footer is the device's data counter.

use fluent_bundle::FluentValue;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::app::{Online, Route};
use crate::components::notice::{FailureNotice, Loading};
use crate::components::use_title;
use crate::data_use;
use crate::failure::Failure;
use crate::i18n::use_i18n;
use crate::library::{self, Catalog, CatalogEntry, CatalogSource};
use crate::pages::course::closed_notice;
use crate::sync::SyncStatus;

type CatalogState = Option<Result<Catalog, Failure>>;

#[function_component(CatalogPage)]
pub fn catalog_page() -> Html {
    let i18n = use_i18n();
    use_title(i18n.t("catalog-title"));
    let state = use_state(|| CatalogState::None);
    // The language the learner filtered the catalog by, if any.
    let only = use_state(|| None::<String>);
    let status = use_context::<SyncStatus>().unwrap_or_default();
    let signed_out = status.loaded && status.session.is_none();
    // Loaded again for another account, or when this one's enrollments change.
    let account = status.session.map(|s| (s.user.id, s.user.enrollments));
    // And when the server answers again, so an offline catalog becomes the server's.
    let online = use_context::<Online>().map(|o| o.0).unwrap_or(true);
    {
        let state = state.clone();
        use_effect_with((account, online), move |_| {
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
        Some(Ok(catalog)) => {
            let offline = !catalog.is_from_server();
            let entries = &catalog.entries;
            let courses: Vec<&dala_wire::CourseSummary> = entries.iter().map(|e| &e.course).collect();
            let languages = dala_wire::display::course_languages(&courses, i18n.lang.tag());
            // A filter whose language left the catalog shows everything again.
            let filter = only.as_deref().filter(|tag| languages.contains(tag));
            let groups = catalog_cards(entries, i18n.lang.tag(), filter, offline);
            html! {
                <>
                    { match catalog.source {
                        CatalogSource::Server => Html::default(),
                        CatalogSource::Kept { seen_at } => html! {
                            <p class="notice" role="status" id="catalog-offline">
                                { i18n.t_with("catalog-offline-kept", &[("date", FluentValue::from(i18n.date(seen_at)))]) }
                            </p>
                        },
                        CatalogSource::Downloads => html! {
                            <p class="notice" role="status" id="catalog-offline">{ i18n.t("catalog-offline") }</p>
                        },
                    } }
                    if entries.is_empty() {
                        <p>{ i18n.t(if offline { "catalog-empty-offline" } else { "catalog-empty" }) }</p>
                    }
                    if languages.len() > 1 {
                        { language_filter(&languages, filter, &only, &i18n) }
                    }
                    <ul class="cards">
                        { for groups.iter().map(|(shown, others)| course_card(shown, others, offline, &i18n)) }
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
            { data_used(&i18n) }
            <p class="carry-link"><Link<Route> to={Route::Carry}>{ i18n.t("catalog-carry-link") }</Link<Route>></p>
        </>
    }
}

/// "Language of the courses: [All languages | Қазақша | …]": the languages the catalog's
/// courses exist in, each named in itself. The server's first page writes the same row.
fn language_filter(
    languages: &[&str],
    filter: Option<&str>,
    only: &UseStateHandle<Option<String>>,
    i18n: &crate::i18n::I18n,
) -> Html {
    let onchange = {
        let only = only.clone();
        Callback::from(move |event: Event| {
            let value = event.target_unchecked_into::<web_sys::HtmlSelectElement>().value();
            only.set((!value.is_empty()).then_some(value));
        })
    };
    html! {
        <p class="catalog-filter">
            <label for="catalog-language">{ i18n.t("catalog-filter-language") }</label>{ " " }
            <select id="catalog-language" {onchange}>
                <option value="" selected={filter.is_none()}>{ i18n.t("catalog-filter-all") }</option>
                { for languages.iter().map(|tag| html! {
                    <option value={tag.to_string()} lang={tag.to_string()} selected={filter == Some(*tag)}>
                        { dala_wire::display::language_name(tag) }
                    </option>
                }) }
            </select>
        </p>
    }
}

/// One card per course, whatever the number of its languages: the version in `language` when
/// there is one, with the others offered beside it. Courses that exist in `language` come
/// first; otherwise the server's order is kept. With `only` a language, the courses that exist
/// in it, showing that version. `offline`, a card shows a version held on this device where
/// there is one, and the cards holding one come first.
/// (The rule is `dala_wire::display`'s, which the server's first page follows too.)
fn catalog_cards<'a>(
    entries: &'a [CatalogEntry],
    language: &str,
    only: Option<&str>,
    offline: bool,
) -> Vec<(&'a CatalogEntry, Vec<&'a CatalogEntry>)> {
    let courses: Vec<&dala_wire::CourseSummary> = entries.iter().map(|e| &e.course).collect();
    let held = |i: usize| offline && entries[i].downloaded;
    dala_wire::display::catalog_cards(&courses, language, only, &held)
        .into_iter()
        .map(|(shown, others)| (&entries[shown], others.into_iter().map(|o| &entries[o]).collect()))
        .collect()
}

/// A course's card. Offline, a course not held here has no link (its page could not open) and
/// says it needs a connection.
fn course_card(
    entry: &CatalogEntry,
    others: &[&CatalogEntry],
    offline: bool,
    i18n: &crate::i18n::I18n,
) -> Html {
    let course = &entry.course;
    let lessons = i18n.t_with("lesson-count", &[("count", FluentValue::from(course.lesson_count))]);
    let unreachable = offline && !entry.downloaded;
    html! {
        <li class={classes!("card", unreachable.then_some("needs-connection"))} data-slug={course.slug.clone()}>
            <h2 lang={course.language.clone()} dir="auto">
                if unreachable {
                    { &course.title }
                } else {
                    <Link<Route> to={Route::Course { slug: course.slug.clone() }}>{ &course.title }</Link<Route>>
                }
            </h2>
            <p lang={course.language.clone()} dir="auto">{ &course.summary }</p>
            <p class="meta">
                <span>{ lessons }</span>
                <span>{ i18n.bytes(course.download_bytes) }</span>
                <span>{ course.language.to_uppercase() }</span>
                if entry.downloaded {
                    <span class="badge">{ i18n.t("badge-downloaded") }</span>
                }
            </p>
            if unreachable {
                <p class="needs-connection-note">{ i18n.t("catalog-needs-connection") }</p>
            }
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
                    { for others.iter().enumerate().map(|(n, other)| {
                        let separator = if n > 0 { i18n.t("list-separator") } else { String::new() };
                        let name = html! {
                            <>
                                <bdi lang={other.course.language.clone()}>{ &other.course.title }</bdi>
                                { format!(" ({})", other.course.language.to_uppercase()) }
                            </>
                        };
                        let link = if offline && !other.downloaded {
                            html! { <span class="needs-connection">{ name }{ " · " }{ i18n.t("catalog-needs-connection") }</span> }
                        } else {
                            html! { <Link<Route> to={Route::Course { slug: other.course.slug.clone() }}>{ name }</Link<Route>> }
                        };
                        html! { <>{ separator }{ link }</> }
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

/// The data counter: "Dala used 312 kilobytes of data on this device this month", and what
/// that counts (see [`crate::data_use`]).
fn data_used(i18n: &crate::i18n::I18n) -> Html {
    let lang = i18n.lang;
    let text = data_use::sentence(i18n, data_use::this_month(), |value| data_use::number(lang, value));
    html! {
        <div class="data-used">
            <p id="data-used">{ text }</p>
            <p class="data-used-note">{ i18n.t("data-used-note") }</p>
        </div>
    }
}
