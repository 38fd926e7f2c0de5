//! Signing in, and joining with a code from a trainer.

use dala_wire::JoinRequest;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::app::Route;
use crate::components::notice::FailureNotice;
use crate::components::use_title;
use crate::failure::Failure;
use crate::i18n::use_i18n;
use crate::sync;

/// The value of the input `id` in the document.
fn input_value(id: &str) -> String {
    use wasm_bindgen::JsCast;
    gloo::utils::document()
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
        .map(|i| i.value())
        .unwrap_or_default()
}

/// Runs `action` when the form is submitted, showing its failure or, on success, the catalog.
fn on_submit<F, Fut>(
    failure: &UseStateHandle<Option<Failure>>,
    busy: &UseStateHandle<bool>,
    navigator: Option<Navigator>,
    action: F,
) -> Callback<SubmitEvent>
where
    F: Fn() -> Fut + 'static,
    Fut: std::future::Future<Output = Result<(), Failure>> + 'static,
{
    let (failure, busy) = (failure.clone(), busy.clone());
    Callback::from(move |e: SubmitEvent| {
        e.prevent_default();
        let (failure, busy, navigator) = (failure.clone(), busy.clone(), navigator.clone());
        let work = action();
        busy.set(true);
        wasm_bindgen_futures::spawn_local(async move {
            match work.await {
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
}

#[function_component(SignInPage)]
pub fn sign_in_page() -> Html {
    let i18n = use_i18n();
    use_title(i18n.t("sign-in-title"));
    let failure = use_state(|| None::<Failure>);
    let busy = use_state(|| false);
    let navigator = use_navigator();
    let onsubmit = on_submit(&failure, &busy, navigator, || {
        let (login, password) = (input_value("login"), input_value("password"));
        async move { sync::sign_in(&login, &password).await }
    });
    html! {
        <>
            <h1>{ i18n.t("sign-in-title") }</h1>
            <form class="form" {onsubmit}>
                <label for="login">{ i18n.t("field-login") }</label>
                <input id="login" name="login" autocomplete="username" autocapitalize="none" required=true />
                <label for="password">{ i18n.t("field-password") }</label>
                <input id="password" name="password" type="password" autocomplete="current-password" required=true />
                if let Some(f) = &*failure { <FailureNotice failure={f.clone()} /> }
                <button id="sign-in" class="primary" type="submit" disabled={*busy}>{ i18n.t("sign-in-button") }</button>
            </form>
            <p><Link<Route> to={Route::Join}>{ i18n.t("join-link") }</Link<Route>></p>
        </>
    }
}

#[function_component(JoinPage)]
pub fn join_page() -> Html {
    let i18n = use_i18n();
    use_title(i18n.t("join-title"));
    let failure = use_state(|| None::<Failure>);
    let busy = use_state(|| false);
    let navigator = use_navigator();
    // A trainer may share a link with the code in it: /join?code=K7QX-M2PD-9HTR.
    let prefilled = gloo::utils::window()
        .location()
        .search()
        .ok()
        .and_then(|q| web_sys::UrlSearchParams::new_with_str(&q).ok())
        .and_then(|p| p.get("code"))
        .unwrap_or_default();
    let onsubmit = on_submit(&failure, &busy, navigator, || {
        let request = JoinRequest {
            code: input_value("code"),
            login: input_value("login"),
            display_name: input_value("display-name"),
            password: input_value("password"),
        };
        async move { sync::join(&request).await }
    });
    html! {
        <>
            <h1>{ i18n.t("join-title") }</h1>
            <p>{ i18n.t("join-intro") }</p>
            <form class="form" {onsubmit}>
                <label for="code">{ i18n.t("field-code") }</label>
                <input id="code" name="code" autocapitalize="characters" autocomplete="off" required=true value={prefilled} />
                <label for="display-name">{ i18n.t("field-display-name") }</label>
                <input id="display-name" name="display-name" autocomplete="nickname" required=true />
                <label for="login">{ i18n.t("field-login") }</label>
                <input id="login" name="login" autocomplete="username" autocapitalize="none" required=true aria-describedby="login-hint" />
                <p id="login-hint" class="hint">{ i18n.t("field-login-hint") }</p>
                <label for="password">{ i18n.t("field-password") }</label>
                <input id="password" name="password" type="password" autocomplete="new-password" minlength="8" required=true aria-describedby="password-hint" />
                <p id="password-hint" class="hint">{ i18n.t("field-password-hint") }</p>
                if let Some(f) = &*failure { <FailureNotice failure={f.clone()} /> }
                <button id="join" class="primary" type="submit" disabled={*busy}>{ i18n.t("join-button") }</button>
            </form>
        </>
    }
}
