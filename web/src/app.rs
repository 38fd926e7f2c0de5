//! The app shell: routes, the language and connectivity contexts, and the page frame.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::header::Header;
use crate::i18n::{I18n, Lang};
use crate::pages::{catalog::CatalogPage, course::CoursePage, lesson::LessonPage, not_found::NotFoundPage};
use crate::{api, storage};

#[derive(Debug, Clone, PartialEq, Routable)]
pub enum Route {
    #[at("/")]
    Catalog,
    #[at("/courses/:slug")]
    Course { slug: String },
    #[at("/courses/:slug/lessons/:lesson")]
    Lesson { slug: String, lesson: String },
    #[not_found]
    #[at("/404")]
    NotFound,
}

fn switch(route: Route) -> Html {
    match route {
        Route::Catalog => html! { <CatalogPage /> },
        Route::Course { slug } => html! { <CoursePage {slug} /> },
        Route::Lesson { slug, lesson } => html! { <LessonPage {slug} {lesson} /> },
        Route::NotFound => html! { <NotFoundPage /> },
    }
}

/// Whether the app can reach the server right now, as far as it knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Online(pub bool);

#[function_component(App)]
pub fn app() -> Html {
    let lang =
        use_state(|| storage::language().and_then(|l| Lang::from_tag(&l)).unwrap_or_else(Lang::from_browser));
    let online = use_state(storage::browser_online);
    {
        // The browser's own online/offline events, and the outcome of every API request: a
        // server that cannot be reached counts as offline even when the network is up.
        let online = online.clone();
        use_effect_with((), move |_| {
            let set = online.setter();
            api::on_reachability(Callback::from(move |reachable| set.set(reachable)));
            let window = gloo::utils::window();
            let up = online.setter();
            let down = online.setter();
            let on = gloo::events::EventListener::new(&window, "online", move |_| up.set(true));
            let off = gloo::events::EventListener::new(&window, "offline", move |_| down.set(false));
            move || drop((on, off))
        });
    }
    {
        let lang = *lang;
        use_effect_with(lang, move |lang| {
            storage::set_language(lang.tag());
            if let Some(root) = gloo::utils::document().document_element() {
                let _ = root.set_attribute("lang", lang.tag());
            }
        });
    }
    let on_language = {
        let lang = lang.clone();
        Callback::from(move |new: Lang| lang.set(new))
    };
    html! {
        <ContextProvider<I18n> context={I18n::new(*lang)}>
            <ContextProvider<Online> context={Online(*online)}>
                <BrowserRouter>
                    <Header on_language={on_language} />
                    <main id="main">
                        <Switch<Route> render={switch} />
                    </main>
                </BrowserRouter>
            </ContextProvider<Online>>
        </ContextProvider<I18n>>
    }
}
