//! Checking a certificate, for anyone (no account needed): paste it, choose its file, or open
//! the address of its QR code (`/verify?c={uuid}&k={key}`), which checks it at once.
//!
//! The issuer's server checks it when it can be reached; otherwise this device does, with the
//! list of withdrawn certificates it last received, and says how old that list is. The verdict
//! comes first; the certificate's text (a long signed string) is below it, and folded away
//! when the page was opened from a QR code.

use yew::prelude::*;

use crate::certificates::{self, Checked};
use crate::components::notice::{FailureNotice, Loading};
use crate::components::use_title;
use crate::components::verdict::{credential_facts, source_text, verdict};
use crate::failure::Failure;
use crate::i18n::use_i18n;

/// A certificate is a few kilobytes: a larger file is something else, and is not read.
const MAX_FILE_BYTES: f64 = 64.0 * 1024.0;

#[derive(Debug, Clone, PartialEq)]
enum Outcome {
    Checking,
    Checked(Box<Checked>),
    Failed(Failure),
    FileTooLarge,
    FileUnreadable,
}

/// The parameters of a QR code's address, if the page was opened with them.
fn shared_link() -> Option<(String, String)> {
    let search = gloo::utils::window().location().search().ok()?;
    let params = web_sys::UrlSearchParams::new_with_str(&search).ok()?;
    Some((params.get("c")?, params.get("k").unwrap_or_default()))
}

/// Checks `text` and shows the outcome.
async fn check(text: &str, outcome: &UseStateHandle<Option<Outcome>>) {
    outcome.set(Some(Outcome::Checking));
    outcome.set(Some(match certificates::verify(text).await {
        Ok(checked) => Outcome::Checked(Box::new(checked)),
        Err(failure) => Outcome::Failed(failure),
    }));
}

#[function_component(VerifyPage)]
pub fn verify_page() -> Html {
    let i18n = use_i18n();
    use_title(i18n.t("verify-title"));
    let text = use_state(String::new);
    // Opened from a QR code: the visitor came for the verdict, not for the signed text.
    let from_link = use_state(|| shared_link().is_some());
    let outcome = use_state(|| None::<Outcome>);
    {
        let (text, outcome) = (text.clone(), outcome.clone());
        use_effect_with((), move |_| {
            // A visitor's device keeps the issuer's keys and lists for checking offline later.
            wasm_bindgen_futures::spawn_local(certificates::keep_trust_current());
            if let Some((uuid, key)) = shared_link() {
                wasm_bindgen_futures::spawn_local(async move {
                    outcome.set(Some(Outcome::Checking));
                    match certificates::shared(&uuid, &key).await {
                        Ok(jwt) => {
                            text.set(jwt.clone());
                            check(&jwt, &outcome).await;
                        }
                        Err(failure) => outcome.set(Some(Outcome::Failed(failure))),
                    }
                });
            }
        });
    }
    let oninput = {
        let text = text.clone();
        Callback::from(move |e: InputEvent| {
            let area: web_sys::HtmlTextAreaElement = e.target_unchecked_into();
            text.set(area.value());
        })
    };
    let area = use_node_ref();
    let onsubmit = {
        let (area, text, outcome) = (area.clone(), text.clone(), outcome.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            // What the field holds now, however it got there.
            let Some(current) = area.cast::<web_sys::HtmlTextAreaElement>().map(|a| a.value()) else {
                return;
            };
            text.set(current.clone());
            let outcome = outcome.clone();
            wasm_bindgen_futures::spawn_local(async move { check(&current, &outcome).await });
        })
    };
    let onchange = {
        let (text, outcome) = (text.clone(), outcome.clone());
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let Some(file) = input.files().and_then(|files| files.get(0)) else {
                return;
            };
            if file.size() > MAX_FILE_BYTES {
                outcome.set(Some(Outcome::FileTooLarge));
                return;
            }
            let (text, outcome) = (text.clone(), outcome.clone());
            wasm_bindgen_futures::spawn_local(async move {
                // Blob.text(): the File API reads the chosen file on this device.
                let read = wasm_bindgen_futures::JsFuture::from(file.text()).await;
                match read.ok().and_then(|v| v.as_string()) {
                    Some(content) => {
                        text.set(content.clone());
                        check(&content, &outcome).await;
                    }
                    None => outcome.set(Some(Outcome::FileUnreadable)),
                }
            });
        })
    };
    let checking = *outcome == Some(Outcome::Checking);
    let result = match &*outcome {
        None => Html::default(),
        Some(Outcome::Checking) => html! { <Loading /> },
        Some(Outcome::Failed(failure)) => html! { <FailureNotice failure={failure.clone()} /> },
        Some(Outcome::FileTooLarge) => {
            html! { <p class="notice notice-error" role="alert">{ i18n.t("verify-file-too-large") }</p> }
        }
        Some(Outcome::FileUnreadable) => {
            html! { <p class="notice notice-error" role="alert">{ i18n.t("verify-file-unreadable") }</p> }
        }
        Some(Outcome::Checked(checked)) => {
            let verification = &checked.verification;
            // What a credential states means something only if the issuer's signature holds.
            let facts = matches!(
                verification.status,
                dala_wire::VerificationStatus::Valid
                    | dala_wire::VerificationStatus::Revoked
                    | dala_wire::VerificationStatus::RevocationUnchecked
            )
            .then_some(verification.credential.as_ref())
            .flatten();
            html! {
                <section id="verify-result" aria-labelledby="verify-result-heading">
                    <h2 id="verify-result-heading">{ i18n.t("verify-result-heading") }</h2>
                    { verdict(&i18n, "verify", verification) }
                    <p id="verify-source" class="verdict-source">{ source_text(&i18n, checked) }</p>
                    if let Some(summary) = facts {
                        { credential_facts(&i18n, "verify", summary) }
                    }
                </section>
            }
        }
    };
    let form = html! {
        <form class="form form-wide" {onsubmit}>
            <label for="verify-input">{ i18n.t("verify-field") }</label>
            <textarea ref={area} id="verify-input" name="credential" rows="6" spellcheck="false" autocomplete="off"
                autocapitalize="none" required=true aria-describedby="verify-input-hint" value={(*text).clone()}
                {oninput} />
            <p id="verify-input-hint" class="hint">{ i18n.t("verify-field-hint") }</p>
            <label for="verify-file">{ i18n.t("verify-file") }</label>
            <input id="verify-file" type="file" accept=".jwt,.json,.vc,application/json,application/vc,application/vc+jwt,text/plain"
                {onchange} />
            <button id="verify-submit" class="primary" type="submit" disabled={checking}>
                { i18n.t("verify-button") }
            </button>
        </form>
    };
    html! {
        <>
            <h1>{ i18n.t("verify-title") }</h1>
            <div id="verify-outcome" aria-live="polite">{ result }</div>
            if *from_link {
                <details id="verify-text" class="verify-text">
                    <summary>{ i18n.t("verify-show-text") }</summary>
                    <p>{ i18n.t("verify-intro") }</p>
                    { form }
                </details>
            } else {
                <p>{ i18n.t("verify-intro") }</p>
                { form }
            }
        </>
    }
}
