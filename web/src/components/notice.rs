//! A message box for errors and offline notes, announced to screen readers.

use yew::prelude::*;

use crate::i18n::use_i18n;
use crate::library::Failure;

#[derive(Properties, PartialEq)]
pub struct FailureNoticeProps {
    pub failure: Failure,
}

#[function_component(FailureNotice)]
pub fn failure_notice(props: &FailureNoticeProps) -> Html {
    let i18n = use_i18n();
    html! {
        <p class="notice notice-error" role="alert">{ i18n.t(props.failure.message_id()) }</p>
    }
}

#[function_component(Loading)]
pub fn loading() -> Html {
    let i18n = use_i18n();
    html! { <p class="loading" aria-live="polite">{ i18n.t("loading") }</p> }
}
