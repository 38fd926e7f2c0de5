//! The sync bar: who is signed in, how many changes wait to be sent, when the last sync
//! succeeded, and "Sync now".

use fluent_bundle::FluentValue;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::app::Route;
use crate::failure::Failure;
use crate::i18n::use_i18n;
use crate::sync::{self, SyncStatus};

#[function_component(SyncBar)]
pub fn sync_bar() -> Html {
    let i18n = use_i18n();
    let status = use_context::<SyncStatus>().unwrap_or_default();
    let error = use_state(|| None::<String>);
    let on_sync = {
        let (error, i18n) = (error.clone(), i18n.clone());
        Callback::from(move |_| {
            let (error, i18n) = (error.clone(), i18n.clone());
            wasm_bindgen_futures::spawn_local(async move {
                error.set(sync::sync_now().await.err().map(|f| match f {
                    // Not "not downloaded yet": here being offline only means "later".
                    Failure::Offline => i18n.t("sync-offline"),
                    other => i18n.t(other.message_id()),
                }));
            });
        })
    };
    // Signing out is a page of its own: it says what is not sent yet and what stays here.
    let on_sign_out = {
        let navigator = use_navigator();
        Callback::from(move |_| {
            if let Some(navigator) = &navigator {
                navigator.push(&Route::SignOut);
            }
        })
    };
    let pending = i18n.t_with("sync-pending", &[("count", FluentValue::from(status.pending))]);
    let Some(session) = &status.session else {
        return html! {
            <div class="syncbar" id="sync-bar">
                if status.pending > 0 { <span id="sync-pending">{ pending }</span> }
                <Link<Route> to={Route::SignIn} classes="account">{ i18n.t("sign-in-link") }</Link<Route>>
            </div>
        };
    };
    let last = match status.state.last_success {
        Some(ms) => {
            let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms));
            let time: String = date.to_locale_time_string(i18n.lang.tag()).into();
            i18n.t_with("sync-last", &[("time", FluentValue::from(time))])
        }
        None => i18n.t("sync-never"),
    };
    html! {
        <div class="syncbar" id="sync-bar" aria-live="polite">
            <span id="account-name" class="account">{ &session.user.display_name }</span>
            <span id="sync-pending">{ pending }</span>
            <span id="sync-last">{ if status.running { i18n.t("sync-running") } else { last } }</span>
            <button id="sync-now" onclick={on_sync} disabled={status.running}>{ i18n.t("sync-now") }</button>
            <button id="sign-out" onclick={on_sign_out}>{ i18n.t("sign-out") }</button>
            if status.state.refused > 0 {
                <span id="sync-refused" class="sync-error">
                    { i18n.t_with("sync-refused", &[("count", FluentValue::from(status.state.refused))]) }
                </span>
            }
            if let Some(message) = &*error { <span class="sync-error" role="alert">{ message }</span> }
        </div>
    }
}
