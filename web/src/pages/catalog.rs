//! The catalog: every course, the learner's language first; offline, the downloaded ones.

use fluent_bundle::FluentValue;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::app::Route;
use crate::components::notice::{FailureNotice, Loading};
use crate::components::use_title;
use crate::i18n::use_i18n;
use crate::library::{self, CatalogEntry, Failure};

type CatalogState = Option<Result<(Vec<CatalogEntry>, bool), Failure>>;

#[function_component(CatalogPage)]
pub fn catalog_page() -> Html {
    let i18n = use_i18n();
    use_title(i18n.t("catalog-title"));
    let state = use_state(|| CatalogState::None);
    {
        let state = state.clone();
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move { state.set(Some(library::catalog().await)) });
        });
    }
    let body = match &*state {
        None => html! { <Loading /> },
        Some(Err(failure)) => html! { <FailureNotice failure={failure.clone()} /> },
        Some(Ok((entries, from_server))) => {
            let mut entries = entries.clone();
            // The learner's language first; otherwise the server's order.
            entries.sort_by_key(|e| e.course.language != i18n.lang.tag());
            html! {
                <>
                    if !from_server {
                        <p class="notice" role="status">{ i18n.t("catalog-offline") }</p>
                    }
                    if entries.is_empty() {
                        <p>{ i18n.t(if *from_server { "catalog-empty" } else { "catalog-empty-offline" }) }</p>
                    }
                    <ul class="cards">
                        { for entries.iter().map(|e| course_card(e, &i18n)) }
                    </ul>
                </>
            }
        }
    };
    html! {
        <>
            <h1>{ i18n.t("catalog-title") }</h1>
            { body }
        </>
    }
}

fn course_card(entry: &CatalogEntry, i18n: &crate::i18n::I18n) -> Html {
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
        </li>
    }
}
