//! The sync line under the header: who is signed in, how many changes wait to be sent and
//! when the last sync succeeded, in one line; tapping it opens the details and "Sync now".
//! Signing out is in the header's menu, a page of its own that offers to send waiting changes
//! first, never a tap beside "Sync now".

use fluent_bundle::FluentValue;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::app::Route;
use crate::failure::Failure;
use crate::i18n::{I18n, use_i18n};
use crate::sync::{self, SyncStatus};

/// A time of today as hours and minutes, in the interface's language.
fn short_time(i18n: &I18n, ms: f64) -> String {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms));
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"hour".into(), &"numeric".into());
    let _ = js_sys::Reflect::set(&options, &"minute".into(), &"2-digit".into());
    date.to_locale_time_string_with_options(i18n.lang.tag(), &options).into()
}

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
    let pending = i18n.t_with("sync-pending", &[("count", FluentValue::from(status.pending))]);
    let Some(session) = &status.session else {
        return html! {
            <div class="syncbar syncbar-line" id="sync-bar">
                if status.pending > 0 { <span id="sync-pending">{ pending }</span> }
                <Link<Route> to={Route::SignIn} classes="account">{ i18n.t("sign-in-link") }</Link<Route>>
            </div>
        };
    };
    let last = match status.state.last_success {
        Some(ms) => i18n.t_with("sync-last", &[("time", FluentValue::from(short_time(&i18n, ms)))]),
        None => i18n.t("sync-never"),
    };
    let refused = status.state.refused;
    html! {
        <details class="syncbar" id="sync-bar">
            <summary id="sync-summary" aria-describedby="sync-summary-hint">
                <span class="sync-line" aria-live="polite">
                    <span id="account-name" class="account">{ &session.user.display_name }</span>
                    <span class="sep" aria-hidden="true">{ " · " }</span>
                    <span id="sync-pending" class={(status.pending > 0).then_some("waiting")}>{ pending }</span>
                    <span class="sep" aria-hidden="true">{ " · " }</span>
                    <span id="sync-last">{ if status.running { i18n.t("sync-running") } else { last } }</span>
                    if refused > 0 {
                        <span class="sep" aria-hidden="true">{ " · " }</span>
                        <span class="sync-error">{ i18n.t_with("sync-line-refused", &[("count", FluentValue::from(refused))]) }</span>
                    }
                </span>
                <span id="sync-summary-hint" class="visually-hidden">{ i18n.t("sync-line-hint") }</span>
            </summary>
            <div class="sync-panel">
                <p>{ i18n.t("sync-line-explain") }</p>
                if refused > 0 {
                    <p id="sync-refused" class="sync-error">
                        { i18n.t_with("sync-refused", &[("count", FluentValue::from(refused))]) }
                    </p>
                }
                <button id="sync-now" onclick={on_sync} disabled={status.running}>{ i18n.t("sync-now") }</button>
                if let Some(message) = &*error { <p class="sync-error" role="alert">{ message }</p> }
            </div>
        </details>
    }
}
