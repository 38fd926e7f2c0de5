//! The page for an address the app does not know.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::app::Route;
use crate::components::use_title;
use crate::i18n::use_i18n;

#[function_component(NotFoundPage)]
pub fn not_found_page() -> Html {
    let i18n = use_i18n();
    use_title(i18n.t("not-found-title"));
    html! {
        <>
            <h1>{ i18n.t("not-found-title") }</h1>
            <p><Link<Route> to={Route::Catalog}>{ i18n.t("back-to-catalog") }</Link<Route>></p>
        </>
    }
}
