//! A learner's progress file, carried in from where the network is cut: imported here at a
//! connected point (the server checks whose it is and stores its changes once), and the return
//! file to carry back to her device saved at once.

use fluent_bundle::FluentValue;
use yew::prelude::*;

use super::{Busy, FailureText, WORDS};
use crate::carry;
use crate::failure::Failure;
use crate::i18n::use_i18n;

#[derive(Debug, Clone, PartialEq)]
enum Outcome {
    Working,
    Done { accepted: usize, rejected: usize },
    Failed(Failure),
}

#[function_component(Carried)]
pub fn carried() -> Html {
    let i18n = use_i18n();
    let outcome = use_state(|| None::<Outcome>);
    let onchange = {
        let outcome = outcome.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let Some(file) = input.files().and_then(|files| files.get(0)) else { return };
            input.set_value("");
            let outcome = outcome.clone();
            outcome.set(Some(Outcome::Working));
            wasm_bindgen_futures::spawn_local(async move {
                let done = match carry::read_chosen(&file).await {
                    Some(bytes) => carry::import_for_learner(&bytes).await,
                    None => Err(Failure::File("file-unreadable")),
                };
                outcome.set(Some(match done {
                    Ok(imported) => {
                        Outcome::Done { accepted: imported.accepted, rejected: imported.rejected }
                    }
                    Err(failure) => Outcome::Failed(failure),
                }));
            });
        })
    };
    html! {
        <section class="org-section" aria-labelledby="org-carried-heading">
            <h2 id="org-carried-heading">{ i18n.t("org-carried-heading") }</h2>
            <p class="hint">{ i18n.t("org-carried-explained") }</p>
            <label for="org-carried-file">{ i18n.t("org-carried-label") }</label>
            <input id="org-carried-file" type="file" accept=".dalp" {onchange} />
            {
                match &*outcome {
                    None => Html::default(),
                    Some(Outcome::Working) => html! { <Busy text={i18n.t("carry-working")} /> },
                    Some(Outcome::Done { accepted, rejected }) => html! {
                        <p id="org-carried-done" class="notice" role="status">
                            { i18n.t_with("org-carried-done", &[
                                ("count", FluentValue::from(*accepted)),
                                ("refused", FluentValue::from(*rejected)),
                            ]) }
                        </p>
                    },
                    Some(Outcome::Failed(f)) => html! { <FailureText failure={f.clone()} words={WORDS} /> },
                }
            }
        </section>
    }
}
