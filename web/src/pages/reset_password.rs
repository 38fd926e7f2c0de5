//! A learner who cannot sign in sets a new password with the one-time code a trainer or an
//! administrator handed over, and is signed in. The code is read as the join code is (lower
//! case, spaces or no dashes are fine), and what was typed stays after a refusal.

use dala_wire::PasswordResetRequest;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::app::Route;
use crate::components::notice::FailureNotice;
use crate::components::{control_value, field_value, use_title};
use crate::failure::Failure;
use crate::i18n::use_i18n;
use crate::organization;
use crate::sync;

#[function_component(ResetPasswordPage)]
pub fn reset_password_page() -> Html {
    let i18n = use_i18n();
    use_title(i18n.t("reset-title"));
    let navigator = use_navigator();
    let code = use_state(String::new);
    let failure = use_state(|| None::<Failure>);
    let mismatch = use_state(|| false);
    let busy = use_state(|| false);
    let on_code = {
        let code = code.clone();
        Callback::from(move |e: InputEvent| code.set(control_value(e.target())))
    };
    // Once the field is left, the code shows as it was issued: K7QX-M2PD-9HTR.
    let on_code_blur = {
        let code = code.clone();
        Callback::from(move |_: FocusEvent| code.set(organization::format_code(&code)))
    };
    let onsubmit = {
        let (code, failure, mismatch, busy) = (code.clone(), failure.clone(), mismatch.clone(), busy.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let (password, again) = (field_value("new-password"), field_value("new-password-again"));
            if password != again {
                failure.set(None);
                mismatch.set(true);
                return;
            }
            mismatch.set(false);
            let request = PasswordResetRequest {
                login: field_value("login").trim().to_owned(),
                code: organization::format_code(&code),
                password,
            };
            let (failure, busy, navigator) = (failure.clone(), busy.clone(), navigator.clone());
            busy.set(true);
            wasm_bindgen_futures::spawn_local(async move {
                match sync::reset_password(&request).await {
                    Ok(()) => {
                        if let Some(navigator) = navigator {
                            navigator.push(&Route::Catalog);
                        }
                    }
                    Err(f) => failure.set(Some(f)),
                }
                busy.set(false);
            });
        })
    };
    html! {
        <>
            <h1>{ i18n.t("reset-title") }</h1>
            <p>{ i18n.t("reset-intro") }</p>
            <form class="form" id="reset-form" {onsubmit}>
                <label for="login">{ i18n.t("field-login") }</label>
                <input id="login" name="login" autocomplete="username" autocapitalize="none" required=true />
                <label for="reset-code">{ i18n.t("reset-code") }</label>
                <input id="reset-code" name="reset-code" autocapitalize="characters" autocomplete="one-time-code"
                    spellcheck="false" required=true aria-describedby="reset-code-hint"
                    value={(*code).clone()} oninput={on_code} onblur={on_code_blur} />
                <p id="reset-code-hint" class="hint">{ i18n.t("reset-code-hint") }</p>
                <label for="new-password">{ i18n.t("reset-new-password") }</label>
                <input id="new-password" name="new-password" type="password" autocomplete="new-password" minlength="8"
                    required=true aria-describedby="new-password-hint" />
                <p id="new-password-hint" class="hint">{ i18n.t("field-password-hint") }</p>
                <label for="new-password-again">{ i18n.t("reset-new-password-again") }</label>
                <input id="new-password-again" name="new-password-again" type="password" autocomplete="new-password"
                    minlength="8" required=true />
                if *mismatch { <p class="notice notice-error" role="alert" id="reset-mismatch">{ i18n.t("reset-mismatch") }</p> }
                if let Some(f) = &*failure { <FailureNotice failure={f.clone()} /> }
                <button id="reset-button" class="primary" type="submit" disabled={*busy}>{ i18n.t("reset-button") }</button>
            </form>
            <p><Link<Route> to={Route::SignIn}>{ i18n.t("reset-sign-in") }</Link<Route>></p>
        </>
    }
}
