//! Signing in, and joining with a code from a trainer. The join form is controlled: what was
//! typed stays after any refusal, and the login name is checked against the server's own rule
//! ([`limits::login_problem`]) as it is typed.

use dala_wire::JoinRequest;
use dala_wire::limits::{self, LoginProblem};
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
            <p class="join-first">
                { i18n.t("sign-in-new-here") }{ " " }
                <Link<Route> classes="button" to={Route::Join}>{ i18n.t("join-title") }</Link<Route>>
            </p>
            <form class="form" {onsubmit}>
                <label for="login">{ i18n.t("field-login") }</label>
                <input id="login" name="login" autocomplete="username" autocapitalize="none" required=true />
                <label for="password">{ i18n.t("field-password") }</label>
                <input id="password" name="password" type="password" autocomplete="current-password" required=true />
                if let Some(f) = &*failure { <FailureNotice failure={f.clone()} /> }
                <button id="sign-in" class="primary" type="submit" disabled={*busy}>{ i18n.t("sign-in-button") }</button>
            </form>
            <p id="forgot-password">
                { i18n.t("sign-in-forgot") }{ " " }
                <Link<Route> to={Route::ResetPassword}>{ i18n.t("sign-in-reset-link") }</Link<Route>>
            </p>
        </>
    }
}

/// The value of an input event's target.
fn typed(e: &InputEvent) -> String {
    e.target_unchecked_into::<web_sys::HtmlInputElement>().value()
}

/// The message naming the rule a login name breaks.
fn login_rule(problem: LoginProblem, i18n: &crate::i18n::I18n) -> String {
    use fluent_bundle::FluentValue;
    match problem {
        LoginProblem::TooShort => i18n.t("join-login-too-short"),
        LoginProblem::TooLong => i18n.t("join-login-too-long"),
        LoginProblem::Character(' ') => i18n.t("join-login-space"),
        LoginProblem::Character(c) => {
            i18n.t_with("join-login-character", &[("character", FluentValue::from(c.to_string()))])
        }
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
    let code = use_state(|| {
        gloo::utils::window()
            .location()
            .search()
            .ok()
            .and_then(|q| web_sys::UrlSearchParams::new_with_str(&q).ok())
            .and_then(|p| p.get("code"))
            .unwrap_or_default()
    });
    let display_name = use_state(String::new);
    let login = use_state(String::new);
    let password = use_state(String::new);
    let on = |field: &UseStateHandle<String>| {
        let field = field.clone();
        Callback::from(move |e: InputEvent| field.set(typed(&e)))
    };
    // Checked as the server checks it: trimmed and lowered first, so "Aida" is fine and
    // "Dilnoza K" is not. Nothing is said of an empty field until something is typed.
    let login_problem =
        (!login.trim().is_empty()).then(|| limits::login_problem(&limits::normalise_login(&login))).flatten();
    let onsubmit = {
        let (code, display_name, login, password) =
            (code.clone(), display_name.clone(), login.clone(), password.clone());
        let blocked = login_problem.is_some();
        let submit = on_submit(&failure, &busy, navigator, move || {
            let request = JoinRequest {
                code: (*code).clone(),
                login: (*login).clone(),
                display_name: (*display_name).clone(),
                password: (*password).clone(),
            };
            async move { sync::join(&request).await }
        });
        Callback::from(move |e: SubmitEvent| {
            if blocked {
                // The form names the rule already; focus goes back to the field.
                e.prevent_default();
                focus("login");
                return;
            }
            submit.emit(e);
        })
    };
    let login_hint = match login_problem {
        Some(problem) => html! {
            <p id="login-hint" class="hint field-problem" role="alert">{ login_rule(problem, &i18n) }</p>
        },
        None => html! { <p id="login-hint" class="hint">{ i18n.t("field-login-hint") }</p> },
    };
    html! {
        <>
            <h1>{ i18n.t("join-title") }</h1>
            <p>{ i18n.t("join-intro") }</p>
            <form class="form" {onsubmit}>
                <label for="code">{ i18n.t("field-code") }</label>
                <input id="code" name="code" autocapitalize="characters" autocomplete="off" required=true
                    value={(*code).clone()} oninput={on(&code)} />
                <label for="display-name">{ i18n.t("field-display-name") }</label>
                <input id="display-name" name="display-name" autocomplete="nickname" required=true
                    value={(*display_name).clone()} oninput={on(&display_name)} />
                <label for="login">{ i18n.t("field-login") }</label>
                <input id="login" name="login" autocomplete="username" autocapitalize="none" required=true
                    aria-describedby="login-hint" aria-invalid={login_problem.is_some().to_string()}
                    value={(*login).clone()} oninput={on(&login)} />
                { login_hint }
                <label for="password">{ i18n.t("field-password") }</label>
                <input id="password" name="password" type="password" autocomplete="new-password" minlength="8" required=true
                    aria-describedby="password-hint" value={(*password).clone()} oninput={on(&password)} />
                <p id="password-hint" class="hint">{ i18n.t("field-password-hint") }</p>
                if let Some(f) = &*failure { <FailureNotice failure={f.clone()} /> }
                <button id="join" class="primary" type="submit" disabled={*busy}>{ i18n.t("join-button") }</button>
            </form>
            <p><Link<Route> to={Route::SignIn}>{ i18n.t("join-have-account") }</Link<Route>></p>
        </>
    }
}

/// Moves the focus to the element `id`.
fn focus(id: &str) {
    use wasm_bindgen::JsCast;
    if let Some(element) =
        gloo::utils::document().get_element_by_id(id).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = element.focus();
    }
}
