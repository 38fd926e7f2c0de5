//! A message box for errors and offline notes, announced to screen readers.

use yew::prelude::*;

use fluent_bundle::FluentValue;

use crate::failure::Failure;
use crate::i18n::use_i18n;

#[derive(Properties, PartialEq)]
pub struct FailureNoticeProps {
    pub failure: Failure,
}

#[function_component(FailureNotice)]
pub fn failure_notice(props: &FailureNoticeProps) -> Html {
    let i18n = use_i18n();
    let message = match &props.failure {
        Failure::DeviceFull { needed } => i18n
            .t_with(props.failure.message_id(), &[("size", FluentValue::from(i18n.bytes((*needed).max(1))))]),
        other => i18n.t(other.message_id()),
    };
    html! {
        <p class="notice notice-error" role="alert">{ message }</p>
    }
}

#[function_component(Loading)]
pub fn loading() -> Html {
    let i18n = use_i18n();
    html! { <p class="loading" aria-live="polite">{ i18n.t("loading") }</p> }
}
