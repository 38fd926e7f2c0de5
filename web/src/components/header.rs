//! The top bar: the app's name, the signed-in learner's certificates, the editor for trainers,
//! the dashboard for administrators, the connectivity state and the language switch.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::app::{Online, Route};
use crate::i18n::{Lang, use_i18n};
use crate::reports::Access;
use crate::sync::SyncStatus;

#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    pub on_language: Callback<Lang>,
}

#[function_component(Header)]
pub fn header(props: &HeaderProps) -> Html {
    let i18n = use_i18n();
    let online = use_context::<Online>().map(|o| o.0).unwrap_or(true);
    let session = use_context::<SyncStatus>().and_then(|s| s.session);
    let signed_in = session.is_some();
    // Trainers and administrators (and the superadmin) write courses.
    let authors =
        session.as_ref().is_some_and(|s| s.user.superadmin || !s.user.staff_memberships().is_empty());
    // Administrators (and the superadmin) read reports on their organizations.
    let reports = session.as_ref().is_some_and(|s| Access::of(&s.user).reports);
    let onchange = {
        let on_language = props.on_language.clone();
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            if let Some(lang) = Lang::from_tag(&select.value()) {
                on_language.emit(lang);
            }
        })
    };
    let (status_class, status_text) = if online {
        ("status status-online", i18n.t("status-online"))
    } else {
        ("status status-offline", i18n.t("status-offline"))
    };
    html! {
        <header class="top">
            <a class="skip" href="#main">{ i18n.t("skip-to-content") }</a>
            <Link<Route> to={Route::Catalog} classes="brand">{ "Dala" }</Link<Route>>
            if signed_in {
                <Link<Route> to={Route::Certificates} classes="nav">{ i18n.t("nav-certificates") }</Link<Route>>
            }
            if authors {
                <Link<Route> to={Route::Author} classes="nav">{ i18n.t("nav-author") }</Link<Route>>
            }
            if reports {
                <Link<Route> to={Route::Dashboard} classes="nav">{ i18n.t("nav-dashboard") }</Link<Route>>
            }
            <span class={status_class} role="status" id="connectivity">{ status_text }</span>
            <label class="language">
                <span class="visually-hidden">{ i18n.t("language-label") }</span>
                <select id="language" {onchange}>
                    { for Lang::ALL.iter().map(|lang| html! {
                        <option value={lang.tag()} selected={*lang == i18n.lang}>{ lang.native_name() }</option>
                    }) }
                </select>
            </label>
        </header>
    }
}
