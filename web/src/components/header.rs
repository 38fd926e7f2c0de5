//! The top bar, one row on a phone: the app's name, a menu (the learner's certificates, the
//! editor for trainers, the dashboard for administrators, organizations for staff and the
//! superadmin, signing out), the connectivity state and the language switch.

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
    let status = use_context::<SyncStatus>().unwrap_or_default();
    let session = status.session.as_ref();
    let signed_in = session.is_some();
    // Trainers and administrators (and the superadmin) write courses and run organizations.
    let staff = session.is_some_and(|s| s.user.superadmin || !s.user.staff_memberships().is_empty());
    // Administrators (and the superadmin) read reports on their organizations.
    let reports = session.is_some_and(|s| Access::of(&s.user).reports);
    // The menu closes once it has led somewhere.
    let menu = use_node_ref();
    let location = use_location().map(|l| l.path().to_owned());
    {
        let menu = menu.clone();
        use_effect_with(location, move |_| {
            if let Some(menu) = menu.cast::<web_sys::Element>() {
                let _ = menu.remove_attribute("open");
            }
        });
    }
    let on_sign_out = {
        let navigator = use_navigator();
        Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            if let Some(navigator) = &navigator {
                navigator.push(&Route::SignOut);
            }
        })
    };
    html! {
        <header class="top">
            <a class="skip" href="#main">{ i18n.t("skip-to-content") }</a>
            <Link<Route> to={Route::Catalog} classes="brand">{ "Dala" }</Link<Route>>
            if signed_in {
                <details class="menu" id="menu" ref={menu}>
                    <summary id="menu-button">{ i18n.t("header-menu") }</summary>
                    <nav class="menu-panel" aria-label={i18n.t("header-menu")}>
                        <ul>
                            <li><Link<Route> to={Route::Certificates} classes="nav">{ i18n.t("nav-certificates") }</Link<Route>></li>
                            <li><Link<Route> to={Route::Carry} classes="nav">{ i18n.t("nav-carry") }</Link<Route>></li>
                            if staff {
                                <li><Link<Route> to={Route::Author} classes="nav">{ i18n.t("nav-author") }</Link<Route>></li>
                            }
                            if reports {
                                <li><Link<Route> to={Route::Dashboard} classes="nav">{ i18n.t("nav-dashboard") }</Link<Route>></li>
                            }
                            if staff {
                                <li><Link<Route> to={Route::Organizations} classes="nav">{ i18n.t("header-organizations") }</Link<Route>></li>
                            }
                            // A page of its own: it says what is not sent yet and offers to send it first.
                            <li class="menu-sign-out">
                                <a id="sign-out" class="nav" href="/sign-out" onclick={on_sign_out}>
                                    { if status.pending > 0 { i18n.t("header-sign-out-pending") } else { i18n.t("sign-out") } }
                                </a>
                            </li>
                        </ul>
                    </nav>
                </details>
            }
            if let (count @ 1.., Some((course, item))) = status.new_answers.clone() {
                <Link<Route> classes="new-answers" to={if item.is_empty() { Route::Course { slug: course } } else { Route::Lesson { slug: course, lesson: item } }}>
                    { i18n.t_with("header-new-answers", &[("count", count.into())]) }
                </Link<Route>>
            }
            <StatusAndLanguage on_language={props.on_language.clone()} />
        </header>
    }
}

/// The header of the public certificate check: the app's name, the connectivity state and the
/// language switch (no account there).
#[function_component(PublicHeader)]
pub fn public_header(props: &HeaderProps) -> Html {
    let i18n = use_i18n();
    html! {
        <header class="top">
            <a class="skip" href="#main">{ i18n.t("skip-to-content") }</a>
            <a href="/" class="brand">{ "Dala" }</a>
            <StatusAndLanguage on_language={props.on_language.clone()} />
        </header>
    }
}

/// The header's end: "Online"/"Offline" and the language switch.
#[function_component(StatusAndLanguage)]
fn status_and_language(props: &HeaderProps) -> Html {
    let i18n = use_i18n();
    let online = use_context::<Online>().map(|o| o.0).unwrap_or(true);
    let onchange = {
        let on_language = props.on_language.clone();
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            if let Some(lang) = Lang::from_tag(&select.value()) {
                on_language.emit(lang);
            }
        })
    };
    let unavailable = use_context::<crate::app::LanguageUnavailable>().and_then(|u| u.0);
    let (status_class, status_text) = if online {
        ("status status-online", i18n.t("status-online"))
    } else {
        ("status status-offline", i18n.t("status-offline"))
    };
    html! {
        <>
            <span class={status_class} role="status" id="connectivity">{ status_text }</span>
            <label class="language">
                <span class="visually-hidden">{ i18n.t("language-label") }</span>
                <select id="language" {onchange} aria-describedby={unavailable.map(|_| "language-unavailable")}>
                    { for Lang::all().map(|lang| html! {
                        <option value={lang.tag()} lang={lang.tag()} selected={lang == i18n.lang}>{ lang.native_name() }</option>
                    }) }
                </select>
            </label>
            if let Some(lang) = unavailable {
                <p class="notice language-unavailable" role="alert" id="language-unavailable">
                    { i18n.t_with("language-needs-connection", &[("language", lang.native_name().into())]) }
                </p>
            }
        </>
    }
}
