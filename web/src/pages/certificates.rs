//! The learner's certificates, from this device (so offline too), each with the verdict of the
//! check on this device.

use fluent_bundle::FluentValue;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::app::Route;
use crate::certificates::{self, Certificate};
use crate::components::notice::{FailureNotice, Loading};
use crate::components::use_title;
use crate::components::verdict::{status_code, status_text};
use crate::failure::Failure;
use crate::i18n::{I18n, use_i18n};
use crate::sync::SyncStatus;

#[function_component(CertificatesPage)]
pub fn certificates_page() -> Html {
    let i18n = use_i18n();
    use_title(i18n.t("certificates-title"));
    let status = use_context::<SyncStatus>().unwrap_or_default();
    let list = use_state(|| None::<Result<Vec<Certificate>, Failure>>);
    {
        // Read again after every sync: it may have brought a new certificate.
        let list = list.clone();
        use_effect_with(status.state.last_success.map(f64::to_bits), move |_| {
            wasm_bindgen_futures::spawn_local(async move { list.set(Some(certificates::list().await)) });
        });
    }
    let body = match &*list {
        None => html! { <Loading /> },
        Some(Err(failure)) => html! { <FailureNotice failure={failure.clone()} /> },
        Some(Ok(list)) if list.is_empty() => match status.session {
            Some(_) => html! { <p id="certificates-empty">{ i18n.t("certificates-empty") }</p> },
            None => html! {
                <p id="certificates-empty">
                    <Link<Route> to={Route::SignIn}>{ i18n.t("certificates-sign-in") }</Link<Route>>
                </p>
            },
        },
        Some(Ok(list)) => html! {
            <ul class="cards" id="certificates">
                { for list.iter().map(|c| certificate_card(c, &i18n)) }
            </ul>
        },
    };
    html! {
        <>
            <h1>{ i18n.t("certificates-title") }</h1>
            { body }
            <p><Link<Route> to={Route::Verify}>{ i18n.t("verify-link") }</Link<Route>></p>
        </>
    }
}

fn certificate_card(certificate: &Certificate, i18n: &I18n) -> Html {
    let date = certificate.summary.as_ref().map(|s| {
        let date = FluentValue::from(i18n.rfc3339_date(&s.valid_from));
        i18n.t_with("certificate-completed-on", &[("date", date)])
    });
    let (code, status) = match &certificate.check {
        Some(checked) => {
            let status = checked.verification.status;
            (status_code(status), status_text(i18n, status))
        }
        None => ("unchecked", i18n.t("verdict-unchecked")),
    };
    html! {
        <li class="card">
            <h2>
                <Link<Route> to={Route::Certificate { id: certificate.uuid().to_owned() }} classes="certificate-link">
                    { certificate.course_title() }
                </Link<Route>>
            </h2>
            <p class="meta">
                if let Some(date) = date { <span>{ date }</span> }
                <span class={classes!("verdict-status", format!("verdict-{code}"))} data-status={code}>{ status }</span>
            </p>
        </li>
    }
}
