//! Signing out on a shared device, and removing everything from it.
//!
//! Before leaving, the learner sees how many of their changes are not on the server yet and
//! can send them first; what stays waits for them alone. The page says what remains on the
//! device (downloaded courses, which are public) and offers to remove everything, every
//! account's waiting changes included, after a second confirmation.

use fluent_bundle::FluentValue;
use yew::prelude::*;

use crate::components::notice::FailureNotice;
use crate::components::use_title;
use crate::failure::Failure;
use crate::i18n::use_i18n;
use crate::sync::{self, SyncStatus};

#[function_component(SignOutPage)]
pub fn sign_out_page() -> Html {
    let i18n = use_i18n();
    let status = use_context::<SyncStatus>().unwrap_or_default();
    // The browser's own word on the network, not whether the last request got through: with
    // changes waiting, trying to send them is worth a click; a failure says why and stays.
    let online = sync::network_up();
    let failure = use_state(|| None::<Failure>);
    let busy = use_state(|| false);
    let signed_in = status.session.is_some();
    use_title(i18n.t(if signed_in { "sign-out-title" } else { "signed-out-title" }));

    let sign_out = {
        let (failure, busy) = (failure.clone(), busy.clone());
        move |send_first: bool| {
            let (failure, busy) = (failure.clone(), busy.clone());
            Callback::from(move |_: MouseEvent| {
                let (failure, busy) = (failure.clone(), busy.clone());
                busy.set(true);
                failure.set(None);
                wasm_bindgen_futures::spawn_local(async move {
                    if send_first && let Err(f) = sync::sync_now().await {
                        // Not sent: stay signed in, so the learner can decide again.
                        failure.set(Some(f));
                        busy.set(false);
                        return;
                    }
                    if let Err(f) = sync::sign_out().await {
                        failure.set(Some(f));
                    }
                    busy.set(false);
                });
            })
        }
    };

    let body = if let Some(session) = &status.session {
        let pending = status.pending;
        html! {
            <>
                <p>{ i18n.t_with("sign-out-who", &[("name", FluentValue::from(session.user.display_name.clone()))]) }</p>
                if pending > 0 {
                    <p id="sign-out-pending" class="notice">
                        { i18n.t_with("sign-out-pending", &[("count", FluentValue::from(pending))]) }
                    </p>
                    // Her device key goes with her account (files that travel).
                    <p id="sign-out-return-file">{ i18n.t("sign-out-return-file") }</p>
                }
                <p>{ i18n.t("sign-out-what-stays") }</p>
                {
                    match &*failure {
                        // Here, offline only means "not now": the changes stay.
                        Some(Failure::Offline) => html! {
                            <p class="notice notice-error" role="alert">{ i18n.t("sync-offline") }</p>
                        },
                        Some(f) => html! { <FailureNotice failure={f.clone()} /> },
                        None => Html::default(),
                    }
                }
                <div class="actions">
                    if pending > 0 && online {
                        <button id="sign-out-send" class="primary" disabled={*busy} onclick={sign_out(true)}>
                            { i18n.t("sign-out-send-first") }
                        </button>
                    }
                    <button id="sign-out-confirm" class={if pending > 0 && online { "" } else { "primary" }}
                        disabled={*busy} onclick={sign_out(false)}>
                        { i18n.t(if pending > 0 { "sign-out-keep-waiting" } else { "sign-out" }) }
                    </button>
                </div>
            </>
        }
    } else {
        html! {
            <>
                <p id="signed-out">{ i18n.t("signed-out-nothing-shown") }</p>
                if let Some(f) = &*failure { <FailureNotice failure={f.clone()} /> }
            </>
        }
    };
    html! {
        <>
            <h1>{ i18n.t(if signed_in { "sign-out-title" } else { "signed-out-title" }) }</h1>
            { body }
            <RemoveEverything />
        </>
    }
}

/// "Remove everything from this device", confirmed a second time, since every account's
/// waiting changes go with it.
#[function_component(RemoveEverything)]
fn remove_everything() -> Html {
    let i18n = use_i18n();
    let asked = use_state(|| false);
    let waiting = use_state(|| None::<usize>);
    let failure = use_state(|| None::<Failure>);
    let on_ask = {
        let (asked, waiting) = (asked.clone(), waiting.clone());
        Callback::from(move |_: MouseEvent| {
            let (asked, waiting) = (asked.clone(), waiting.clone());
            wasm_bindgen_futures::spawn_local(async move {
                waiting.set(Some(sync::waiting_on_device().await));
                asked.set(true);
            });
        })
    };
    let on_cancel = {
        let asked = asked.clone();
        Callback::from(move |_: MouseEvent| asked.set(false))
    };
    let on_remove = {
        let failure = failure.clone();
        Callback::from(move |_: MouseEvent| {
            let failure = failure.clone();
            wasm_bindgen_futures::spawn_local(async move {
                match sync::remove_everything().await {
                    // A fresh start: the page reloads with nothing of Dala's left.
                    Ok(()) => {
                        let _ = gloo::utils::window().location().replace("/");
                    }
                    Err(f) => failure.set(Some(f)),
                }
            });
        })
    };
    html! {
        <section class="danger-zone" aria-labelledby="remove-heading">
            <h2 id="remove-heading">{ i18n.t("remove-everything-heading") }</h2>
            <p>{ i18n.t("remove-everything-explain") }</p>
            if *asked {
                <p id="remove-everything-warning" class="notice notice-error" role="alert">
                    { i18n.t_with("remove-everything-warning", &[("count", FluentValue::from(waiting.unwrap_or(0)))]) }
                </p>
                <div class="actions">
                    <button id="remove-everything-confirm" class="danger" onclick={on_remove}>
                        { i18n.t("remove-everything-confirm") }
                    </button>
                    <button id="remove-everything-cancel" onclick={on_cancel}>{ i18n.t("remove-everything-cancel") }</button>
                </div>
            } else {
                <button id="remove-everything" onclick={on_ask}>{ i18n.t("remove-everything-button") }</button>
            }
            if let Some(f) = &*failure { <FailureNotice failure={f.clone()} /> }
        </section>
    }
}
